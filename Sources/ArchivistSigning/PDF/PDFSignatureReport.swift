import Foundation

/// What verifying one signature in a PDF found.
public struct PDFSignatureReport: Sendable {
    /// The signature field's /T, when it has one.
    public let fieldName: String?
    public let subFilter: String?
    public let coverage: ByteRangeCoverage
    /// The CMS check (integrity and trust); nil when the /Contents could not be read.
    public let cms: CMSVerification?
    /// The /M entry of the signature dictionary (the signer's claim).
    public let claimedSigningTime: Date?
    /// Everything wrong; empty for a valid signature.
    public let problems: [String]

    public var isValid: Bool { problems.isEmpty }
    public var signerSubject: String? { cms?.signerSubject }
    /// The best time known: a timestamp, else the signed-attribute time, else /M.
    public var signingTime: Date? { cms?.timestampTime ?? cms?.signingTime ?? claimedSigningTime }
}
