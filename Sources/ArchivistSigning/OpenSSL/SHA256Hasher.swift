import ArchivistCore
import COpenSSL
import Foundation

/// Streams files through OpenSSL's SHA-256 in 1 MiB reads, in constant memory.
public struct SHA256Hasher: ContentHasher {
    public init() {}

    public func sha256(of data: Data) -> String {
        // EVP calls on a fixed algorithm and memory buffer fail only when memory runs out.
        guard let digest = try? SHA256Digest.of(data) else { preconditionFailure("OpenSSL could not hash \(data.count) bytes") }
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    public func sha256(ofFileAt url: URL) throws -> StoredObject {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw HashingError.unreadable(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard let context = EVP_MD_CTX_new() else { throw HashingError.openSSL("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { throw HashingError.openSSL("EVP_DigestInit_ex") }
        let bufferSize = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 16)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let count = read(descriptor, buffer, bufferSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw HashingError.unreadable(path: url.path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            guard EVP_DigestUpdate(context, buffer, count) == 1 else { throw HashingError.openSSL("EVP_DigestUpdate") }
            total += Int64(count)
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { throw HashingError.openSSL("EVP_DigestFinal_ex") }
        return StoredObject(sha256: digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined(), byteCount: total)
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
