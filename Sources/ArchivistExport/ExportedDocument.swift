import ArchivistCore
import Foundation

/// One document as an export sees it: the catalog's view plus the files that go with it.
public struct ExportedDocument: Sendable {
    public var summary: DocumentSummary
    public var metadata: DocumentMetadata?
    public var events: [ArchiveEvent]
    public var files: [ExportedFile]
    public var archival: ArchivalDescription

    public init(summary: DocumentSummary, metadata: DocumentMetadata?, events: [ArchiveEvent],
                files: [ExportedFile], archival: ArchivalDescription = ArchivalDescription()) {
        self.summary = summary
        self.metadata = metadata
        self.events = events
        self.files = files
        self.archival = archival
    }

    public init(detail: DocumentDetail, files: [ExportedFile], archival: ArchivalDescription = ArchivalDescription()) {
        self.init(summary: detail.summary, metadata: detail.metadata, events: detail.events, files: files, archival: archival)
    }
}

/// One exported file of a document, as it appears in the bag or beside the METS file.
public struct ExportedFile: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The signed searchable PDF.
        case document
        /// The canonical metadata record (JSON).
        case metadata
        /// The detached CMS signature over the metadata record.
        case signature
        /// An original scan.
        case original
    }

    public var role: Role
    /// Relative path, "/"-separated: "data/57-NQ-TW/document.pdf". Stored NFC.
    public var path: String
    public var mimeType: String
    public var sha256: String
    public var byteCount: Int64

    public init(role: Role, path: String, mimeType: String, sha256: String, byteCount: Int64) {
        self.role = role
        self.path = path.precomposedStringWithCanonicalMapping
        self.mimeType = mimeType
        self.sha256 = sha256.lowercased()
        self.byteCount = byteCount
    }
}

/// TT 05/2025 elements an archivist supplies that extraction does not: the file (hồ sơ)
/// code and the document's ordinal in it, the physical state and free text.
public struct ArchivalDescription: Sendable, Hashable {
    /// Hồ sơ code, e.g. "G09.2024.01.001"; docCode is fileCode + "." + 7-digit ordinal.
    public var fileCode: String?
    public var ordinal: Int?
    /// Physical state: "01" good, "02" normal, "03" damaged.
    public var physicalState: String?
    public var keywords: [String]
    public var autograph: String?
    public var informationSign: String?
    public var riskRecovery: String?
    public var process: String?
    public var description: String?

    public init(fileCode: String? = nil, ordinal: Int? = nil, physicalState: String? = nil, keywords: [String] = [],
                autograph: String? = nil, informationSign: String? = nil, riskRecovery: String? = nil,
                process: String? = nil, description: String? = nil) {
        self.fileCode = fileCode
        self.ordinal = ordinal
        self.physicalState = physicalState
        self.keywords = keywords
        self.autograph = autograph
        self.informationSign = informationSign
        self.riskRecovery = riskRecovery
        self.process = process
        self.description = description
    }
}
