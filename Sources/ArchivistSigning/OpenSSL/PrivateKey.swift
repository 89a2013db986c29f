import COpenSSL
import Foundation

/// Owns an `EVP_PKEY`. Never printed, logged or put in an error message.
final class PrivateKey: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of one reference.
    init(taking pointer: OpaquePointer) { self.pointer = pointer }

    deinit { EVP_PKEY_free(pointer) }

    /// "RSA-3072", "EC-256": for messages, never the key itself.
    var summary: String {
        let bits = EVP_PKEY_get_bits(pointer)
        switch EVP_PKEY_get_base_id(pointer) {
        case EVP_PKEY_RSA: return "RSA-\(bits)"
        case EVP_PKEY_EC: return "EC-\(bits)"
        default: return "key of \(bits) bits"
        }
    }

    /// Unencrypted PKCS#8 PEM, for a file only its owner can read.
    func pemData() throws -> Data {
        let sink = try MemoryBIO()
        try openSSL("PEM_write_bio_PrivateKey", PEM_write_bio_PrivateKey(sink.pointer, pointer, nil, nil, 0, nil, nil))
        return sink.contents
    }

    /// Signs `message` with SHA-256 (PKCS#1 v1.5 for RSA, DER ECDSA for EC keys).
    func signSHA256(_ message: Data) throws -> Data {
        let context = try openSSL("EVP_MD_CTX_new", EVP_MD_CTX_new())
        defer { EVP_MD_CTX_free(context) }
        try openSSL("EVP_DigestSignInit", EVP_DigestSignInit(context, nil, EVP_sha256(), nil, pointer))
        var length = 0
        try message.withUnsafeBytes { bytes in
            let base = bytes.bindMemory(to: UInt8.self).baseAddress
            try openSSL("EVP_DigestSign", EVP_DigestSign(context, nil, &length, base, bytes.count))
        }
        var signature = [UInt8](repeating: 0, count: length)
        try message.withUnsafeBytes { bytes in
            let base = bytes.bindMemory(to: UInt8.self).baseAddress
            try openSSL("EVP_DigestSign", EVP_DigestSign(context, &signature, &length, base, bytes.count))
        }
        return Data(signature.prefix(length))
    }
}
