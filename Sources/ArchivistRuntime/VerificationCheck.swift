/// One check `archivist verify` made, and its outcome.
public struct VerificationCheck: Sendable, Codable, Hashable {
    public var documentID: Int64?
    public var document: String
    public var check: String
    public var passed: Bool
    public var detail: String

    public init(documentID: Int64?, document: String, check: String, passed: Bool, detail: String) {
        self.documentID = documentID
        self.document = document
        self.check = check
        self.passed = passed
        self.detail = detail
    }
}
