import Foundation

/// A document as `archivist list` shows it. Its JSON form is a stable interface.
public struct DocumentSummary: Sendable, Codable, Hashable {
    public var id: Int64
    public var name: String
    public var fonds: String?
    public var status: DocumentStatus
    public var pageCount: Int
    public var language: String?
    public var meanConfidence: Double?
    public var sourceFiles: [String]
    public var createdAt: Date
    /// From the classify stage (nil before it ran).
    public var description: DocumentDescription?

    public init(id: Int64, name: String, fonds: String?, status: DocumentStatus, pageCount: Int,
                language: String?, meanConfidence: Double?, sourceFiles: [String], createdAt: Date,
                description: DocumentDescription? = nil) {
        self.id = id
        self.name = name
        self.fonds = fonds
        self.status = status
        self.pageCount = pageCount
        self.language = language
        self.meanConfidence = meanConfidence
        self.sourceFiles = sourceFiles
        self.createdAt = createdAt
        self.description = description
    }

    public var access: AccessDecision { description?.access ?? .open }
}

/// The headline metadata of a document, as lists and search results show it.
public struct DocumentDescription: Sendable, Codable, Hashable {
    public var typeCode: String?
    public var typeName: String?
    public var symbol: String?
    /// ISO 8601 date of issue.
    public var issuedDate: String?
    public var issuer: String?
    public var subject: String?
    public var access: AccessDecision
    /// The confidentiality mark (Mật, Tối mật, Tuyệt mật) behind a restricted access.
    public var confidentiality: Confidentiality?
    public var needsReview: Bool
    public var reviewReasons: [ReviewReason]

    public init(_ metadata: DocumentMetadata) {
        typeCode = metadata.documentType.value?.code
        typeName = metadata.documentType.value?.nativeName
        symbol = metadata.symbol.value
        issuedDate = metadata.date.value
        issuer = metadata.issuer.value
        subject = metadata.subject.value
        access = metadata.access
        confidentiality = metadata.confidentiality.value
        needsReview = metadata.needsReview
        reviewReasons = metadata.reviewReasons
    }
}

/// A stored file of a document.
public struct FileRecord: Sendable, Codable, Hashable {
    public var position: Int
    public var name: String
    public var sha256: String
    public var byteCount: Int64
    public var format: ImageFormat
    public var pageCount: Int

    public init(position: Int, name: String, sha256: String, byteCount: Int64, format: ImageFormat, pageCount: Int) {
        self.position = position
        self.name = name
        self.sha256 = sha256
        self.byteCount = byteCount
        self.format = format
        self.pageCount = pageCount
    }
}

/// One place a document was found (a document found twice has two).
public struct SourceRecord: Sendable, Codable, Hashable {
    public var path: String
    public var fonds: String?
    public var box: String?
    public var seenAt: Date

    public init(path: String, fonds: String?, box: String?, seenAt: Date) {
        self.path = path
        self.fonds = fonds
        self.box = box
        self.seenAt = seenAt
    }
}

/// Everything `archivist show` prints about one document.
public struct DocumentDetail: Sendable, Codable {
    public var summary: DocumentSummary
    public var files: [FileRecord]
    public var sources: [SourceRecord]
    public var pages: [RecognizedPage]
    public var events: [ArchiveEvent]
    public var completedStages: [String: Int]
    public var derivatives: [DerivativeKind: StoredObject]
    public var metadata: DocumentMetadata?

    public init(summary: DocumentSummary, files: [FileRecord], sources: [SourceRecord], pages: [RecognizedPage],
                events: [ArchiveEvent], completedStages: [String: Int], derivatives: [DerivativeKind: StoredObject],
                metadata: DocumentMetadata?) {
        self.summary = summary
        self.files = files
        self.sources = sources
        self.pages = pages
        self.events = events
        self.completedStages = completedStages
        self.derivatives = derivatives
        self.metadata = metadata
    }
}

/// A recorded failure, with how often it happened and whether a later run got past it.
public struct FailureRecord: Sendable, Codable, Hashable {
    public var path: String
    public var stage: String
    public var reason: String
    public var firstAt: Date
    public var lastAt: Date
    public var attempts: Int
    public var resolvedAt: Date?

    public init(path: String, stage: String, reason: String, firstAt: Date, lastAt: Date, attempts: Int, resolvedAt: Date?) {
        self.path = path
        self.stage = stage
        self.reason = reason
        self.firstAt = firstAt
        self.lastAt = lastAt
        self.attempts = attempts
        self.resolvedAt = resolvedAt
    }
}

/// The outcome of checking the audit trail's hash chain.
public struct AuditChainResult: Sendable, Codable, Hashable {
    public var rows: Int
    /// The id of the first row that fails; nil when the chain holds.
    public var firstBroken: Int64?
    public var problem: String?

    public init(rows: Int, firstBroken: Int64?, problem: String?) {
        self.rows = rows
        self.firstBroken = firstBroken
        self.problem = problem
    }

    public var isIntact: Bool { firstBroken == nil }
}

public struct SearchQuery: Sendable, Hashable {
    public var text: String
    public var limit: Int
    /// Restricted (Mật, Tối mật) and quarantined documents are left out unless this is set.
    public var includeRestricted: Bool

    public init(text: String, limit: Int = 20, includeRestricted: Bool = false) {
        self.text = text
        self.limit = limit
        self.includeRestricted = includeRestricted
    }
}

/// One page that matches a search. The snippet marks matches with « and ».
public struct SearchHit: Sendable, Codable, Hashable {
    public var documentID: Int64
    public var documentName: String
    public var page: Int
    public var sourceFile: String
    public var snippet: String
    /// True when the page contains the query with its diacritics as typed.
    public var exactMatch: Bool
    public var score: Double

    public init(documentID: Int64, documentName: String, page: Int, sourceFile: String, snippet: String,
                exactMatch: Bool, score: Double) {
        self.documentID = documentID
        self.documentName = documentName
        self.page = page
        self.sourceFile = sourceFile
        self.snippet = snippet
        self.exactMatch = exactMatch
        self.score = score
    }
}
