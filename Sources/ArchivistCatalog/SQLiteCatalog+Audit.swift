import ArchivistCore
import Foundation
import GRDB

extension SQLiteCatalog {
    /// Walks the audit trail in row order, in constant memory, and returns the first row whose
    /// hash or link to the row before does not hold (a row deleted, inserted or edited by hand).
    public func verifyAuditChain() async throws -> AuditChainResult {
        try await database.read { db in
            var previous = EventRow.genesis, count = 0, lastID: Int64 = 0
            let rows = try EventRow.order(Column("id")).fetchCursor(db)
            while let row = try rows.next() {
                if row.previousHash != previous {
                    return AuditChainResult(rows: count, firstBroken: row.id,
                                            problem: "does not link to the row before it (row \(lastID)): a row was deleted, inserted or edited there")
                }
                if row.computedHash(hasher) != row.hash {
                    return AuditChainResult(rows: count, firstBroken: row.id, problem: "its content does not match its hash: it was edited")
                }
                previous = row.hash
                lastID = row.id
                count += 1
            }
            return AuditChainResult(rows: count, firstBroken: nil, problem: nil)
        }
    }

    public func auditHead() async throws -> AuditHead? {
        try await database.read { db in
            guard let last = try EventRow.order(Column("id").desc).fetchOne(db) else { return nil }
            return AuditHead(rows: try EventRow.fetchCount(db), lastRowID: last.id, lastRowHash: last.hash)
        }
    }

    public func auditRowHashes(ids: [Int64]) async throws -> [Int64: String] {
        try await database.read { db in
            let rows = try EventRow.filter(keys: ids).fetchAll(db)
            return Dictionary(rows.map { ($0.id, $0.hash) }, uniquingKeysWith: { first, _ in first })
        }
    }

    public func workspaceEvents(of type: EventType) async throws -> [ArchiveEvent] {
        try await database.read { db in
            try EventRow.filter(Column("document_id") == nil && Column("type") == type.rawValue).order(Column("id")).fetchAll(db)
                .compactMap(\.event)
        }
    }
}
