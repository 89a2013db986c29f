import Foundation

/// What checking one CMS signature found.
public struct CMSVerification: Sendable {
    /// The signed content's digest matches and the signature value verifies.
    public let isIntact: Bool
    /// nil when the signer chains to a trust anchor; else OpenSSL's reason.
    public let trustProblem: String?
    public let signerSubject: String?
    /// The signer's claimed signing-time attribute, when present.
    public let signingTime: Date?
    /// The time in the RFC 3161 signature timestamp, when present.
    public let timestampTime: Date?
    /// What made `isIntact` false.
    public let integrityProblem: String?
    /// nil when there is no timestamp or it verifies (imprint = the signature value's
    /// SHA-256, TSA signature, TSA chain to the trust anchors); else the reason.
    public let timestampProblem: String?
    /// The SignerInfo's signature value (what a signature timestamp stamps).
    public let signatureValue: Data?
    /// The unsigned signature-time-stamp token (DER), when present.
    public let timestampToken: Data?

    public var isValid: Bool { isIntact && trustProblem == nil && timestampProblem == nil }
}
