import ArchivistCore
import COpenSSL
import Foundation

/// Streams files through OpenSSL's SHA-256 in 1 MiB reads, in constant memory.
public struct SHA256Hasher: ContentHasher {
    public init() {}

    public func sha256(of data: Data) -> String {
        // EVP calls on a fixed algorithm and memory buffer fail only when memory runs out.
        guard let digest = try? SHA256Digest.of(data) else { preconditionFailure("OpenSSL could not hash \(data.count) bytes") }
        return digest.lowercaseHex
    }

    public func sha256(ofFileAt url: URL) throws -> StoredObject {
        let result = try OpenSSLDigester().digests(ofFileAt: url, algorithms: ["sha256"])
        return StoredObject(sha256: result.sha256 ?? "", byteCount: result.byteCount)
    }
}

public enum HashingError: ArchivistError {
    case unreadable(path: String, reason: String)
    case openSSL(String)

    public var problem: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read for hashing (\(reason))."
        case .openSSL(let call): "OpenSSL's \(call) failed."
        }
    }

    public var remedy: String? {
        switch self {
        case .unreadable: "Check the file's permissions, then run the same command again."
        case .openSSL: "Check that libssl3 is installed and not damaged."
        }
    }
}
