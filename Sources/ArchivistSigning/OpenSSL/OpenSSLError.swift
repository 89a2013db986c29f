import ArchivistCore
import COpenSSL

/// A failed OpenSSL call, with the library's own error queue as the reason.
public struct OpenSSLError: ArchivistError {
    public let call: String
    public let reason: String

    public var problem: String { "OpenSSL's \(call) failed (\(reason))." }
    public var remedy: String? { nil }

    /// Takes and clears every error OpenSSL queued on this thread.
    static func drainQueue() -> String {
        var reasons: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            reasons.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return reasons.isEmpty ? "no reason given" : reasons.joined(separator: "; ")
    }
}

/// The one funnel from OpenSSL status codes to Swift errors: `1` (or more) is success.
func openSSL(_ call: String, _ status: Int32) throws {
    guard status > 0 else { throw OpenSSLError(call: call, reason: OpenSSLError.drainQueue()) }
}

/// The funnel for calls that return a pointer: nil is failure.
@discardableResult
func openSSL<Pointer>(_ call: String, _ pointer: Pointer?) throws -> Pointer {
    guard let pointer else { throw OpenSSLError(call: call, reason: OpenSSLError.drainQueue()) }
    return pointer
}

/// Clears errors left by an expected failure (probing a format, a wrong password).
func discardOpenSSLErrors() { ERR_clear_error() }
