import ArchivistCore
import ArchivistSigning
import Foundation

/// When checkpoints are signed: on `archivist audit checkpoint` (after the trail passes its
/// checks) and after each ingest batch that added to the trail. `verify --all` signs its own.
public struct AuditCheckpointing: Sendable {
    let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Checks the trail, then signs a checkpoint of its head with the workspace identity (a
    /// development one is made first when there is none, and `notice` says so).
    public func checkpoint(notice: (String) -> Void) async throws -> AuditCheckpoint {
        let catalog = try workspace.openExisting()
        let report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
        guard report.isIntact else { throw CheckpointError.trailHasProblems(count: report.problems.count + (report.chain.isIntact ? 0 : 1)) }
        let identity = try SigningKeys(workspace: workspace).identityForSigning(notice: notice)
        guard let checkpoint = try await AuditCheckpoints(workspace: workspace)
            .write(catalog: catalog, signer: IdentitySigner(identity: identity), agent: IngestJob.agent) else {
            throw CheckpointError.emptyTrail(path: workspace.catalogURL.path)
        }
        return checkpoint
    }

    /// After an ingest batch: a checkpoint when the trail's head moved since `head`, signed by
    /// the pipeline's signer or else the installed identity. Never fails the batch: a
    /// checkpoint that cannot be signed is told to `notice`, with what to do.
    func checkpoint(ifMovedSince head: AuditHead?, catalog: any Catalog, signer: (any DocumentSigner)?, notice: (String) -> Void) async {
        do {
            guard try await catalog.auditHead() != head else { return }
            guard let signer = try signer ?? SigningKeys(workspace: workspace).installedSigner() else {
                return notice("The audit trail was not checkpointed: there is no signing identity yet. "
                              + "Import one with 'archivist keys import', then run 'archivist audit checkpoint'.")
            }
            try await AuditCheckpoints(workspace: workspace).write(catalog: catalog, signer: signer, agent: IngestJob.agent)
        } catch {
            notice("The audit trail was not checkpointed: \(BatchScanner.reason(error)) Then run 'archivist audit checkpoint'.")
        }
    }
}
