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
}
