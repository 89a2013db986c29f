import COpenSSL
import Foundation

/// The root certificates a verification trusts (e.g. the Government CA's root).
public struct TrustAnchors: Sendable {
    public let certificates: [Certificate]

    public init(certificates: [Certificate]) { self.certificates = certificates }

    /// Every certificate in a PEM file.
    public init(pemFile: URL) throws {
        certificates = try Certificate.all(fromPEM: SigningIdentity.read(pemFile))
    }

    public init(pem: Data) throws {
        certificates = try Certificate.all(fromPEM: pem)
    }

    /// A new `X509_STORE` holding the anchors; the caller owns it.
    func makeStore() throws -> OpaquePointer {
        let store = try openSSL("X509_STORE_new", X509_STORE_new())
        for anchor in certificates where X509_STORE_add_cert(store, anchor.pointer) != 1 {
            X509_STORE_free(store)
            throw OpenSSLError(call: "X509_STORE_add_cert", reason: OpenSSLError.drainQueue())
        }
        return store
    }

    /// Checks that `certificate` chains to one of the anchors, using `intermediates`
    /// as untrusted helpers, at `time`. Returns nil when it does, else the reason.
    func chainProblem(for certificate: Certificate, intermediates: [Certificate], at time: Date) throws -> String? {
        let store = try makeStore()
        defer { X509_STORE_free(store) }
        let untrusted = try openSSL("sk_X509_new_null", archivist_sk_X509_new_null())
        defer { archivist_sk_X509_free(untrusted) }
        for intermediate in intermediates {
            try openSSL("sk_X509_push", archivist_sk_X509_push(untrusted, intermediate.pointer))
        }
        let context = try openSSL("X509_STORE_CTX_new", X509_STORE_CTX_new())
        defer { X509_STORE_CTX_free(context) }
        try openSSL("X509_STORE_CTX_init", X509_STORE_CTX_init(context, store, certificate.pointer, untrusted))
        X509_STORE_CTX_set_time(context, 0, time_t(time.timeIntervalSince1970))
        if X509_verify_cert(context) == 1 { return nil }
        discardOpenSSLErrors()
        let code = X509_STORE_CTX_get_error(context)
        return String(cString: X509_verify_cert_error_string(Int(code)))
    }
}
