import ArchivistCore
import ArchivistMetadata
import Foundation
import GRDB

/// One record type per table. Columns are snake_case in SQL, camelCase here.
protocol CatalogRow: Codable, Sendable, FetchableRecord, PersistableRecord {}

extension CatalogRow {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

struct DocumentRow: CatalogRow {
    static let databaseTableName = "documents"
    var id: Int64?
    var key: String
    var name: String
    var fonds: String?
    var status: String
    var pageCount: Int
    var language: String?
    var meanConfidence: Double?
    var access: String = AccessDecision.open.rawValue
    var needsReview = false
    var typeCode: String?
    var typeName: String?
    var symbol: String?
    var issuedDate: String?
    var issuer: String?
    var subject: String?
    var metadata: String?
    var createdAt: Date
    var updatedAt: Date

    var decodedMetadata: DocumentMetadata? {
        metadata.flatMap { try? JSONDecoder().decode(DocumentMetadata.self, from: Data($0.utf8)) }
    }
}

struct FileRow: CatalogRow {
    static let databaseTableName = "files"
    var documentId: Int64
    var position: Int
    var sha256: String
    var byteCount: Int64
    var format: String
    var pageCount: Int
    var sourcePath: String

    var record: FileRecord {
        FileRecord(position: position, name: sourcePath, sha256: sha256, byteCount: byteCount,
                   format: ImageFormat(rawValue: format) ?? .tiff, pageCount: pageCount)
    }
}

struct SourceRow: CatalogRow {
    static let databaseTableName = "sources"
    var documentId: Int64
    var path: String
    var fonds: String?
    var box: String?
    var seenAt: Date
}

struct PageRow: CatalogRow {
    static let databaseTableName = "pages"
    var documentId: Int64
    var number: Int
    var filePosition: Int
    var pageInFile: Int
    var width: Int
    var height: Int
    var dpi: Int
    var language: String
    var meanConfidence: Double
    var minWordConfidence: Double?
    var recognizeSeconds: Double
    var ocrText: String
    var text: String
    var folded: String
    var words: String
    var blank: Bool
    var preparation: String?
    var repairs: String?

    init(documentID: Int64, page: RecognizedPage) throws {
        documentId = documentID
        number = page.number
        filePosition = page.location.filePosition
        pageInFile = page.location.pageInFile
        width = page.width
        height = page.height
        dpi = page.dpi
        language = page.language
        meanConfidence = page.meanConfidence
        minWordConfidence = page.minimumWordConfidence
        recognizeSeconds = page.recognizeSeconds
        ocrText = page.text.precomposedStringWithCanonicalMapping
        text = ocrText
        folded = VietnameseFolding.fold(text)
        words = try WordList.encode(page.words)
        blank = page.isBlank
        preparation = try page.preparation.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        repairs = try page.repairs.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
    }

    func recognizedPage() throws -> RecognizedPage {
        var page = RecognizedPage(number: number, location: PageLocation(filePosition: filePosition, pageInFile: pageInFile),
                       width: width, height: height, dpi: dpi, language: language, text: ocrText,
                       meanConfidence: meanConfidence, words: try WordList.decode(words), recognizeSeconds: recognizeSeconds,
                       preparation: try preparation.map { try JSONDecoder().decode(PagePreparation.self, from: Data($0.utf8)) })
        page.repairs = try repairs.map { try JSONDecoder().decode([String].self, from: Data($0.utf8)) }
        return page
    }
}

struct DerivativeRow: CatalogRow {
    static let databaseTableName = "derivatives"
    var documentId: Int64
    var kind: String
    var sha256: String
    var byteCount: Int64
    var createdAt: Date

    static func all(_ db: Database, documentID: Int64) throws -> [DerivativeKind: StoredObject] {
        var result: [DerivativeKind: StoredObject] = [:]
        for row in try DerivativeRow.filter(Column("document_id") == documentID).fetchAll(db) {
            if let kind = DerivativeKind(rawValue: row.kind) { result[kind] = StoredObject(sha256: row.sha256, byteCount: row.byteCount) }
        }
        return result
    }
}

struct StageRunRow: CatalogRow {
    static let databaseTableName = "stage_runs"
    var documentId: Int64
    var stage: String
    var version: Int
    var finishedAt: Date
}

/// One audit-trail row. Rows form a hash chain: each carries the hash of the row before, so
/// deleting or editing a row by hand breaks the chain at that row (`AuditChain.verify`).
struct EventRow: CatalogRow {
    static let databaseTableName = "events"
    static let genesis = String(repeating: "0", count: 64)
    var id: Int64
    var documentId: Int64?
    var type: String
    var agent: String
    var outcome: String
    var detail: String
    var at: String
    var previousHash: String
    var hash: String

