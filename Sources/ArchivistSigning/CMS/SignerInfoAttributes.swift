import COpenSSL
import Foundation

/// Reads attributes of a `CMS_SignerInfo` owned by a `CMSContentInfo`.
enum SignerInfoAttributes {
    /// The signed signing-time attribute.
    static func signingTime(of signerInfo: OpaquePointer) -> Date? {
        let index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1)
        guard index >= 0, let attribute = CMS_signed_get_attr(signerInfo, index),
              let value = X509_ATTRIBUTE_get0_type(attribute, 0) else { return nil }
        guard value.pointee.type == V_ASN1_UTCTIME || value.pointee.type == V_ASN1_GENERALIZEDTIME else { return nil }
        return Certificate.date(UnsafePointer(OpaquePointer(value.pointee.value.utctime)))
    }

    /// The DER of the unsigned signature-time-stamp attribute's token.
    static func timestampToken(of signerInfo: OpaquePointer) -> Data? {
        let index = CMS_unsigned_get_attr_by_NID(signerInfo, NID_id_smime_aa_timeStampToken, -1)
        guard index >= 0, let attribute = CMS_unsigned_get_attr(signerInfo, index),
              let value = X509_ATTRIBUTE_get0_type(attribute, 0), value.pointee.type == V_ASN1_SEQUENCE,
              let string = value.pointee.value.sequence else { return nil }
        return Data(bytes: ASN1_STRING_get0_data(string), count: Int(ASN1_STRING_length(string)))
    }
}
