import ArchivistCore
import ArchivistSigning
import Foundation

/// Checks the audit trail: its hash chain (a row edited, deleted or inserted by hand), and
/// that it still extends every signed checkpoint of its head (rows cut off the end, even
/// with the chain rewritten to match, leave fewer rows or another hash at a signed row).
/// The checkpoint files are checked too: signatures, numbering, links, and every checkpoint
/// the trail records must still be on disk.
public struct AuditTrailVerifier: Sendable {
    let workspace: Workspace
    let catalog: any Catalog

    public init(workspace: Workspace, catalog: any Catalog) {
        self.workspace = workspace
        self.catalog = catalog
    }

    public func verify() async throws -> AuditTrailReport {
        let chain = try await catalog.verifyAuditChain()
        let head = try await catalog.auditHead()
        let checkpointsFolder = AuditCheckpoints(workspace: workspace)
        var (checkpoints, problems) = checkpointsFolder.read(trust: try SigningKeys(workspace: workspace).trustAnchors())
        problems += try await coverage(of: checkpoints, head: head)
        let onDisk = Set(checkpointsFolder.sequences())
        for event in try await catalog.workspaceEvents(of: .digitalSignatureGeneration) {
            guard let sequence = AuditCheckpoint.sequence(recordedBy: event), !onDisk.contains(sequence) else { continue }
            problems.append("the audit trail records checkpoint \(AuditCheckpoint.name(sequence)) signed on \(event.at.formatted(.iso8601)), "
                            + "but its files are gone from \(AuditCheckpoints.relativePath): they were deleted")
        }
        return AuditTrailReport(chain: chain, head: head, checkpoints: checkpoints, problems: problems)
    }

    /// One sentence per checkpoint the trail no longer extends: rows removed from the end,
    /// or the trail rewritten up to a signed row.
    private func coverage(of checkpoints: [AuditCheckpoint], head: AuditHead?) async throws -> [String] {
        let hashes = try await catalog.auditRowHashes(ids: checkpoints.map(\.lastRowID))
        let ends = head.map { "ends at row \($0.lastRowID) (\($0.rows) rows)" } ?? "is empty"
        var problems: [String] = []
        let cut = checkpoints.filter { (head?.rows ?? 0) < $0.rows || hashes[$0.lastRowID] == nil }
        if let newest = cut.last {
            let older = cut.count > 1 ? " (and \(cut.count - 1) older checkpoint(s))" : ""
            problems.append("the audit trail \(ends) but checkpoint \(newest.name) signed on \(newest.signedOn) covers \(newest.rows) rows "
                            + "up to row \(newest.lastRowID)\(older): rows were removed")
        }
        for checkpoint in checkpoints where !cut.contains(checkpoint) && hashes[checkpoint.lastRowID] != checkpoint.lastRowHash {
            problems.append("row \(checkpoint.lastRowID) is not the row checkpoint \(checkpoint.name) signed on \(checkpoint.signedOn): "
                            + "its hash is \(hashes[checkpoint.lastRowID]?.prefix(12) ?? "?")…, the checkpoint's \(checkpoint.lastRowHash.prefix(12))…: "
                            + "the trail was rewritten up to there")
        }
        return problems
    }
}

/// What `AuditTrailVerifier` found.
public struct AuditTrailReport: Sendable {
    public var chain: AuditChainResult
    public var head: AuditHead?
    /// The checkpoints whose files and signatures hold, oldest first.
    public var checkpoints: [AuditCheckpoint]
    /// One sentence per checkpoint problem (files, signatures, rows removed or rewritten).
    public var problems: [String]

    public var isIntact: Bool { chain.isIntact && problems.isEmpty }

    /// The chain's state in one sentence.
    public var chainSummary: String {
        chain.firstBroken.map { "row \($0) \(chain.problem ?? ""); \(chain.rows) rows before it are intact" } ?? "\(chain.rows) rows chained"
    }

    /// The checkpoints' state in one sentence, when they hold.
    public var checkpointSummary: String {
        guard let newest = checkpoints.last else {
            return "no signed checkpoint yet: 'archivist audit checkpoint' signs the first (ingest and verify --all sign one too)"
        }
        return "\(checkpoints.count) signed checkpoint(s) hold; the trail extends the newest, \(newest.name) "
            + "(signed on \(newest.signedOn), \(newest.rows) rows up to row \(newest.lastRowID))"
    }
}
