import ArchivistCore
import COpenSSL
import Foundation

/// Digests of one file under several algorithms ("md5", "sha1", "sha224", "sha256", "sha512"),
/// all computed in one streaming pass of 1 MiB reads, in constant memory.
public struct OpenSSLDigester: FileDigester {
    public init() {}

    /// True when OpenSSL knows the algorithm by that name.
    public func supports(_ algorithm: String) -> Bool {
        EVP_get_digestbyname(algorithm.lowercased()) != nil
    }

    /// Lowercase hex digests by algorithm name, and the file's size in bytes.
    public func digests(ofFileAt url: URL, algorithms: [String]) throws -> FileDigests {
        let names = Array(Set(algorithms.map { $0.lowercased() })).sorted()
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw HashingError.unreadable(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var contexts: [OpaquePointer] = []
        defer { contexts.forEach { EVP_MD_CTX_free($0) } }
        for name in names {
            let digest = try openSSL("EVP_get_digestbyname(\(name))", EVP_get_digestbyname(name))
            let context = try openSSL("EVP_MD_CTX_new", EVP_MD_CTX_new())
            contexts.append(context)
            try openSSL("EVP_DigestInit_ex", EVP_DigestInit_ex(context, digest, nil))
        }
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
            for context in contexts {
                try openSSL("EVP_DigestUpdate", EVP_DigestUpdate(context, buffer, count))
            }
            total += Int64(count)
        }
        var hex: [String: String] = [:]
        for (name, context) in zip(names, contexts) {
            var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
            var length: UInt32 = 0
            try openSSL("EVP_DigestFinal_ex", EVP_DigestFinal_ex(context, &digest, &length))
            hex[name] = digest.prefix(Int(length)).lowercaseHex
        }
        return FileDigests(byteCount: total, hex: hex)
    }
}
