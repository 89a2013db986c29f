import COpenSSL
import Foundation

/// An RFC 3161 TimeStampReq (owns its `TS_REQ`): SHA-256 imprint, random nonce,
/// asking for the TSA's certificate.
final class TimestampRequest {
    let pointer: OpaquePointer

    init(digest: Data) throws {
        pointer = try openSSL("TS_REQ_new", TS_REQ_new())
        try openSSL("TS_REQ_set_version", TS_REQ_set_version(pointer, 1))
        let imprint = try openSSL("TS_MSG_IMPRINT_new", TS_MSG_IMPRINT_new())
        defer { TS_MSG_IMPRINT_free(imprint) }
        let algorithm = try openSSL("X509_ALGOR_new", X509_ALGOR_new())
        defer { X509_ALGOR_free(algorithm) }
        try openSSL("X509_ALGOR_set0", X509_ALGOR_set0(algorithm, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nil))
        try openSSL("TS_MSG_IMPRINT_set_algo", TS_MSG_IMPRINT_set_algo(imprint, algorithm))
        var bytes = [UInt8](digest)
        try openSSL("TS_MSG_IMPRINT_set_msg", TS_MSG_IMPRINT_set_msg(imprint, &bytes, Int32(bytes.count)))
        try openSSL("TS_REQ_set_msg_imprint", TS_REQ_set_msg_imprint(pointer, imprint))
        let random = try openSSL("BN_new", BN_new())
        defer { BN_free(random) }
        try openSSL("BN_rand", BN_rand(random, 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        let nonce = try openSSL("BN_to_ASN1_INTEGER", BN_to_ASN1_INTEGER(random, nil))
        defer { ASN1_INTEGER_free(nonce) }
        try openSSL("TS_REQ_set_nonce", TS_REQ_set_nonce(pointer, nonce))
        try openSSL("TS_REQ_set_cert_req", TS_REQ_set_cert_req(pointer, 1))
    }

    deinit { TS_REQ_free(pointer) }

    var der: Data {
        get throws {
            let sink = try MemoryBIO()
            try openSSL("i2d_TS_REQ_bio", i2d_TS_REQ_bio(sink.pointer, pointer))
            return sink.contents
        }
    }

    /// Checks a TimeStampResp against this request (status, version, imprint, nonce;
    /// not the TSA's signature) and returns its token's DER.
    func token(from response: Data) throws -> Data {
        let source = try MemoryBIO(response)
        let reply = try openSSL("d2i_TS_RESP_bio", d2i_TS_RESP_bio(source.pointer, nil))
        defer { TS_RESP_free(reply) }
        let status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(reply)))
        guard status == 0 || status == 1, let token = TS_RESP_get_token(reply) else {
            throw TimestampError.rejected(status: Int(status))
        }
        let context = try openSSL("TS_REQ_to_TS_VERIFY_CTX", TS_REQ_to_TS_VERIFY_CTX(pointer, nil))
        defer { TS_VERIFY_CTX_free(context) }
        // The TSA's signature and chain are judged at verification, against its trust anchors.
        TS_VERIFY_CTX_set_flags(context, Int32(TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE))
        guard TS_RESP_verify_response(context, reply) == 1 else {
            throw TimestampError.mismatch(reason: OpenSSLError.drainQueue())
        }
        var output: UnsafeMutablePointer<UInt8>?
        let length = i2d_PKCS7(token, &output)
        guard length > 0, let output else { throw OpenSSLError(call: "i2d_PKCS7", reason: OpenSSLError.drainQueue()) }
        defer { archivist_OPENSSL_free(output) }
        return Data(bytes: output, count: Int(length))
    }
}
