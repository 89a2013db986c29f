import ArchivistCore
import ArchivistSigning
import Foundation

/// The signed checkpoints of the audit trail under `audit/checkpoints/`: `NNNNNN.json` (the
/// trail's head, see `AuditCheckpoint`) and `NNNNNN.p7s` (its detached CMS signature by the
/// workspace identity). Numbered without gaps, written once through a hard link that fails
/// when the name is taken, read-only, never overwritten.
public struct AuditCheckpoints: Sendable {
    static let relativePath = "audit/checkpoints"
    public let folder: URL

    public init(workspace: Workspace) {
        folder = workspace.root.appendingPathComponent(Self.relativePath)
    }

    func recordURL(_ sequence: Int) -> URL { folder.appendingPathComponent("\(AuditCheckpoint.name(sequence)).json") }
    func signatureURL(_ sequence: Int) -> URL { folder.appendingPathComponent("\(AuditCheckpoint.name(sequence)).p7s") }

    /// The numbers that have a record or a signature file here, in order.
    func sequences() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let numbers = names.compactMap { name -> Int? in
            let parts = name.split(separator: ".")
            guard parts.count == 2, ["json", "p7s"].contains(parts[1]), parts[0].count == 6 else { return nil }
            return Int(parts[0])
        }
        return Array(Set(numbers)).sorted()
    }

    /// Signs the trail's current head as the next checkpoint and records it as an event.
    /// Returns nil when the trail is empty (nothing to anchor).
    @discardableResult
    public func write(catalog: any Catalog, signer: any DocumentSigner, agent: String) async throws -> AuditCheckpoint? {
        guard let head = try await catalog.auditHead() else { return nil }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CheckpointError.cannotWrite(path: folder.path, reason: (error as NSError).localizedDescription)
        }
        // Another process may take the next number first: then sign again for the one after.
        for _ in 0..<8 {
            let newest = sequences().last
            let previous = newest.flatMap { try? Data(contentsOf: recordURL($0)) }.map { SHA256Hasher().sha256(of: $0) }
            let checkpoint = AuditCheckpoint(sequence: (newest ?? 0) + 1, head: head, signedAt: Date(), previous: previous)
            let record = try checkpoint.canonicalJSON()
            let signature = try await signer.signDetached(record)
            guard try install(record, as: recordURL(checkpoint.sequence)) else { continue }
            guard try install(signature, as: signatureURL(checkpoint.sequence)) else {
                throw CheckpointError.cannotWrite(path: signatureURL(checkpoint.sequence).path, reason: "a file of that name exists already")
            }
            try await catalog.appendEvents([TrailEvent(documentID: nil, checkpoint.event(signer: signer.signerDescription, agent: agent))])
            return checkpoint
        }
        throw CheckpointError.cannotWrite(path: folder.path, reason: "other processes kept taking the next checkpoint number")
    }

    /// Writes `data` read-only under a temporary name, then links it to `target`. False
    /// when `target` exists already (it is left as it is).
    private func install(_ data: Data, as target: URL) throws -> Bool {
        let temporary = folder.appendingPathComponent(".incoming-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: temporary.path)
        } catch {
            throw CheckpointError.cannotWrite(path: temporary.path, reason: (error as NSError).localizedDescription)
        }
        if link(temporary.path, target.path) == 0 { return true }
        if errno == EEXIST { return false }
        throw CheckpointError.cannotWrite(path: target.path, reason: String(cString: strerror(errno)))
    }
}

enum CheckpointError: ArchivistError {
    case cannotWrite(path: String, reason: String)
    case trailHasProblems(count: Int)
    case emptyTrail(path: String)

    var problem: String {
        switch self {
        case .cannotWrite(let path, let reason): "\(path): cannot write the audit checkpoint (\(reason))."
        case .trailHasProblems(let count): "the audit trail failed \(count) check(s): no checkpoint was signed over it."
        case .emptyTrail(let path): "\(path): the audit trail is empty: there is nothing to checkpoint yet."
        }
    }

    var remedy: String? {
        switch self {
        case .cannotWrite: "Check the workspace's free space and permissions, then run 'archivist audit checkpoint'."
        case .trailHasProblems: "Run 'archivist audit verify' to see what is wrong, and restore the trail from a backup first."
        case .emptyTrail: "Ingest documents first."
        }
    }
}
