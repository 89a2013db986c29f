import Foundation

/// The durable record of documents, pages, stage results, events and failures. Every write
/// is idempotent, so a stage re-run after a crash leaves each page present exactly once.
public protocol Catalog: Sendable {
    /// Finds the document with these files (in order) or registers it; returns its state,
    /// with `alreadyPresent` set when it existed, and records where this copy was found.
    func register(_ document: DocumentState, key: String, events: [ArchiveEvent]) async throws -> DocumentState
    /// Replaces the document's pages with these (in one transaction).
    func saveRecognition(documentID: Int64, pages: [RecognizedPage], language: String) async throws
    func setStatus(documentID: Int64, _ status: DocumentStatus) async throws
    /// Replaces the searchable text of pages (page number → cleaned text); the OCR text is kept.
    func saveCleanText(documentID: Int64, texts: [Int: String]) async throws
    /// Stores extracted metadata, the access it implies, and whether it needs review.
    func saveMetadata(documentID: Int64, metadata: DocumentMetadata, status: DocumentStatus) async throws
    /// Records a file derived from the document (replacing an older one of the same kind).
    func saveDerivative(documentID: Int64, kind: DerivativeKind, object: StoredObject) async throws
    /// Marks a stage done for a document and appends its event, in one transaction, in which the
    /// `superseded` stages (the later ones, made from its older output) are marked not done.
    func completeStage(documentID: Int64, stage: String, version: Int, event: ArchiveEvent, superseding superseded: [String]) async throws
    func appendEvent(documentID: Int64, _ event: ArchiveEvent) async throws
    /// Appends the same event to each of these documents' trails, in one transaction.
    func appendEvent(_ event: ArchiveEvent, documentIDs: [Int64]) async throws
    /// Appends these events in order, in one transaction (a batch of fixity checks).
    func appendEvents(_ events: [TrailEvent]) async throws

    func recordFailure(_ failure: BatchFailure) async throws
    /// Marks earlier failures of these paths as resolved, now that they went through.
    func resolveFailures(paths: [String]) async throws
    func failures(includeResolved: Bool) async throws -> [FailureRecord]

    /// Documents in id order; restricted and quarantined ones only when asked for.
    func documents(includeRestricted: Bool) async throws -> [DocumentSummary]
    func documents(ids: [Int64]) async throws -> [DocumentSummary]
    func document(id: Int64) async throws -> DocumentDetail?
    func search(_ query: SearchQuery) async throws -> [SearchHit]
    /// How many documents there are, restricted and quarantined ones included.
    func documentCount() async throws -> Int
    /// The stored objects of up to `limit` documents with ids above `id`, in id order, so a
    /// fixity check walks the catalog batch by batch in constant memory.
    func storedObjects(after id: Int64, limit: Int) async throws -> [DocumentObjects]
    /// The stored objects of these documents, in id order; ids not in the catalog are skipped.
    func storedObjects(ids: [Int64]) async throws -> [DocumentObjects]

    func verifyAuditChain() async throws -> AuditChainResult
    /// The trail's newest row and its row count; nil when the trail is empty.
    func auditHead() async throws -> AuditHead?
    /// The hash each of these rows carries (rows that do not exist are left out).
    func auditRowHashes(ids: [Int64]) async throws -> [Int64: String]
    /// Events of this type that belong to the workspace rather than a document, in row order.
    func workspaceEvents(of type: EventType) async throws -> [ArchiveEvent]

    /// Every clearance ever granted, revoked ones too, in the order granted.
    func clearances() async throws -> [Clearance]
    /// Grants a clearance if `ClearanceRegister` allows it (replacing a lower or higher one),
    /// with its policy-assignment event, in one transaction.
    @discardableResult
    func grantClearance(_ level: ClearanceLevel, to name: String, by granter: String) async throws -> Clearance
    /// Revokes the operator's clearance if `ClearanceRegister` allows it, with its event.
    @discardableResult
    func revokeClearance(of name: String, by revoker: String) async throws -> Clearance

    /// Creates the fonds if it does not exist; returns it as stored.
    @discardableResult
    func ensureFonds(code: String, name: String?) async throws -> Fonds
    func fonds(code: String) async throws -> Fonds?
    func allFonds() async throws -> [Fonds]
    /// Closes a fonds on the date of the merger or dissolution decision.
    func closeFonds(code: String, on date: String, decision: String) async throws
    /// Records that `successor` continues `predecessor` (a merger, a renaming).
    func linkFonds(predecessor: String, successor: String) async throws
}
