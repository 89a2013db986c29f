/// What a fixity check reads of one document: its name and the SHA-256 of every stored
/// object (originals and derivatives), without its pages or metadata.
public struct DocumentObjects: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var files: [FileRecord]
    public var derivatives: [DerivativeKind: StoredObject]

    public init(id: Int64, name: String, files: [FileRecord], derivatives: [DerivativeKind: StoredObject]) {
        self.id = id
        self.name = name
        self.files = files
        self.derivatives = derivatives
    }
}
