import COpenSSL
import Foundation

extension SigningIdentity {
    public enum KeyAlgorithm: String, Sendable, CaseIterable {
        case rsa3072 = "RSA-3072"
        case p256 = "P-256"
    }

    /// Makes a self-signed identity for development and tests: key usage
    /// digitalSignature + nonRepudiation (critical), no extended key usage.
    public static func generateDevelopment(commonName: String, organization: String? = nil,
                                           algorithm: KeyAlgorithm = .p256,
                                           validFor days: Int = 365, now: Date = Date()) throws -> SigningIdentity {
        let key = try generateKey(algorithm)
        let certificate = try Certificate(taking: openSSL("X509_new", X509_new()))
        let x509 = certificate.pointer
        try openSSL("X509_set_version", X509_set_version(x509, 2))
        var serial = [UInt8](repeating: 0, count: 16)
        try openSSL("RAND_bytes", RAND_bytes(&serial, 16))
        serial[0] &= 0x7F
        let number = try openSSL("BN_bin2bn", BN_bin2bn(serial, 16, nil))
        defer { BN_free(number) }
        try openSSL("BN_to_ASN1_INTEGER", BN_to_ASN1_INTEGER(number, X509_get_serialNumber(x509)))
        var start = time_t(now.timeIntervalSince1970) - 300
        try openSSL("X509_time_adj", X509_time_adj_ex(X509_getm_notBefore(x509), 0, 0, &start))
        try openSSL("X509_time_adj", X509_time_adj_ex(X509_getm_notAfter(x509), Int32(days), 0, &start))
        let name = X509_get_subject_name(x509)
        for (field, value) in [("CN", commonName), ("O", organization)] {
            guard let value else { continue }
            try openSSL("X509_NAME_add_entry_by_txt",
                        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, value, -1, -1, 0))
        }
        try openSSL("X509_set_issuer_name", X509_set_issuer_name(x509, name))
        try openSSL("X509_set_pubkey", X509_set_pubkey(x509, key.pointer))
        var context = X509V3_CTX()
        archivist_X509V3_set_ctx_nodb(&context)
        X509V3_set_ctx(&context, x509, x509, nil, nil, 0)
        for (nid, value) in [(NID_basic_constraints, "critical,CA:FALSE"),
                             (NID_key_usage, "critical,digitalSignature,nonRepudiation"),
                             (NID_subject_key_identifier, "hash")] {
            let extensionPointer = try openSSL("X509V3_EXT_conf_nid", X509V3_EXT_conf_nid(nil, &context, nid, value))
            defer { X509_EXTENSION_free(extensionPointer) }
            try openSSL("X509_add_ext", X509_add_ext(x509, extensionPointer, -1))
        }
        try openSSL("X509_sign", X509_sign(x509, key.pointer, EVP_sha256()))
        return try SigningIdentity(key: key, certificate: certificate, chain: [])
    }

    static func generateKey(_ algorithm: KeyAlgorithm) throws -> PrivateKey {
        let context: OpaquePointer
        switch algorithm {
        case .rsa3072:
            context = try openSSL("EVP_PKEY_CTX_new_id", EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nil))
        case .p256:
            context = try openSSL("EVP_PKEY_CTX_new_id", EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nil))
        }
        defer { EVP_PKEY_CTX_free(context) }
        try openSSL("EVP_PKEY_keygen_init", EVP_PKEY_keygen_init(context))
        switch algorithm {
        case .rsa3072: try openSSL("EVP_PKEY_CTX_set_rsa_keygen_bits", EVP_PKEY_CTX_set_rsa_keygen_bits(context, 3072))
        case .p256: try openSSL("EVP_PKEY_CTX_set_group_name", EVP_PKEY_CTX_set_group_name(context, "P-256"))
        }
        var key: OpaquePointer?
        try openSSL("EVP_PKEY_keygen", EVP_PKEY_keygen(context, &key))
        return PrivateKey(taking: try openSSL("EVP_PKEY_keygen", key))
    }

    /// Writes `key.pem` (mode 0600, created afresh) and `certificate.pem` into
    /// `directory`; refuses to overwrite an existing key.
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let keyURL = directory.appendingPathComponent("key.pem")
        let descriptor = open(keyURL.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw IdentityError.unreadable(path: keyURL.path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let pem = try key.pemData()
        let written = pem.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == pem.count else {
            throw IdentityError.unreadable(path: keyURL.path, reason: "short write: \(String(cString: strerror(errno)))")
        }
        let chainPEM = chain.reduce(certificate.pemData) { $0 + $1.pemData }
        try chainPEM.write(to: directory.appendingPathComponent("certificate.pem"))
    }
}
