import ArchivistCore
import Foundation

/// The archive's `DocumentSigner`: PAdES B-B (B-T with a timestamp authority) on PDFs and
/// detached CMS on records, with one identity. The identity is checked before every signature.
public struct IdentitySigner: DocumentSigner {
    public let identity: SigningIdentity
    public let timestampAuthority: TimestampAuthority?
    /// The visible mark on signed PDFs; nil signs them invisibly.
    public let visibleMark: VisibleMark?

    public init(identity: SigningIdentity, timestampAuthority: TimestampAuthority? = nil, visibleMark: VisibleMark? = nil) {
        self.identity = identity
        self.timestampAuthority = timestampAuthority
        self.visibleMark = visibleMark
    }

    public var signerDescription: String { identity.certificate.subject }

    public func signPDF(_ pdf: Data, reason: String) async throws -> Data {
        try await PDFSigner(identity: identity, timestampAuthority: timestampAuthority, visibleMark: visibleMark)
            .sign(pdf, details: .init(reason: reason))
    }

    public func signDetached(_ content: Data) async throws -> Data {
        try await CMSSigner(identity: identity).signature(over: content, timestampAuthority: timestampAuthority)
    }
}
