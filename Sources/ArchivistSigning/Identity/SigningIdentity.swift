import COpenSSL
import Foundation

/// A private key, its certificate and the chain up to (optionally including) a root.
/// Load one with `init(pkcs12:password:)` or `init(certificatePEM:keyPEM:chainPEM:)`,
/// or make a development one with `generateDevelopment(…)`; then `check(at:)` it.
public final class SigningIdentity: @unchecked Sendable {
    public let certificate: Certificate
    /// Intermediate (and root) certificates, signer excluded.
    public let chain: [Certificate]
    let key: PrivateKey

    /// Pairs a key with its certificate; fails when they do not belong together.
    init(key: PrivateKey, certificate: Certificate, chain: [Certificate]) throws {
        guard X509_check_private_key(certificate.pointer, key.pointer) == 1 else {
            discardOpenSSLErrors()
            throw IdentityError.keyDoesNotMatchCertificate(subject: certificate.subject)
        }
        let type = EVP_PKEY_get_base_id(key.pointer)
        let bits = EVP_PKEY_get_bits(key.pointer)
        guard (type == EVP_PKEY_RSA && bits >= 2048) || (type == EVP_PKEY_EC && bits >= 256) else {
            throw IdentityError.unsupportedKey(summary: key.summary)
        }
        self.key = key
        self.certificate = certificate
        self.chain = chain.filter { X509_cmp($0.pointer, certificate.pointer) != 0 }
    }

    /// "RSA-3072" or "EC-256".
    public var keyDescription: String { key.summary }
}

extension SigningIdentity: CustomStringConvertible {
    /// The certificate only: a key is never described.
    public var description: String { "SigningIdentity(\(certificate.subject), \(key.summary))" }
}
