import ArchivistCatalog
import ArchivistCore
import ArchivistSigning
import Foundation

/// Re-checks what the archive holds: every stored object against its recorded SHA-256, every
/// PDF signature (byte-range coverage, CMS, chain to the trust anchors), every metadata
/// signature, and the audit trail (hash chain and signed checkpoints). Documents go in
/// batches: one catalog read per batch, their checks spread over a few threads, and their
/// fixity events appended in one transaction. Memory stays bounded by the batch.
public struct ArchiveVerifier: Sendable {
    let workspace: Workspace
    let catalog: SQLiteCatalog
    let objects: DocumentObjectChecks
    /// Documents read, checked and logged together.
    public var batchSize = 64
    /// Documents checked at once; one per core by default.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    public init(workspace: Workspace, catalog: SQLiteCatalog) throws {
        self.workspace = workspace
        self.catalog = catalog
        objects = DocumentObjectChecks(workspace: workspace, trust: try SigningKeys(workspace: workspace).trustAnchors())
    }

    /// Checks the given documents (all when nil) and the audit trail; returns every check.
    public func verify(documentIDs: [Int64]?, progress: @escaping @Sendable (Int, Int) -> Void) async throws -> [VerificationCheck] {
        var checks: [VerificationCheck] = []
        try await verify(documentIDs: documentIDs, progress: progress) { checks += $0 }
        return checks
    }

    /// Checks the given documents (all when nil), handing each batch's checks to `checked` as
    /// it is done, in document order, then the audit trail's. `progress` is told (done, total),
    /// from any thread. Checking them all ends with a signed checkpoint of the trail.
    public func verify(documentIDs: [Int64]?, progress: @escaping @Sendable (Int, Int) -> Void,
                       checked: ([VerificationCheck]) -> Void) async throws {
        let counted = documentIDs == nil ? try await catalog.documentCount() : nil
        let total = documentIDs?.count ?? counted ?? 0
        var done = 0, after: Int64 = 0
        var pending = documentIDs ?? []
        while true {
            var batch: [DocumentObjects], missing: [VerificationCheck] = []
            if documentIDs != nil {
                let ids = Array(pending.prefix(batchSize))
                pending.removeFirst(ids.count)
                guard !ids.isEmpty else { break }
                batch = try await catalog.storedObjects(ids: ids)
                missing = ids.filter { id in !batch.contains { $0.id == id } }.map {
                    VerificationCheck(documentID: $0, document: "?", check: "document", passed: false, detail: "no document \($0)")
                }
            } else {
                batch = try await catalog.storedObjects(after: after, limit: batchSize)
                guard let last = batch.last else { break }
                after = last.id
            }
            let finishedBefore = done + missing.count
            let results = await BlockingWork.map(batch, threads: jobs, finished: { progress(min(finishedBefore + $0, total), total) },
                                                 objects.check)
            try await catalog.appendEvents(zip(batch, results).map { TrailEvent(documentID: $0.id, Self.fixityEvent($1)) })
            checked(missing + results.flatMap { $0 })
            done = finishedBefore + batch.count
            if batch.isEmpty { progress(min(done, total), total) }
        }
        checked(try await auditChecks(checkpointing: documentIDs == nil))
    }

    /// The event a document's trail gets for its checks.
    static func fixityEvent(_ checks: [VerificationCheck]) -> ArchiveEvent {
        let failed = checks.filter { !$0.passed }
        return ArchiveEvent(type: .fixityCheck, agent: IngestJob.agent, outcome: failed.isEmpty ? .success : .failure,
                            detail: failed.isEmpty ? "\(checks.count) check(s) passed" : failed.map { "\($0.check): \($0.detail)" }.joined(separator: "; "))
    }

    /// The audit trail's checks; then, when asked and they pass, a new signed checkpoint.
    private func auditChecks(checkpointing: Bool) async throws -> [VerificationCheck] {
        func check(_ what: String, _ passed: Bool, _ detail: String) -> VerificationCheck {
            VerificationCheck(documentID: nil, document: "(catalog)", check: what, passed: passed, detail: detail)
        }
        let report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
        var checks = [check("audit trail", report.chain.isIntact, report.chainSummary)]
        checks += report.problems.isEmpty ? [check("audit checkpoints", true, report.checkpointSummary)]
            : report.problems.map { check("audit checkpoints", false, $0) }
        guard checkpointing else { return checks }
        guard report.isIntact else {
            return checks + [check("audit checkpoint", false, "none signed: the audit trail failed the checks above; find the cause first")]
        }
        guard let signer = try SigningKeys(workspace: workspace).installedSigner() else {
            return checks + [check("audit checkpoint", true, "none signed: no signing identity in keys/ yet ('archivist keys import')")]
        }
        let written = try await AuditCheckpoints(workspace: workspace).write(catalog: catalog, signer: signer, agent: IngestJob.agent)
        return checks + [check("audit checkpoint", true, written.map { "\($0.name) signed: \($0.rows) rows up to row \($0.lastRowID)" } ?? "none: the trail is empty")]
    }
}
