import Foundation

/// Computes several digests of a file in one pass (BagIt manifests want SHA-256 and SHA-512).
public protocol FileDigester: Sendable {
    /// True when the digester can compute `algorithm` ("md5", "sha1", "sha256", "sha512", ...).
    func supports(_ algorithm: String) -> Bool
    /// Lowercase hex digests keyed by lowercase algorithm name, and the size in bytes,
    /// from one pass over the file.
    func digests(ofFileAt url: URL, algorithms: [String]) throws -> FileDigests
}

public struct FileDigests: Sendable, Hashable {
    public var byteCount: Int64
    public var hex: [String: String]

    public init(byteCount: Int64, hex: [String: String]) {
        self.byteCount = byteCount
        self.hex = hex
    }

    public var sha256: String? { hex["sha256"] }
    public var sha512: String? { hex["sha512"] }
}
