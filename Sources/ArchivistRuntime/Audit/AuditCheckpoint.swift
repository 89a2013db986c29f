import ArchivistCore
import Foundation

/// A signed record of the audit trail's head at one moment: how many rows it held and the
/// hash of the last one, which chains every row before it. A trail that later has fewer
/// rows, or another hash at that row, was cut short or rewritten. Stored as canonical JSON
/// (sorted keys) in `audit/checkpoints/NNNNNN.json`, with its detached CMS in `NNNNNN.p7s`.
public struct AuditCheckpoint: Sendable, Codable, Hashable {
    static let format = "archivist audit checkpoint 1"

    public var format = Self.format
    /// 1, 2, 3...: the file name, without gaps.
    public var sequence: Int
    public var rows: Int
    public var lastRowID: Int64
    public var lastRowHash: String
    public var signedAt: Date
    /// SHA-256 of the checkpoint before it (its .json bytes); nil for the first.
    public var previous: String?

    init(sequence: Int, head: AuditHead, signedAt: Date, previous: String?) {
        self.sequence = sequence
        rows = head.rows
        lastRowID = head.lastRowID
        lastRowHash = head.lastRowHash
        self.signedAt = signedAt
        self.previous = previous
    }

    /// "000014", as in the file names and messages.
    public var name: String { Self.name(sequence) }

    static func name(_ sequence: Int) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// When it was signed, as messages show it (ISO 8601, UTC).
    public var signedOn: String { signedAt.formatted(.iso8601) }

    func canonicalJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    static func decode(_ json: Data) throws -> AuditCheckpoint {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(AuditCheckpoint.self, from: json)
    }
}

extension AuditCheckpoint {
    private static let eventPrefix = "audit checkpoint "

    /// The event that records the checkpoint in the trail itself, so a checkpoint file
    /// deleted later is missed by `audit verify`.
    func event(signer: String, agent: String) -> ArchiveEvent {
        ArchiveEvent(type: .digitalSignatureGeneration, agent: agent,
                     detail: "\(Self.eventPrefix)\(name): \(rows) rows up to row \(lastRowID) (sha256 \(lastRowHash)) signed by \(signer); "
                        + "\(AuditCheckpoints.relativePath)/\(name).json and .p7s",
                     at: signedAt)
    }

    /// The sequence number an event recording a checkpoint names; nil for other events.
    static func sequence(recordedBy event: ArchiveEvent) -> Int? {
        guard event.type == .digitalSignatureGeneration, event.detail.hasPrefix(eventPrefix) else { return nil }
        return Int(event.detail.dropFirst(eventPrefix.count).prefix { $0.isNumber })
    }
}
