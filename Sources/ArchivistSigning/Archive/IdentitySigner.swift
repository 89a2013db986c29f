import ArchivistCore
import Foundation

/// The archive's `DocumentSigner`: PAdES B-B (B-T with a timestamp authority) on PDFs and
/// detached CMS on records, with one identity. The identity is checked before every signature.
public struct IdentitySigner: DocumentSigner {
    public let identity: SigningIdentity
    public let timestampAuthority: TimestampAuthority?

    public init(identity: SigningIdentity, timestampAuthority: TimestampAuthority? = nil) {
        self.identity = identity
        self.timestampAuthority = timestampAuthority
    }

    public var signerDescription: String { identity.certificate.subject }

    public func signPDF(_ pdf: Data, reason: String) async throws -> Data {
        try await PDFSigner(identity: identity, timestampAuthority: timestampAuthority).sign(pdf, details: .init(reason: reason))
    }

    public func signDetached(_ content: Data) async throws -> Data {
        try await CMSSigner(identity: identity).signature(over: content, timestampAuthority: timestampAuthority)
    }
}
