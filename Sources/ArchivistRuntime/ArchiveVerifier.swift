import ArchivistCatalog
import ArchivistCore
import ArchivistExport
import ArchivistSigning
import Foundation

/// One check `archivist verify` made, and its outcome.
public struct VerificationCheck: Sendable, Codable, Hashable {
    public var documentID: Int64?
    public var document: String
    public var check: String
    public var passed: Bool
    public var detail: String

    public init(documentID: Int64?, document: String, check: String, passed: Bool, detail: String) {
        self.documentID = documentID
        self.document = document
        self.check = check
        self.passed = passed
        self.detail = detail
    }
}

/// Re-checks what the archive holds: every stored object against its recorded SHA-256, every
/// PDF signature (byte-range coverage, CMS, chain to the trust anchors), every metadata
/// signature, and the audit trail's hash chain. One document at a time, in constant memory;
/// the outcome of each document is appended to its audit trail.
public struct ArchiveVerifier: Sendable {
    let workspace: Workspace
    let catalog: SQLiteCatalog
    let trust: TrustAnchors
    let hasher = SHA256Hasher()

    public init(workspace: Workspace, catalog: SQLiteCatalog) throws {
        self.workspace = workspace
        self.catalog = catalog
        trust = try SigningKeys(workspace: workspace).trustAnchors()
    }

    /// Checks the given documents (all when nil); `progress` is told (done, total) as it goes.
    public func verify(documentIDs: [Int64]?, progress: (Int, Int) -> Void) async throws -> [VerificationCheck] {
        var ids = documentIDs ?? []
        if documentIDs == nil { ids = try await catalog.documents(includeRestricted: true).map(\.id) }
        var checks: [VerificationCheck] = []
        for (index, id) in ids.enumerated() {
            guard let detail = try await catalog.document(id: id) else {
                checks.append(VerificationCheck(documentID: id, document: "?", check: "document", passed: false, detail: "no document \(id)"))
                continue
            }
            let results = verify(detail)
            checks += results
            let failed = results.filter { !$0.passed }
            try await catalog.appendEvent(documentID: id, ArchiveEvent(
                type: .fixityCheck, agent: IngestJob.agent, outcome: failed.isEmpty ? .success : .failure,
                detail: failed.isEmpty ? "\(results.count) check(s) passed" : failed.map { "\($0.check): \($0.detail)" }.joined(separator: "; ")))
            progress(index + 1, ids.count)
        }
        let chain = try await catalog.verifyAuditChain()
        checks.append(VerificationCheck(documentID: nil, document: "(catalog)", check: "audit trail", passed: chain.isIntact,
                                        detail: chain.firstBroken.map { "row \($0) \(chain.problem ?? "")" } ?? "\(chain.rows) rows chained"))
        return checks
    }

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

    private func verify(_ detail: DocumentDetail) -> [VerificationCheck] {
        let name = detail.summary.name
        func check(_ what: String, _ passed: Bool, _ text: String) -> VerificationCheck {
            VerificationCheck(documentID: detail.summary.id, document: name, check: what, passed: passed, detail: text)
        }
        var checks = detail.files.map { file in fixity("original \((file.name as NSString).lastPathComponent)", file.sha256, check) }
        checks += detail.derivatives.sorted { $0.key.rawValue < $1.key.rawValue }.map { fixity($0.key.rawValue, $0.value.sha256, check) }
        if let signed = detail.derivatives[.signedPDF] {
            checks.append(pdfSignature(workspace.objectURL(for: signed.sha256), check))
        }
        if let record = detail.derivatives[.metadataRecord], let signature = detail.derivatives[.metadataSignature] {
            checks.append(metadataSignature(record: record, signature: signature, check))
        }
        return checks
    }

    private func fixity(_ what: String, _ sha256: String, _ check: (String, Bool, String) -> VerificationCheck) -> VerificationCheck {
        let url = workspace.objectURL(for: sha256)
        do {
            let actual = try hasher.sha256(ofFileAt: url).sha256
            return check("fixity: \(what)", actual == sha256, actual == sha256 ? "sha256 ok" : "sha256 is \(actual), recorded \(sha256)")
        } catch {
            return check("fixity: \(what)", false, "\(url.path): \(error)")
        }
    }

    private func pdfSignature(_ url: URL, _ check: (String, Bool, String) -> VerificationCheck) -> VerificationCheck {
        do {
            let reports = try PDFSignatureVerifier(trustAnchors: trust).verify(Data(contentsOf: url))
            guard !reports.isEmpty else { return check("PDF signature", false, "the signed PDF has no signature") }
            let problems = reports.flatMap(\.problems)
            let signer = reports.last?.signerSubject ?? "?"
            return check("PDF signature", problems.isEmpty,
                         problems.isEmpty ? "\(reports.count) signature(s) valid, whole file covered; signer \(signer)" : problems.joined(separator: "; "))
        } catch {
            return check("PDF signature", false, "\(error)")
        }
    }

    private func metadataSignature(record: StoredObject, signature: StoredObject,
                                   _ check: (String, Bool, String) -> VerificationCheck) -> VerificationCheck {
        do {
            let result = try CMSSignatureVerifier(trustAnchors: trust).verify(
                signature: Data(contentsOf: workspace.objectURL(for: signature.sha256)),
                content: Data(contentsOf: workspace.objectURL(for: record.sha256)))
            let problem = [result.integrityProblem, result.trustProblem, result.timestampProblem].compactMap { $0 }.joined(separator: "; ")
            return check("metadata signature", result.isValid, result.isValid ? "CMS valid; signer \(result.signerSubject ?? "?")" : problem)
        } catch {
            return check("metadata signature", false, "\(error)")
        }
    }
}
