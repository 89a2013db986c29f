/// The newest row of the audit trail, as a signed checkpoint records it: a trail cut short
/// later has fewer rows, or another hash at that row.
public struct AuditHead: Sendable, Codable, Hashable {
    /// How many rows the trail holds.
    public var rows: Int
    public var lastRowID: Int64
    /// The SHA-256 (hex) the last row carries, which chains every row before it.
    public var lastRowHash: String

    public init(rows: Int, lastRowID: Int64, lastRowHash: String) {
        self.rows = rows
        self.lastRowID = lastRowID
        self.lastRowHash = lastRowHash
    }
}
