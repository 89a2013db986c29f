import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistExport
import ArchivistSigning
import ArchivistTestSupport
import Foundation
import Testing

/// Ingests one page through the default pipeline (signing included) and returns the box.
private func signedBox() async throws -> (TestBox, DocumentDetail) {
    let box = try TestBox()
    try box.add("box-02/memo-handover-2025.png")
    let report = try await box.ingest(jobs: 1)
    #expect(report.failures.isEmpty)
    let catalog = try box.catalog()
    let id = try #require(try await catalog.documents(includeRestricted: true).first?.id)
    return (box, try #require(try await catalog.document(id: id)))
}

@Test(.enabled(if: ExternalTool.path("pdfsig") != nil, "needs pdfsig (apt poppler-utils) as the outside judge"))
func signedPDFIsAcceptedByPdfsigAndOurVerifier() async throws {
    let (box, detail) = try await signedBox()
    let signed = try #require(detail.derivatives[.signedPDF])
    let pdf = box.workspace.objectURL(for: signed.sha256)
    let pdfsig = try ExternalTool.run(ExternalTool.path("pdfsig")!, [pdf.path])
    #expect(pdfsig.output.contains("Signature is Valid.") && pdfsig.output.contains("Total document signed"), "\(pdfsig.output)")
    if let pyhanko = ExternalTool.path("pyhanko") {
        let judged = try ExternalTool.run(pyhanko, ["sign", "validate", "--pretty-print", "--trust", box.workspace.root.appendingPathComponent("keys/certificate.pem").path,
                                       "--trust-replace", "--no-revocation-check", pdf.path])
        #expect(judged.output.contains("The signature is judged VALID"), "\(judged.output)")
    }
    let checks = try await ArchiveVerifier(workspace: box.workspace, catalog: try box.catalog()).verify(documentIDs: nil) { _, _ in }
    #expect(checks.filter { !$0.passed }.isEmpty, "\(checks.filter { !$0.passed })")
    #expect(Set(checks.map(\.check)).isSuperset(of: ["PDF signature", "metadata signature", "audit trail"]))
}

@Test(.enabled(if: ExternalTool.path("openssl") != nil, "needs the openssl CLI as the outside judge"))
func metadataSignatureVerifiesWithOpenSSL() async throws {
    let (box, detail) = try await signedBox()
    let record = try #require(detail.derivatives[.metadataRecord]), signature = try #require(detail.derivatives[.metadataSignature])
    let result = try ExternalTool.run(ExternalTool.path("openssl")!, ["cms", "-verify", "-binary", "-inform", "DER", "-in", box.workspace.objectURL(for: signature.sha256).path,
                                            "-content", box.workspace.objectURL(for: record.sha256).path,
                                            "-CAfile", box.workspace.root.appendingPathComponent("keys/certificate.pem").path, "-out", "/dev/null"])
    #expect(result.status == 0, "\(result.output)")
    let json = try String(contentsOf: box.workspace.objectURL(for: record.sha256), encoding: .utf8)
    #expect(json.contains("\"document\":") && json.contains(detail.files[0].sha256))
}

@Test func flippedByteInAStoredObjectIsDetected() async throws {
    let (box, detail) = try await signedBox()
    let signed = try #require(detail.derivatives[.signedPDF])
    let url = box.workspace.objectURL(for: signed.sha256)
    chmod(url.path, 0o644)
    var bytes = try Data(contentsOf: url)
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: url)
    let checks = try await ArchiveVerifier(workspace: box.workspace, catalog: try box.catalog()).verify(documentIDs: nil) { _, _ in }
    let failed = checks.filter { !$0.passed }.map(\.check)
    #expect(failed.contains("fixity: signed-pdf"))
    #expect(failed.contains("PDF signature"))
}

@Test(.enabled(if: ExternalTool.path("sqlite3") != nil, "needs the sqlite3 CLI to edit the catalog by hand"))
func auditRowsDeletedOrEditedByHandAreNamed() async throws {
    let (box, _) = try await signedBox()
    let catalog = box.workspace.catalogURL.path
    #expect(try await box.catalog().verifyAuditChain().isIntact)

    #expect(try ExternalTool.run(ExternalTool.path("sqlite3")!, [catalog, "UPDATE events SET detail = 'nothing happened' WHERE id = 3"]).status == 0)
    var result = try await box.catalog().verifyAuditChain()
    #expect(result.firstBroken == 3 && result.problem?.contains("edited") == true)

    let box2 = try await signedBox().0
    #expect(try ExternalTool.run(ExternalTool.path("sqlite3")!, [box2.workspace.catalogURL.path, "DELETE FROM events WHERE id = 4"]).status == 0)
    result = try await box2.catalog().verifyAuditChain()
    #expect(result.firstBroken == 5 && result.problem?.contains("does not link") == true)
}

@Test func exportedBagIsValidForBagitPythonAndOurValidatorAndItsMETSForItsSchemas() async throws {
    let (box, detail) = try await signedBox()
    let bag = box.root.appendingPathComponent("export-bag")
    var job = ExportJob(workspace: box.workspace, format: .bagit, output: bag, organization: "Lưu trữ Tỉnh ủy",
                        access: RestrictedAccess(operatorName: "lan", includeRestricted: false))
    job.includeOriginals = true
    _ = try await job.run(documentIDs: [detail.summary.id]) { _, _ in }
    #expect(BagValidator(digester: OpenSSLDigester()).validate(bagAt: bag).isValid)
    let payload = try FileManager.default.subpathsOfDirectory(atPath: bag.appendingPathComponent("data").path)
    #expect(payload.contains { $0.hasSuffix("document.pdf") } && payload.contains { $0.hasSuffix("metadata.p7s") })
    #expect(payload.contains { $0.contains("original-1-memo-handover-2025.png") })
    if let bagit = ExternalTool.path("bagit.py") {
        let result = try ExternalTool.run(bagit, ["--validate", bag.path])
        #expect(result.status == 0, "\(result.output)")
    }
    if let xmllint = ExternalTool.path("xmllint") {
        let schema = Samples.root.deletingLastPathComponent().appendingPathComponent("Tests/ArchivistExportTests/Schemas/archivist-mets.xsd")
        let result = try ExternalTool.run(xmllint, ["--nonet", "--noout", "--schema", schema.path, bag.appendingPathComponent("data/mets.xml").path])
        #expect(result.status == 0, "\(result.output)")
    }
    let events = try #require(try await box.catalog().document(id: detail.summary.id)?.events.map(\.type))
    #expect(events.last == .dissemination)
}
