import ArchivistCore
import ArchivistMetadata
import Foundation
import GRDB

/// The embedded catalog: one SQLite file in WAL mode, through GRDB.
public final class SQLiteCatalog: Catalog {
    let database: DatabasePool
    /// Chains the audit trail (SHA-256 of each event row and the one before).
    let hasher: any ContentHasher

    /// Opens (creating if needed) the catalog at `path` and brings its schema up to date.
    public init(path: String, hasher: any ContentHasher) throws {
        self.hasher = hasher
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try CatalogSchema.migrator.migrate(database)
        } catch {
            throw CatalogError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    public func register(_ document: DocumentState, key: String, events: [ArchiveEvent]) async throws -> DocumentState {
        try await database.write { db in
            let now = Date()
            var state = document
            if let existing = try DocumentRow.filter(Column("key") == key).fetchOne(db), let id = existing.id {
                state.id = id
                state.name = existing.name
                state.alreadyPresent = true
                state.status = DocumentStatus(rawValue: existing.status) ?? .ingested
                state.language = existing.language
                state.completedStages = try Self.completedStages(db, id)
                state.pages = try PageRow.filter(Column("document_id") == id).order(Column("number")).fetchAll(db)
                    .map { try $0.recognizedPage() }
                state.derivatives = try DerivativeRow.all(db, documentID: id)
                state.metadata = existing.decodedMetadata
                try Self.insertSources(db, id, document, now)
                return state
            }
            let row = DocumentRow(id: nil, key: key, name: document.name, fonds: document.provenance.fonds,
                                  status: DocumentStatus.ingested.rawValue, pageCount: document.expectedPageCount,
                                  language: nil, meanConfidence: nil, createdAt: now, updatedAt: now)
            try row.insert(db)
            let id = db.lastInsertedRowID
            for (position, file) in document.files.enumerated() {
                guard let sha256 = file.sha256, let byteCount = file.byteCount else { throw CatalogError.unhashedFile(path: file.recordedPath) }
                try FileRow(documentId: id, position: position, sha256: sha256, byteCount: byteCount, format: file.info.format.rawValue,
                            pageCount: file.info.pages.count, sourcePath: file.recordedPath).insert(db)
            }
            try Self.insertSources(db, id, document, now)
            for event in events { try EventRow.append(event, documentID: id, db, hasher: hasher) }
            state.id = id
            state.status = .ingested
            return state
        }
    }

    public func saveRecognition(documentID: Int64, pages: [RecognizedPage], language: String) async throws {
        let rows = try pages.map { try PageRow(documentID: documentID, page: $0) }
        let confidences = pages.filter { !$0.isBlank }.map(\.meanConfidence)
        try await database.write { db in
            try PageRow.filter(Column("document_id") == documentID).deleteAll(db)
            for row in rows { try row.insert(db) }
            try db.execute(sql: """
                UPDATE documents SET page_count = ?, language = ?, mean_confidence = ?, status = ?, updated_at = ? WHERE id = ?
                """, arguments: [rows.count, language, confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count),
                                 DocumentStatus.recognized.rawValue, Date(), documentID])
        }
    }

    public func setStatus(documentID: Int64, _ status: DocumentStatus) async throws {
        try await database.write { db in
            try db.execute(sql: "UPDATE documents SET status = ?, updated_at = ? WHERE id = ?",
                           arguments: [status.rawValue, Date(), documentID])
        }
    }

    public func saveCleanText(documentID: Int64, texts: [Int: String]) async throws {
        try await database.write { db in
            for (number, text) in texts {
                let clean = text.precomposedStringWithCanonicalMapping
                try db.execute(sql: "UPDATE pages SET text = ?, folded = ? WHERE document_id = ? AND number = ?",
                               arguments: [clean, VietnameseFolding.fold(clean), documentID, number])
            }
        }
    }

