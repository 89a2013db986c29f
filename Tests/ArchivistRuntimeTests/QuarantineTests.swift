@testable import ArchivistRuntime
import ArchivistCatalog
import ArchivistCore
import ArchivistOCR
import Foundation
import Testing

/// Marks every document Tuyệt mật, as the classify stage does on reading the mark.
private struct MarkTopSecret: Stage {
    static let name = "mark", version = 1, requires = ["ingest"], summary = "test", eventType = EventType.metadataExtraction
    struct Options: StageOptions { static let keys: [String] = []; init() {} }
    let services: Services
    init(options: Options, services: Services) { self.services = services }
    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        var metadata = DocumentMetadata()
        metadata.confidentiality = ExtractedField(value: .tuyetMat, confidence: 0.99, evidence: Evidence(rule: "test"))
        var state = document
        state.status = .quarantined
        try await services.catalog.saveMetadata(documentID: document.id!, metadata: metadata, status: .quarantined)
        return state
    }
    func eventDetail(for document: DocumentState) -> String { "marked" }
}

@Test func quarantinedDocumentGoesNoFurther() async throws {
    let box = try TestBox()
    try box.add("box-02/memo-handover-2025.png")
    let (report, catalog) = try await box.run { services in
        [IngestStage(options: .init(), services: services), MarkTopSecret(options: .init(), services: services),
         OCRStage(options: .init(), services: services)]
    }
    #expect(report.quarantined.count == 1)
    #expect(report.pagesRecognized == 0)
    let documents = try await catalog.documents(includeRestricted: true)
    #expect(documents.map(\.status) == [.quarantined])
    #expect(try await catalog.documents(includeRestricted: false).isEmpty)
    #expect(try await catalog.document(id: documents[0].id)?.completedStages.keys.sorted() == ["ingest", "mark"])
}

@Test func closedFondsRefusesLaterDocumentsUnlessOverridden() async throws {
    let box = try TestBox()
    try box.add("box-01/kl-45-hu.png") // issued 2019-08-20
    let catalog = try box.workspace.open()
    try await catalog.ensureFonds(code: "TEST", name: "Huyện ủy Dầu Tiếng")
    try await catalog.closeFonds(code: "TEST", on: "2019-01-01", decision: "Quyết định giải thể")
    let refused = try await box.ingest(jobs: 1)
    #expect(refused.failures.count == 1)
    #expect(refused.failures.first?.reason.contains("after fonds TEST closed on 2019-01-01") == true)

    var job = IngestJob(paths: [box.box.path], fonds: "TEST", pipelineFile: nil, jobs: 1, workspace: box.workspace)
    job.allowAfterClosing = true
    let accepted = try await job.run(progress: { _ in })
    #expect(accepted.failures.isEmpty && accepted.documentsResumed == 1)
}
