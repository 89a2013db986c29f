import ArchivistCore
import Foundation
import GRDB

extension SQLiteCatalog {
    public func documents(includeRestricted: Bool) async throws -> [DocumentSummary] {
        try await database.read { db in
            var request = DocumentRow.order(Column("id"))
            if !includeRestricted { request = request.filter(Column("access") == AccessDecision.open.rawValue) }
            return try request.fetchAll(db).map { try Self.summary(db, $0) }
        }
    }

    /// The documents with these ids, in id order; ids not in the catalog are skipped.
    public func documents(ids: [Int64]) async throws -> [DocumentSummary] {
        try await database.read { db in
            try DocumentRow.filter(keys: ids).order(Column("id")).fetchAll(db).map { try Self.summary(db, $0) }
        }
    }

    public func document(id: Int64) async throws -> DocumentDetail? {
        try await database.read { db in
            guard let row = try DocumentRow.fetchOne(db, key: id) else { return nil }
            let files = try FileRow.filter(Column("document_id") == id).order(Column("position")).fetchAll(db).map(\.record)
            let sources = try SourceRow.filter(Column("document_id") == id).order(Column("seen_at"), Column("path")).fetchAll(db)
                .map { SourceRecord(path: $0.path, fonds: $0.fonds, box: $0.box, seenAt: $0.seenAt) }
            let pages = try PageRow.filter(Column("document_id") == id).order(Column("number")).fetchAll(db)
                .map { try $0.recognizedPage() }
            let events = try EventRow.filter(Column("document_id") == id).order(Column("id")).fetchAll(db).compactMap(\.event)
            return DocumentDetail(summary: try Self.summary(db, row), files: files, sources: sources, pages: pages,
                                  events: events, completedStages: try Self.completedStages(db, id),
                                  derivatives: try DerivativeRow.all(db, documentID: id), metadata: row.decodedMetadata)
        }
    }

    private static func summary(_ db: Database, _ row: DocumentRow) throws -> DocumentSummary {
        let id = row.id ?? 0
        let paths = try String.fetchAll(db, sql: "SELECT source_path FROM files WHERE document_id = ? ORDER BY position", arguments: [id])
        return DocumentSummary(id: id, name: row.name, fonds: row.fonds, status: DocumentStatus(rawValue: row.status) ?? .ingested,
                               pageCount: row.pageCount, language: row.language, meanConfidence: row.meanConfidence,
                               sourceFiles: paths, createdAt: row.createdAt, description: row.decodedMetadata.map(DocumentDescription.init))
    }
}
