import ArchivistCore
import Foundation
import GRDB

extension SQLiteCatalog {
    public func documentCount() async throws -> Int {
        try await database.read { db in try DocumentRow.fetchCount(db) }
    }

    public func storedObjects(after id: Int64, limit: Int) async throws -> [DocumentObjects] {
        try await database.read { db in
            let documents = try Row.fetchAll(db, sql: "SELECT id, name FROM documents WHERE id > ? ORDER BY id LIMIT ?",
                                             arguments: [id, max(limit, 0)])
            return try Self.storedObjects(db, documents)
        }
    }

    public func storedObjects(ids: [Int64]) async throws -> [DocumentObjects] {
        try await database.read { db in
            let documents = try Row.fetchAll(db, DocumentRow.select(Column("id"), Column("name")).filter(keys: ids).order(Column("id")))
            return try Self.storedObjects(db, documents)
        }
    }

    /// Files and derivatives of the documents in `rows` (id, name), three queries in all.
    private static func storedObjects(_ db: Database, _ rows: [Row]) throws -> [DocumentObjects] {
        let ids: [Int64] = rows.map { $0["id"] }
        let files = Dictionary(grouping: try FileRow.filter(ids.contains(Column("document_id"))).order(Column("position")).fetchAll(db),
                               by: \.documentId)
        var derivatives: [Int64: [DerivativeKind: StoredObject]] = [:]
        for row in try DerivativeRow.filter(ids.contains(Column("document_id"))).fetchAll(db) {
            if let kind = DerivativeKind(rawValue: row.kind) {
                derivatives[row.documentId, default: [:]][kind] = StoredObject(sha256: row.sha256, byteCount: row.byteCount)
            }
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            return DocumentObjects(id: id, name: row["name"], files: (files[id] ?? []).map(\.record), derivatives: derivatives[id] ?? [:])
        }
    }
}
