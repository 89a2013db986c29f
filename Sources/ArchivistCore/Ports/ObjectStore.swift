import Foundation

/// Content-addressed storage for originals and derivatives: an object is named by its SHA-256
/// and never overwritten.
public protocol ObjectStore: Sendable {
    /// Copies the file into the store (if not there already) and returns its digest and size.
    func store(fileAt url: URL) throws -> StoredObject
    /// Stores bytes made by the pipeline (a derivative such as the searchable PDF).
    func store(data: Data) throws -> StoredObject
    func url(for sha256: String) -> URL
}

/// Kinds of files the pipeline derives from a document's originals.
public enum DerivativeKind: String, Sendable, Codable, CaseIterable {
    /// Two-layer PDF: the page images with the invisible OCR text (PDF/A-2b by construction).
    case searchablePDF = "searchable-pdf"
    /// The same PDF with the archive's PAdES signature added by incremental update.
    case signedPDF = "signed-pdf"
    /// The document's canonical record (JSON, sorted keys, NFC): files, metadata, PDFs.
    case metadataRecord = "metadata-json"
    /// Detached CMS signature (DER) over the metadata record.
    case metadataSignature = "metadata-p7s"
}

/// Encoded as a JSON object keyed by the kind's name.
extension DerivativeKind: CodingKeyRepresentable {}

public struct StoredObject: Sendable, Hashable, Codable {
    public var sha256: String
    public var byteCount: Int64

    public init(sha256: String, byteCount: Int64) {
        self.sha256 = sha256
        self.byteCount = byteCount
    }
}

/// SHA-256 of files (streamed) and of bytes in memory, as lowercase hex.
public protocol ContentHasher: Sendable {
    func sha256(ofFileAt url: URL) throws -> StoredObject
    func sha256(of data: Data) -> String
}
