import Foundation

/// A source file of a document, as discovered on disk and, once ingested, as stored.
public struct SourceFile: Sendable, Hashable {
    /// Where the file was read from (the bytes on disk may use another Unicode form).
    public var url: URL
    /// The path as recorded: NFC, standardized.
    public var recordedPath: String
    public var info: ImageInfo
    /// Set by the ingest stage.
    public var sha256: String?
    public var byteCount: Int64?

    public init(url: URL, info: ImageInfo, sha256: String? = nil, byteCount: Int64? = nil) {
        self.url = url
        self.recordedPath = url.standardizedFileURL.path.precomposedStringWithCanonicalMapping
        self.info = info
        self.sha256 = sha256
        self.byteCount = byteCount
    }

    public var fileName: String { (recordedPath as NSString).lastPathComponent }
}
