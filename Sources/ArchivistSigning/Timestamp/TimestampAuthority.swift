import Foundation

/// An RFC 3161 time-stamping service reached over HTTP.
public struct TimestampAuthority: Sendable {
    public let url: URL
    public var timeout: TimeInterval

    public init(url: URL, timeout: TimeInterval = 30) {
        self.url = url
        self.timeout = timeout
    }

    /// A TimeStampToken (DER ContentInfo) over a SHA-256 `digest`.
    func timestampToken(forDigest digest: Data) async throws -> Data {
        throw OpenSSLError(call: "timestamp request", reason: "not implemented yet")
    }
}
