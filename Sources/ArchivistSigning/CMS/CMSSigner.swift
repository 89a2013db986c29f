import COpenSSL
import Foundation

/// Makes detached CMS SignedData (CAdES-BES style): SHA-256, signed attributes
/// content-type, message-digest, ESS signing-certificate-v2 and, when asked,
/// signing-time; the signer's certificate and chain included. DER output.
public struct CMSSigner: Sendable {
    public let identity: SigningIdentity

    public init(identity: SigningIdentity) { self.identity = identity }

    /// A detached signature over `content` (a `.p7s`). PAdES leaves `signingTime`
    /// nil: its time lives in the signature dictionary's /M.
    public func signature(over content: Data, signingTime: Date? = Date()) throws -> Data {
        try signedData(digest: SHA256Digest.of(content), signingTime: signingTime).der
    }

    /// The same, with an RFC 3161 timestamp on the signature value as the unsigned
    /// attribute signature-time-stamp (CAdES-T / PAdES B-T).
    public func signature(over content: Data, signingTime: Date? = Date(),
                          timestampAuthority: TimestampAuthority?) async throws -> Data {
        let signed = try signedData(digest: SHA256Digest.of(content), signingTime: signingTime)
        if let timestampAuthority {
            guard let signerInfo = signed.signerInfos.first else { throw OpenSSLError(call: "CMS_add1_signer", reason: "no SignerInfo") }
            let value = try Self.signatureValue(of: signerInfo)
            let token = try await timestampAuthority.timestampToken(forDigest: SHA256Digest.of(value))
            try token.withUnsafeBytes { bytes in
                try openSSL("CMS_unsigned_add1_attr_by_NID", CMS_unsigned_add1_attr_by_NID(
                    signerInfo, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, bytes.baseAddress, Int32(bytes.count)))
            }
        }
        return try signed.der
    }

    /// Builds the SignedData by hand around OpenSSL's structures: `CMS_final` would
    /// add a signing-time attribute, which PAdES baseline signatures must not carry.
    func signedData(digest: Data, signingTime: Date?) throws -> CMSContentInfo {
        try identity.check(at: Date())  // an unusable identity signs nothing
        let flags = UInt32(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL)
        let signed = CMSContentInfo(taking: try openSSL("CMS_sign", CMS_sign(nil, nil, nil, nil, flags)))
        let signerInfo = try openSSL("CMS_add1_signer", CMS_add1_signer(
            signed.pointer, identity.certificate.pointer, identity.key.pointer, EVP_sha256(),
            flags | UInt32(CMS_NOSMIMECAP | CMS_CADES)))
        for certificate in identity.chain {
            try openSSL("CMS_add1_cert", CMS_add1_cert(signed.pointer, certificate.pointer))
        }
        try digest.withUnsafeBytes { bytes in
            try openSSL("CMS_signed_add1_attr_by_NID", CMS_signed_add1_attr_by_NID(
                signerInfo, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, bytes.baseAddress, Int32(bytes.count)))
        }
        try openSSL("CMS_signed_add1_attr_by_NID", CMS_signed_add1_attr_by_NID(
            signerInfo, NID_pkcs9_contentType, V_ASN1_OBJECT, UnsafeRawPointer(OBJ_nid2obj(NID_pkcs7_data)), -1))
        if let signingTime {
            let time = try openSSL("ASN1_TIME_set", ASN1_TIME_set(nil, time_t(signingTime.timeIntervalSince1970)))
            defer { ASN1_TIME_free(time) }
            try openSSL("CMS_signed_add1_attr_by_NID", CMS_signed_add1_attr_by_NID(
                signerInfo, NID_pkcs9_signingTime, Int32(time.pointee.type), UnsafeRawPointer(time), -1))
        }
        let value = try identity.key.signSHA256(Self.encodedSignedAttributes(signerInfo))
        let slot = try openSSL("CMS_SignerInfo_get0_signature", CMS_SignerInfo_get0_signature(signerInfo))
        try value.withUnsafeBytes { bytes in
            try openSSL("ASN1_STRING_set", ASN1_STRING_set(slot, bytes.baseAddress, Int32(bytes.count)))
        }
        return signed
    }

    /// The signed attributes as the DER SET OF the signature covers: each attribute
    /// encoded, sorted by encoding (DER's SET OF order, as OpenSSL writes them).
    static func encodedSignedAttributes(_ signerInfo: OpaquePointer) throws -> Data {
        var encodings: [[UInt8]] = []
        for index in 0..<CMS_signed_get_attr_count(signerInfo) {
            let attribute = try openSSL("CMS_signed_get_attr", CMS_signed_get_attr(signerInfo, index))
            var output: UnsafeMutablePointer<UInt8>?
            let length = i2d_X509_ATTRIBUTE(attribute, &output)
            guard length > 0, let output else { throw OpenSSLError(call: "i2d_X509_ATTRIBUTE", reason: "no output") }
            encodings.append(Array(UnsafeBufferPointer(start: output, count: Int(length))))
            archivist_OPENSSL_free(output)
        }
        encodings.sort { $0.lexicographicallyPrecedes($1) }
        return DER.encode(tag: 0x31, Data(encodings.joined()))
    }

    static func signatureValue(of signerInfo: OpaquePointer) throws -> Data {
        let slot = try openSSL("CMS_SignerInfo_get0_signature", CMS_SignerInfo_get0_signature(signerInfo))
        return Data(bytes: ASN1_STRING_get0_data(slot), count: Int(ASN1_STRING_length(slot)))
    }
}
