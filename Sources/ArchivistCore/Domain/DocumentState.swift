/// Lifecycle of a document in the catalog.
public enum DocumentStatus: String, Sendable, Codable, CaseIterable {
    case ingested, recognized, classified, cataloged
    /// Marked Tuyệt mật: not to be digitized (HD 40-HD/VPTW). The pipeline stops here; the
    /// originals are kept and the document is hidden from every listing without clearance.
    case quarantined
}

/// Where a document came from: the fonds it belongs to and the box (folder) it was found in.
public struct Provenance: Sendable, Hashable, Codable {
    public var fonds: String?
    public var box: String?

    public init(fonds: String?, box: String?) {
        self.fonds = fonds
        self.box = box
    }
}

/// A document as it moves through the pipeline. Each stage reads it and returns it with its
/// own results added; the catalog holds the durable copy.
public struct DocumentState: Sendable {
    /// Catalog id; nil until the ingest stage has registered the document.
    public var id: Int64?
    /// Human-readable name: the scan's path under the ingested folder, without page suffix.
    public var name: String
    public var provenance: Provenance
    public var files: [SourceFile]
    public var pages: [RecognizedPage]
    public var language: String?
    public var status: DocumentStatus
    /// Stage name → version of each stage that already succeeded for this document.
    public var completedStages: [String: Int]
    /// True when the ingest stage found the document already in the catalog.
    public var alreadyPresent: Bool
    /// Set by a stage that chose not to act on the document yet (e.g. signing a restricted
    /// document waits for approval): the stage is not marked done and runs again next time.
    public var heldBack: String?
    /// Set by the classify stage.
    public var metadata: DocumentMetadata?
    /// Files the pipeline made from the originals, by kind (e.g. `searchable-pdf`).
    public var derivatives: [DerivativeKind: StoredObject] = [:]
    /// What the stage that just ran wants said in its event (a colour profile replaced, ...).
    public var stageNotes: [String] = []

    public init(name: String, provenance: Provenance, files: [SourceFile]) {
        self.name = name
        self.provenance = provenance
        self.files = files
        self.pages = []
        self.status = .ingested
        self.completedStages = [:]
        self.alreadyPresent = false
    }

    /// Page count known from the files' headers, before any page is decoded.
    public var expectedPageCount: Int { files.reduce(0) { $0 + $1.info.pages.count } }

    /// Every page of the document with where it lives, in reading order.
    public var pageLocations: [PageLocation] {
        files.enumerated().flatMap { position, file in
            file.info.pages.indices.map { PageLocation(filePosition: position, pageInFile: $0) }
        }
    }
}
