import COpenSSL
import Foundation

/// SHA-256 of bytes in memory.
enum SHA256Digest {
    static func of(_ data: Data) throws -> Data {
        try of([data])
    }

    /// The digest of the parts concatenated (a PDF's byte ranges).
    static func of<Parts: Sequence>(_ parts: Parts) throws -> Data where Parts.Element: DataProtocol & ContiguousBytes {
        let context = try openSSL("EVP_MD_CTX_new", EVP_MD_CTX_new())
        defer { EVP_MD_CTX_free(context) }
        try openSSL("EVP_DigestInit_ex", EVP_DigestInit_ex(context, EVP_sha256(), nil))
        for part in parts {
            try part.withUnsafeBytes { bytes in
                try openSSL("EVP_DigestUpdate", EVP_DigestUpdate(context, bytes.baseAddress, bytes.count))
            }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        try openSSL("EVP_DigestFinal_ex", EVP_DigestFinal_ex(context, &digest, &length))
        return Data(digest.prefix(Int(length)))
    }
}