    /// Appends an event after the last row, chaining it.
    static func append(_ event: ArchiveEvent, documentID: Int64?, _ db: Database, hasher: any ContentHasher) throws {
        let last = try EventRow.order(Column("id").desc).fetchOne(db)
        var row = EventRow(id: (last?.id ?? 0) + 1, documentId: documentID, type: event.type.rawValue, agent: event.agent,
                           outcome: event.outcome.rawValue, detail: event.detail.precomposedStringWithCanonicalMapping,
                           at: AuditTime.format(event.at), previousHash: last?.hash ?? genesis, hash: "")
        row.hash = row.computedHash(hasher)
        try row.insert(db)
    }

    /// The hash of this row's content and its link to the row before.
    func computedHash(_ hasher: any ContentHasher) -> String {
        let fields = ["\(id)", documentId.map(String.init) ?? "", type, agent, outcome, detail, at, previousHash]
        return hasher.sha256(of: Data(fields.joined(separator: "\u{1F}").utf8))
    }

    var event: ArchiveEvent? {
        guard let type = EventType(rawValue: type), let outcome = EventOutcome(rawValue: outcome), let date = AuditTime.parse(at) else { return nil }
        return ArchiveEvent(type: type, agent: agent, outcome: outcome, detail: detail, at: date)
    }
}

extension EventRow {
    /// Read column by column rather than through Codable, several times faster: `audit verify`
    /// reads every row of the trail. A value of the wrong type throws, as Codable would.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        documentId = try row.decode(forColumn: "document_id")
        type = try row.decode(forColumn: "type")
        agent = try row.decode(forColumn: "agent")
        outcome = try row.decode(forColumn: "outcome")
        detail = try row.decode(forColumn: "detail")
        at = try row.decode(forColumn: "at")
        previousHash = try row.decode(forColumn: "previous_hash")
        hash = try row.decode(forColumn: "hash")
    }
}

/// Event times as stored and hashed: ISO 8601, UTC, milliseconds.
enum AuditTime {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

struct FailureRow: CatalogRow {
    static let databaseTableName = "failures"
    var path: String
    var stage: String
    var reason: String
    var firstAt: Date
    var lastAt: Date
    var attempts: Int
    var resolvedAt: Date?

    var record: FailureRecord {
        FailureRecord(path: path, stage: stage, reason: reason, firstAt: firstAt, lastAt: lastAt, attempts: attempts,
                      resolvedAt: resolvedAt)
    }
}

struct ClearanceRow: CatalogRow {
    static let databaseTableName = "clearances"
    var id: Int64?
    var `operator`: String
    var level: String
    var grantedBy: String
    var grantedAt: Date
    var revokedBy: String?
    var revokedAt: Date?

    init(_ clearance: Clearance) {
        `operator` = clearance.operatorName
        level = clearance.level.rawValue
        grantedBy = clearance.grantedBy
        grantedAt = clearance.grantedAt
    }

    var clearance: Clearance? {
        ClearanceLevel(rawValue: level).map {
            Clearance(operatorName: `operator`, level: $0, grantedBy: grantedBy, grantedAt: grantedAt, revokedBy: revokedBy, revokedAt: revokedAt)
        }
    }
}

/// Words as compact JSON arrays: `[text, confidence, left, top, right, bottom, block, line]`, and
/// a ninth element, the second read, for the words that have one.
enum WordList {
    private struct Compact: Codable {
        var word: RecognizedWord

        init(_ word: RecognizedWord) { self.word = word }

        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            let text = try c.decode(String.self), confidence = try c.decode(Double.self)
            let box = PixelBox(left: try c.decode(Int.self), top: try c.decode(Int.self),
                               right: try c.decode(Int.self), bottom: try c.decode(Int.self))
            word = RecognizedWord(text: text, confidence: confidence, box: box, block: try c.decode(Int.self), line: try c.decode(Int.self),
                                  reread: c.isAtEnd ? nil : try c.decode(String.self), rereadModel: c.isAtEnd ? nil : try c.decode(String.self))
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(word.text)
            try c.encode((word.confidence * 100).rounded() / 100)
            for value in [word.box.left, word.box.top, word.box.right, word.box.bottom, word.block, word.line] { try c.encode(value) }
            if let reread = word.reread {
                try c.encode(reread)
                if let model = word.rereadModel { try c.encode(model) }
            }
        }
    }

    static func encode(_ words: [RecognizedWord]) throws -> String {
        String(decoding: try JSONEncoder().encode(words.map(Compact.init)), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> [RecognizedWord] {
        try JSONDecoder().decode([Compact].self, from: Data(json.utf8)).map(\.word)
    }
}
