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
    /// The time in an RFC 3161 signature timestamp, when present (not yet verified here).
    public let timestampTime: Date?
    /// What made `isIntact` false.
    public let integrityProblem: String?

    public var isValid: Bool { isIntact && trustProblem == nil }
}
