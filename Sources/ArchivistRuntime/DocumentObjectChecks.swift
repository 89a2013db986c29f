import ArchivistCore
import ArchivistSigning
import Foundation

/// The checks of one document's stored objects: the fixity of each, its PDF signature and its
/// metadata signature. Each object is read once: the signed PDF, the metadata record and its
/// signature are hashed in memory and their signatures checked from the same bytes; the
/// others are hashed as they stream through OpenSSL.
struct DocumentObjectChecks: Sendable {
    let workspace: Workspace
    let trust: TrustAnchors
    private let hasher = SHA256Hasher()
    /// Objects whose signatures are checked after their digest, so they are read into memory.
    private static let readWhole: Set<DerivativeKind> = [.signedPDF, .metadataRecord, .metadataSignature]

    init(workspace: Workspace, trust: TrustAnchors) {
        self.workspace = workspace
        self.trust = trust
    }

    func check(_ document: DocumentObjects) -> [VerificationCheck] {
        func check(_ what: String, _ passed: Bool, _ text: String) -> VerificationCheck {
            VerificationCheck(documentID: document.id, document: document.name, check: what, passed: passed, detail: text)
        }
        var checks = document.files.map { file in
            fixity("original \((file.name as NSString).lastPathComponent)", file.sha256, bytes: nil, check)
        }
        var bytes: [DerivativeKind: Result<Data, any Error>] = [:]
        for (kind, object) in document.derivatives.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if Self.readWhole.contains(kind) { bytes[kind] = Result { try Data(contentsOf: workspace.objectURL(for: object.sha256)) } }
            checks.append(fixity(kind.rawValue, object.sha256, bytes: bytes[kind], check))
        }
        if let signed = bytes[.signedPDF] {
            checks.append(pdfSignature(signed, check))
        }
        if let record = bytes[.metadataRecord], let signature = bytes[.metadataSignature] {
            checks.append(metadataSignature(record: record, signature: signature, check))
        }
        return checks
    }

    /// Compares an object's SHA-256 with the recorded one: of `bytes` when they were read, else streamed from its file.
    private func fixity(_ what: String, _ sha256: String, bytes: Result<Data, any Error>?,
                        _ check: (String, Bool, String) -> VerificationCheck) -> VerificationCheck {
        let url = workspace.objectURL(for: sha256)
        do {
            let actual = try bytes.map { hasher.sha256(of: try $0.get()) } ?? hasher.sha256(ofFileAt: url).sha256
            return check("fixity: \(what)", actual == sha256, actual == sha256 ? "sha256 ok" : "sha256 is \(actual), recorded \(sha256)")
        } catch {
            return check("fixity: \(what)", false, "\(url.path): \(error)")
        }
    }

    private func pdfSignature(_ pdf: Result<Data, any Error>, _ check: (String, Bool, String) -> VerificationCheck) -> VerificationCheck {
        do {
            let reports = try PDFSignatureVerifier(trustAnchors: trust).verify(pdf.get())
            guard !reports.isEmpty else { return check("PDF signature", false, "the signed PDF has no signature") }
            let problems = reports.flatMap(\.problems)
            let signer = reports.last?.signerSubject ?? "?"
            return check("PDF signature", problems.isEmpty,
                         problems.isEmpty ? "\(reports.count) signature(s) valid, whole file covered; signer \(signer)" : problems.joined(separator: "; "))
        } catch {
            return check("PDF signature", false, "\(error)")
        }
    }

    private func metadataSignature(record: Result<Data, any Error>, signature: Result<Data, any Error>,
                                   _ check: (String, Bool, String) -> VerificationCheck) -> VerificationCheck {
        do {
            let result = try CMSSignatureVerifier(trustAnchors: trust).verify(signature: signature.get(), content: record.get())
            let problem = [result.integrityProblem, result.trustProblem, result.timestampProblem].compactMap { $0 }.joined(separator: "; ")
            return check("metadata signature", result.isValid, result.isValid ? "CMS valid; signer \(result.signerSubject ?? "?")" : problem)
        } catch {
            return check("metadata signature", false, "\(error)")
        }
    }
}
