import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

@Test func onlyAToiMatReviewerMayListTheQuarantineAndEachRefusalIsLogged() async throws {
    let documents = try await MarkedDocuments()
    let action = QuarantineReview.action
    await #expect(throws: ClearanceRequired(operatorName: "eve", held: nil, needed: .toiMat, action: action)) {
        try await QuarantineReview(operatorName: "eve").documents(in: documents.catalog)
    }
    try await documents.catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    try await documents.catalog.grantClearance(.mat, to: "bob", by: "chief")
    await #expect(throws: ClearanceRequired(operatorName: "bob", held: .mat, needed: .toiMat, action: action)) {
        try await QuarantineReview(operatorName: "bob").documents(in: documents.catalog)
    }
    let refusals = try await documents.events(documents.tuyetMat).filter { $0.type == EventType.accessDenied }
    #expect(refusals.map(\.agent) == ["operator eve", "operator bob"])
    #expect(refusals.last?.detail == "\(action) refused: needs Tối mật, bob holds mat")
    for id in documents.all {
        #expect(try await !documents.events(id).contains { $0.type == EventType.displaying })
    }
    #expect(try await documents.catalog.verifyAuditChain().isIntact)
}

@Test func theQuarantineListShowsTheEvidenceForTheMarkButNeverTheText() async throws {
    let documents = try await MarkedDocuments()
    try await documents.catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    let listed = try await QuarantineReview(operatorName: "chief").documents(in: documents.catalog)
    #expect(listed.map(\.id) == [documents.tuyetMat])
    let document = try #require(listed.first)
    #expect(document.name == "chi-thi" && document.fonds == "F1" && document.boxes == ["box-01"] && document.status == .quarantined)
    #expect(document.files.count == 1 && document.files[0].hasSuffix("chi-thi.tif"), "\(document.files)")
    #expect(document.mark.value == .tuyetMat && document.mark.confidence == 0.95)
    #expect(document.mark.evidence == Evidence(text: "Tuyệt mật", page: 1, rule: "test"))
    let json = String(decoding: try JSONEncoder().encode(listed), as: UTF8.self)
    #expect(!json.contains("Hội") && !json.contains("Thường vụ"), "\(json)")   // the page's text

    let shown = try #require(try await documents.events(documents.tuyetMat).last)
    #expect(shown.type == EventType.displaying && shown.agent == "operator chief")
    #expect(shown.detail.contains("not the text") && shown.detail.contains("cleared toi-mat"), "\(shown.detail)")
    for id in [documents.open, documents.mat, documents.toiMat] {
        #expect(try await !documents.events(id).contains { $0.type == EventType.displaying })
    }
}

@Test func aCorrectionNeedsAClearanceForTheMarkBeforeAndAfter() async throws {
    let documents = try await MarkedDocuments()
    let catalog = documents.catalog
    try await catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    try await catalog.grantClearance(.mat, to: "bob", by: "chief")
    func correct(_ id: Int64, _ field: String, _ value: String, by name: String) async throws {
        try await MetadataCorrection(field: field, value: value, operatorName: name).apply(to: id, in: catalog)
    }
    // Refused, changing nothing: a Tối mật document, a raise to Tối mật, the quarantine, for a Mật holder.
    for (id, field, value) in [(documents.toiMat, "subject", "Hội nghị"), (documents.mat, "confidentiality", "Tối mật"),
                               (documents.tuyetMat, "confidentiality", "-"), (documents.open, "confidentiality", "Tuyệt mật")] {
        let before = try await catalog.document(id: id)?.metadata
        await #expect(throws: ClearanceRequired.self) { try await correct(id, field, value, by: "bob") }
        #expect(try await catalog.document(id: id)?.metadata == before)
        let last = try #require(try await documents.events(id).last)
        #expect(last.type == EventType.accessDenied && last.agent == "operator bob", "\(last)")
        #expect(last.detail == "correct \(field) of document \(id) refused: needs Tối mật, bob holds mat")
    }
    // Allowed: the Mật document, and an open one marked Mật, by bob; any open field by anyone.
    try await correct(documents.mat, "subject", "Kế hoạch hội nghị", by: "bob")
    try await correct(documents.open, "date", "2025-05-14", by: "eve")
    try await correct(documents.open, "confidentiality", "Mật", by: "bob")
    #expect(try await catalog.document(id: documents.open)?.summary.access == .restricted)
    for (id, name) in [(documents.mat, "bob"), (documents.open, "bob")] {
        let last = try #require(try await documents.events(id).last)
        #expect(last.type == EventType.metadataModification && last.agent == "operator \(name)")
    }
    #expect(try await documents.events(documents.open).contains { $0.agent == "operator eve" && $0.detail == "date: - → 2025-05-14" })
    #expect(try await catalog.verifyAuditChain().isIntact)
}

