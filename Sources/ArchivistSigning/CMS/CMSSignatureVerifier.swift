import COpenSSL
import Foundation

/// Checks detached CMS signatures (a `.p7s`, or a PDF signature's /Contents).
public struct CMSSignatureVerifier: Sendable {
    public let trustAnchors: TrustAnchors
    /// The time at which certificates must be valid; nil means now.
    public var validationTime: Date?

    public init(trustAnchors: TrustAnchors, validationTime: Date? = nil) {
        self.trustAnchors = trustAnchors
        self.validationTime = validationTime
    }

    /// Verifies `signature` (DER) over the content given in parts, concatenated.
    /// Throws only when the signature is not a readable CMS structure.
    public func verify(signature: Data, content: Data) throws -> CMSVerification {
        try content.withUnsafeBytes { try verify(signature: signature, content: $0) }
    }

    /// Verifies `signature` over bytes OpenSSL reads in place (a PDF's covered ranges, joined once).
    func verify(signature: Data, content bytes: UnsafeRawBufferPointer) throws -> CMSVerification {
        let signed = try CMSContentInfo(der: signature)
        guard let signerInfo = signed.signerInfos.first else {
            return CMSVerification(isIntact: false, trustProblem: "no signer", signerSubject: nil, signingTime: nil,
                                   timestampTime: nil, integrityProblem: "the CMS has no SignerInfo",
                                   timestampProblem: nil, signatureValue: nil, timestampToken: nil)
        }
        let content = try MemoryBIO(readingInPlace: bytes)
        let flags = UInt32(CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY)
        let intact = CMS_verify(signed.pointer, nil, nil, content.pointer, nil, flags) == 1
        let integrityProblem = intact ? nil : OpenSSLError.drainQueue()
        let certificates = signed.certificates
        var signerPointer: OpaquePointer?
        CMS_SignerInfo_get0_algs(signerInfo, nil, &signerPointer, nil, nil)
        let signer = signerPointer.map(Certificate.init(retaining:))
            ?? certificates.first { CMS_SignerInfo_cert_cmp(signerInfo, $0.pointer) == 0 }
        let signingTime = SignerInfoAttributes.signingTime(of: signerInfo)
        let signatureValue = try CMSSigner.signatureValue(of: signerInfo)
        let token = SignerInfoAttributes.timestampToken(of: signerInfo)
        var timestampTime: Date?
        var timestampProblem: String?
        if let token {
            do {
                let parsed = try TimestampToken(der: token)
                timestampTime = parsed.generationTime
                timestampProblem = try parsed.problem(stamping: signatureValue, trustAnchors: trustAnchors)
            } catch {
                timestampProblem = "unreadable timestamp token (\(error))"
            }
        }
        let trustProblem: String?
        if let signer {
            let time = validationTime ?? Date()
            trustProblem = try trustAnchors.chainProblem(for: signer, intermediates: certificates, at: time)
        } else {
            trustProblem = "the signer's certificate is not in the signature"
        }
        return CMSVerification(isIntact: intact, trustProblem: trustProblem, signerSubject: signer?.subject,
                               signingTime: signingTime, timestampTime: timestampTime, integrityProblem: integrityProblem,
                               timestampProblem: timestampProblem, signatureValue: signatureValue, timestampToken: token)
    }
}
