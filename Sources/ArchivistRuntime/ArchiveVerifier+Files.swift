import ArchivistCore
import ArchivistExport
import ArchivistSigning
import Foundation

extension ArchiveVerifier {
    /// Checks the signatures of any PDF, e.g. one received from elsewhere, against the given
    /// trust anchors (PEM) or the workspace's.
    public static func verifyPDF(_ file: URL, trust: URL?, workspace: Workspace) throws -> [VerificationCheck] {
        let anchors = try trust.map { try TrustAnchors(pemFile: $0) } ?? SigningKeys(workspace: workspace).trustAnchors()
        let reports = try PDFSignatureVerifier(trustAnchors: anchors).verify(Data(contentsOf: file))
        guard !reports.isEmpty else {
            return [VerificationCheck(documentID: nil, document: file.path, check: "PDF signature", passed: false, detail: "no signature in this PDF")]
        }
        return reports.map { report in
            let time = report.signingTime.map { ISO8601DateFormatter().string(from: $0) } ?? "?"
            return VerificationCheck(documentID: nil, document: file.path, check: "signature \(report.fieldName ?? "?")", passed: report.isValid,
                                     detail: report.isValid ? "valid; signer \(report.signerSubject ?? "?"), \(time)" : report.problems.joined(separator: "; "))
        }
    }

    /// Validates a BagIt bag (RFC 8493) with our validator: one check per issue, then the verdict.
    public static func verifyBag(_ folder: URL) -> [VerificationCheck] {
        let report = BagValidator(digester: OpenSSLDigester()).validate(bagAt: folder)
        let issues = report.issues.map { issue in
            VerificationCheck(documentID: nil, document: folder.path, check: issue.severity == .error ? "bag error" : "bag warning",
                              passed: issue.severity != .error, detail: "\(issue)")
        }
        return issues + [VerificationCheck(documentID: nil, document: folder.path, check: "BagIt \(report.version ?? "?")", passed: report.isValid,
                                           detail: report.isValid ? "valid: \(report.checkedFiles) file(s) checked" : "INVALID")]
    }
}