/// A page read as TUYỆT MẬT by the real pipeline is quarantined; a toi-mat reviewer sees the
/// evidence, corrects the mark, and the same ingest run again completes the document.
@Test(.enabled(if: TopSecretScan.isAvailable, Comment(rawValue: TopSecretScan.missing)))
func aMisreadTuyetMatDocumentIsReleasedByACorrectionAndTheNextRunCompletesIt() async throws {
    let box = try TestBox()
    try TopSecretScan.draw(in: box.box)
    let first = try await box.ingest(jobs: 1)
    #expect(first.quarantined.count == 1 && first.failures.isEmpty, "\(first)")
    let catalog = try box.catalog()
    let id = try #require(try await catalog.documents(includeRestricted: true).first?.id)
    #expect(try await catalog.document(id: id)?.derivatives[.signedPDF] == nil)

    try await catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    let listed = try await QuarantineReview(operatorName: "chief").documents(in: catalog)
    let mark = try #require(listed.first?.mark)
    #expect(listed.map(\.id) == [id] && listed[0].boxes == ["box-09"])
    #expect(mark.value == .tuyetMat && mark.evidence.page == 1, "\(mark)")
    #expect(mark.evidence.text?.uppercased().contains("MẬT") == true, "\(mark)")
    #expect(mark.evidence.rule.hasPrefix("header.mark"), "\(mark)")

    let outcome = try await MetadataCorrection(field: "confidentiality", value: "-", operatorName: "chief").apply(to: id, in: catalog)
    #expect(outcome.status == .classified && outcome.releasedFromQuarantine)
    #expect(try await QuarantineReview(operatorName: "chief").documents(in: catalog).isEmpty)

    let second = try await box.ingest(jobs: 1)
    #expect(second.quarantined.isEmpty && second.failures.isEmpty && second.documentsResumed == 1, "\(second)")
    let detail = try #require(try await catalog.document(id: id))
    #expect(detail.summary.status == .cataloged && detail.summary.access == .open)
    let signed = try #require(detail.derivatives[.signedPDF])
    let pdf = box.workspace.objectURL(for: signed.sha256)
    #expect(FileManager.default.fileExists(atPath: pdf.path))
    if let pdfsig = ExternalTool.path("pdfsig") {   // the outside judge of the signature, where installed
        let verdict = try ExternalTool.run(pdfsig, [pdf.path]).output
        #expect(verdict.contains("Signature is Valid.") && verdict.contains("Total document signed"), "\(verdict)")
    }
    #expect(detail.metadata?.confidentiality.evidence.rule == "reviewer: chief")
    #expect(detail.events.contains { $0.type == .metadataModification && $0.agent == "operator chief" && $0.detail.contains("released from quarantine") })
    let audit = try await AuditTrailVerifier(workspace: box.workspace, catalog: catalog).verify()
    #expect(audit.isIntact, "\(audit.problems)")
}

/// The CLI end to end: refusals exit 1 saying "access denied"; the cleared reviewer's listing
/// shows the evidence and not the text; the correction names its operator; the trail verifies.
@Test func cliListsTheQuarantineForAToiMatReviewerAndCorrectsByOperator() async throws {
    let documents = try await MarkedDocuments()
    try await documents.catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    try await documents.catalog.grantClearance(.mat, to: "bob", by: "chief")
    let logs = try Samples.scratchFolder()
    func archivist(_ arguments: [String], operator name: String) throws -> ArchivistBinary.Run {
        try ArchivistBinary.run(arguments + ["--workspace", documents.box.workspace.root.path], logsIn: logs,
                                environment: [OperatorName.environmentVariable: name])
    }
    let refused = try archivist(["list", "--quarantined"], operator: "bob")
    #expect(refused.status == 1 && refused.stdout.isEmpty, "\(refused)")
    #expect(refused.stderr.contains("access denied") && refused.stderr.contains("clearance grant bob --level toi-mat"), "\(refused)")

    let listed = try archivist(["list", "--quarantined"], operator: "chief")
    #expect(listed.status == 0, "\(listed)")
    #expect(listed.stdout.contains("chi-thi") && listed.stdout.contains("\"Tuyệt mật\"") && listed.stdout.contains("box-01"), "\(listed)")
    #expect(!listed.stdout.contains("Hội nghị") && !listed.stdout.contains("thong-bao"), "\(listed)")
    let json = try archivist(["list", "--quarantined", "--json", "--operator", "chief"], operator: "bob")
    let decoded = try JSONDecoder().decode([QuarantinedDocument].self, from: Data(json.stdout.utf8))
    #expect(decoded.map(\.id) == [documents.tuyetMat] && decoded.first?.mark.evidence.page == 1, "\(json)")

    let id = "\(documents.tuyetMat)"
    let denied = try archivist(["correct", id, "--field", "confidentiality", "--value", "-"], operator: "bob")
    #expect(denied.status == 1 && denied.stderr.contains("access denied"), "\(denied)")
    let corrected = try archivist(["correct", id, "--field", "confidentiality", "--value", "Mật"], operator: "chief")
    #expect(corrected.status == 0, "\(corrected)")
    #expect(corrected.stdout.contains("by chief") && corrected.stdout.contains("leaves quarantine"), "\(corrected)")
    let last = try #require(try await documents.events(documents.tuyetMat).last)
    #expect(last.type == EventType.metadataModification && last.agent == "operator chief")
    #expect(last.detail.hasPrefix("confidentiality: Tuyệt mật → Mật"), "\(last.detail)")
    #expect(try archivist(["audit", "verify"], operator: "chief").status == 0)
}
