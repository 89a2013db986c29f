import Foundation

/// Signs with the archive's identity: PAdES on PDFs, detached CMS on records.
public protocol DocumentSigner: Sendable {
    /// Who signs, for events and reports (subject of the certificate; never key material).
    var signerDescription: String { get }
    /// Adds a PAdES signature to a PDF by incremental update and returns the signed file.
    func signPDF(_ pdf: Data, reason: String) async throws -> Data
    /// A detached CMS signature (DER) over the bytes.
    func signDetached(_ content: Data) async throws -> Data
}
