import COpenSSL
import Foundation

extension SigningIdentity {
    /// Loads a PKCS#12 (.p12/.pfx) file's key, certificate and chain.
    /// `source` names the file in error messages; the password never appears in one.
    public convenience init(pkcs12 data: Data, password: String, source: String = "PKCS#12") throws {
        let input = try MemoryBIO(data)
        guard let container = d2i_PKCS12_bio(input.pointer, nil) else {
            discardOpenSSLErrors()
            throw IdentityError.corruptPKCS12(source: source)
        }
        defer { PKCS12_free(container) }
        guard PKCS12_verify_mac(container, password, -1) == 1 else {
            discardOpenSSLErrors()
            throw IdentityError.wrongPassword(source: source)
        }
        var keyPointer: OpaquePointer?
        var certificatePointer: OpaquePointer?
        var extras: OpaquePointer?
        guard PKCS12_parse(container, password, &keyPointer, &certificatePointer, &extras) == 1 else {
            let reason = OpenSSLError.drainQueue()
            throw reason.contains("unsupported") ? OpenSSLError(call: "PKCS12_parse", reason: reason)
                                                 : IdentityError.corruptPKCS12(source: source)
        }
        let chain = Self.takeStack(extras)
        guard let keyPointer else {
            if let certificatePointer { X509_free(certificatePointer) }
            throw IdentityError.noPrivateKey(source: source)
        }
        let key = PrivateKey(taking: keyPointer)
        guard let certificatePointer else { throw IdentityError.noCertificate }
        try self.init(key: key, certificate: Certificate(taking: certificatePointer), chain: chain)
    }

    /// Loads an unencrypted PEM private key, the signer's certificate, and optionally
    /// PEM chain certificates (intermediates, root).
    public convenience init(certificatePEM: Data, keyPEM: Data, chainPEM: Data? = nil) throws {
        let certificate = try Certificate.all(fromPEM: certificatePEM)
        let chain = try chainPEM.map { try Certificate.all(fromPEM: $0) } ?? []
        let input = try MemoryBIO(keyPEM)
        guard let keyPointer = PEM_read_bio_PrivateKey(input.pointer, nil, nil, nil) else {
            discardOpenSSLErrors()
            throw IdentityError.unreadableKey(source: "private key PEM")
        }
        try self.init(key: PrivateKey(taking: keyPointer), certificate: certificate[0],
                      chain: Array(certificate.dropFirst()) + chain)
    }

    /// Reads PEM files from disk: see `init(certificatePEM:keyPEM:chainPEM:)`.
    public convenience init(certificateFile: URL, keyFile: URL, chainFile: URL? = nil) throws {
        try self.init(certificatePEM: Self.read(certificateFile), keyPEM: Self.read(keyFile),
                      chainPEM: chainFile.map(Self.read))
    }

    static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw IdentityError.unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Takes ownership of a `STACK_OF(X509)` and its certificates.
    static func takeStack(_ stack: OpaquePointer?) -> [Certificate] {
        guard let stack else { return [] }
        defer { archivist_sk_X509_pop_free(stack) }
        return (0..<archivist_sk_X509_num(stack)).compactMap { index in
            archivist_sk_X509_value(stack, index).map { Certificate(retaining: $0) }
        }
    }
}