    public func saveMetadata(documentID: Int64, metadata: DocumentMetadata, status: DocumentStatus) async throws {
        let json = String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self)
        let description = DocumentDescription(metadata)
        try await database.write { db in
            try db.execute(sql: """
                UPDATE documents SET metadata = ?, access = ?, needs_review = ?, type_code = ?, type_name = ?, symbol = ?,
                    issued_date = ?, issuer = ?, subject = ?, status = ?, updated_at = ? WHERE id = ?
                """, arguments: [json, description.access.rawValue, description.needsReview, description.typeCode,
                                 description.typeName, description.symbol, description.issuedDate, description.issuer,
                                 description.subject, status.rawValue, Date(), documentID])
        }
    }

    public func saveDerivative(documentID: Int64, kind: DerivativeKind, object: StoredObject) async throws {
        try await database.write { db in
            try DerivativeRow(documentId: documentID, kind: kind.rawValue, sha256: object.sha256, byteCount: object.byteCount,
                              createdAt: Date()).upsert(db)
        }
    }

    public func completeStage(documentID: Int64, stage: String, version: Int, event: ArchiveEvent,
                              superseding superseded: [String]) async throws {
        try await database.write { db in
            try StageRunRow(documentId: documentID, stage: stage, version: version, finishedAt: event.at).upsert(db)
            if !superseded.isEmpty {
                try StageRunRow.filter(Column("document_id") == documentID && superseded.contains(Column("stage"))).deleteAll(db)
            }
            try EventRow.append(event, documentID: documentID, db, hasher: hasher)
        }
    }

    public func appendEvent(documentID: Int64, _ event: ArchiveEvent) async throws {
        try await database.write { db in
            try EventRow.append(event, documentID: documentID, db, hasher: hasher)
        }
    }

    public func appendEvent(_ event: ArchiveEvent, documentIDs: [Int64]) async throws {
        guard !documentIDs.isEmpty else { return }
        try await database.write { db in
            for id in documentIDs { try EventRow.append(event, documentID: id, db, hasher: hasher) }
        }
    }

    public func appendEvents(_ events: [TrailEvent]) async throws {
        guard !events.isEmpty else { return }
        try await database.write { db in
            for entry in events { try EventRow.append(entry.event, documentID: entry.documentID, db, hasher: hasher) }
        }
    }

    public func recordFailure(_ failure: BatchFailure) async throws {
        try await database.write { db in
            try db.execute(sql: """
                INSERT INTO failures (path, stage, reason, first_at, last_at, attempts) VALUES (?, ?, ?, ?, ?, 1)
                ON CONFLICT (path, stage) DO UPDATE SET reason = excluded.reason, last_at = excluded.last_at,
                    attempts = attempts + 1, resolved_at = NULL
                """, arguments: [failure.path, failure.stage, failure.reason, failure.at, failure.at])
        }
    }

    public func resolveFailures(paths: [String]) async throws {
        guard !paths.isEmpty else { return }
        try await database.write { db in
            _ = try FailureRow.filter(paths.contains(Column("path")) && Column("resolved_at") == nil)
                .updateAll(db, Column("resolved_at").set(to: Date()))
        }
    }

    public func failures(includeResolved: Bool) async throws -> [FailureRecord] {
        try await database.read { db in
            var request = FailureRow.order(Column("last_at").desc, Column("path"))
            if !includeResolved { request = request.filter(Column("resolved_at") == nil) }
            return try request.fetchAll(db).map(\.record)
        }
    }

    static func completedStages(_ db: Database, _ id: Int64) throws -> [String: Int] {
        let runs = try StageRunRow.filter(Column("document_id") == id).fetchAll(db)
        return Dictionary(runs.map { ($0.stage, $0.version) }, uniquingKeysWith: { $1 })
    }

    private static func insertSources(_ db: Database, _ id: Int64, _ document: DocumentState, _ now: Date) throws {
        for file in document.files {
            try SourceRow(documentId: id, path: file.recordedPath, fonds: document.provenance.fonds,
                          box: document.provenance.box, seenAt: now).insert(db, onConflict: .ignore)
        }
    }
}

public enum CatalogError: ArchivistError {
    case cannotOpen(path: String, reason: String)
    case unhashedFile(path: String)

    public var problem: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open the catalog (\(reason))."
        case .unhashedFile(let path): "\(path): registered before it was hashed."
        }
    }

    public var remedy: String? {
        switch self {
        case .cannotOpen: "Check that the workspace folder is writable and not used by another version of archivist."
        case .unhashedFile: "This is a bug in the pipeline: run 'ingest' before other stages."
        }
    }
}
