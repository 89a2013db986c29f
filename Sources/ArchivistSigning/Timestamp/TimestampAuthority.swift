import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An RFC 3161 time-stamping service reached over HTTP POST
/// (application/timestamp-query).
public struct TimestampAuthority: Sendable {
    public let url: URL
    public var timeout: TimeInterval

    public init(url: URL, timeout: TimeInterval = 30) {
        self.url = url
        self.timeout = timeout
    }

    /// A TimeStampToken (DER ContentInfo) over a SHA-256 `digest`, checked against
    /// the request (imprint, nonce).
    func timestampToken(forDigest digest: Data) async throws -> Data {
        let request = try TimestampRequest(digest: digest)
        var post = URLRequest(url: url, timeoutInterval: timeout)
        post.httpMethod = "POST"
        post.setValue("application/timestamp-query", forHTTPHeaderField: "Content-Type")
        post.httpBody = try request.der
        let (body, response): (Data, URLResponse)
        do {
            (body, response) = try await URLSession.shared.data(for: post)
        } catch {
            throw TimestampError.unreachable(url: url.absoluteString, reason: error.localizedDescription)
        }
        if let http = response as? HTTPURLResponse, http.statusCode != 200 {
            throw TimestampError.httpStatus(url: url.absoluteString, code: http.statusCode)
        }
        return try request.token(from: body)
    }
}
