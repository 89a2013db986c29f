import COpenSSL
import Foundation

/// An RFC 3161 TimeStampToken (owns its `PKCS7`) and its TSTInfo.
final class TimestampToken {
    let pointer: UnsafeMutablePointer<PKCS7>
    let info: OpaquePointer

    init(der: Data) throws {
        let pointer = der.withUnsafeBytes { bytes -> UnsafeMutablePointer<PKCS7>? in
            var start = bytes.bindMemory(to: UInt8.self).baseAddress
            return d2i_PKCS7(nil, &start, bytes.count)
        }
        self.pointer = try openSSL("d2i_PKCS7", pointer)
        guard let info = PKCS7_to_TS_TST_INFO(self.pointer) else {
            PKCS7_free(self.pointer)
            throw OpenSSLError(call: "PKCS7_to_TS_TST_INFO", reason: OpenSSLError.drainQueue())
        }
        self.info = info
    }

    deinit {
        TS_TST_INFO_free(info)
        PKCS7_free(pointer)
    }

    var generationTime: Date? {
        guard let time = TS_TST_INFO_get_time(info) else { return nil }
        return Certificate.date(time)
    }

    /// The digest the token stamps.
    var imprint: Data {
        guard let imprint = TS_TST_INFO_get_msg_imprint(info), let digest = TS_MSG_IMPRINT_get_msg(imprint) else { return Data() }
        return Data(bytes: ASN1_STRING_get0_data(digest), count: Int(ASN1_STRING_length(digest)))
    }

    /// nil when this token stamps SHA-256(`value`) and its signature verifies with a
    /// chain to `trustAnchors`; else the reason.
    func problem(stamping value: Data, trustAnchors: TrustAnchors) throws -> String? {
        let context = try openSSL("TS_VERIFY_CTX_new", TS_VERIFY_CTX_new())
        defer { TS_VERIFY_CTX_free(context) }
        TS_VERIFY_CTX_set_flags(context, Int32(TS_VFY_IMPRINT | TS_VFY_SIGNATURE))
        let digest = try SHA256Digest.of(value)
        let copy = digest.withUnsafeBytes { archivist_OPENSSL_memdup($0.baseAddress, $0.count) }
        TS_VERIFY_CTX_set_imprint(context, copy, Int(digest.count))  // takes ownership
        TS_VERIFY_CTX_set_store(context, try trustAnchors.makeStore())  // freed with the context
        if TS_RESP_verify_token(context, pointer) == 1 { return nil }
        return OpenSSLError.drainQueue()
    }
}
