@testable import ArchivistRuntime
import ArchivistCatalog
import ArchivistCore
import ArchivistOCR
import Foundation
import Testing

/// Counts its runs per stage name; the later stage fails while `failing` is set, as a crash would stop it.
private actor StageLog {
    var runs: [String: Int] = [:]
    var failing = false
    func ran(_ name: String) { runs[name, default: 0] += 1 }
    func setFailing(_ value: Bool) { failing = value }
}

private struct Counted: Stage {
    static let name = "counted", version = 1, requires = ["ingest"], summary = "test", eventType = EventType.metadataExtraction
    struct Options: StageOptions { static let keys: [String] = []; init() {} }
    nonisolated(unsafe) static var log = StageLog()
    init(options: Options, services: Services) {}
    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        await Self.log.ran(Self.name)
        return document
    }
    func eventDetail(for document: DocumentState) -> String { "counted" }
}

private struct After: Stage {
    static let name = "after", version = 1, requires = ["counted"], summary = "test", eventType = EventType.creation
    struct Options: StageOptions { static let keys: [String] = []; init() {} }
    init(options: Options, services: Services) {}
    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        await Counted.log.ran(Self.name)
        if await Counted.log.failing { throw CancellationError() }
        return document
    }
    func eventDetail(for document: DocumentState) -> String { "after" }
}

@Suite(.serialized) struct RedoStagesTests {
    @Test func redoRunsTheStageAndEveryLaterOneEvenAfterACrash() async throws {
        Counted.log = StageLog()
        let box = try TestBox()
        try box.add("box-02/memo-handover-2025.png")
        func run(redo: String? = nil) async throws -> BatchReport {
            try await box.run({ services in
                [IngestStage(options: .init(), services: services), Counted(options: .init(), services: services),
                 After(options: .init(), services: services)]
            }, redo: redo).0
        }
        _ = try await run()
        let again = try await run()
        let catalog = try box.catalog()
        #expect(await Counted.log.runs == ["counted": 1, "after": 1], "done stages are skipped")
        #expect(again.documentsAlreadyComplete == 1)

        // Redo the first stage; the later one "crashes" before it is done.
        await Counted.log.setFailing(true)
        let crashed = try await run(redo: "counted")
        #expect(crashed.documentsFailed == 1)
        #expect(await Counted.log.runs == ["counted": 2, "after": 2])
        let id = try #require(try await catalog.documents(includeRestricted: true).first?.id)
        #expect(try await catalog.document(id: id)?.completedStages.keys.sorted() == ["counted", "ingest"],
                "the later stage, made from the older output, is no longer marked done")

        // The same command without --redo finishes it: the later stage only.
        await Counted.log.setFailing(false)
        let resumed = try await run()
        #expect(resumed.documentsFailed == 0 && resumed.documentsResumed == 1)
        #expect(await Counted.log.runs == ["counted": 2, "after": 3])
        #expect(try await catalog.document(id: id)?.completedStages.keys.sorted() == ["after", "counted", "ingest"])

        let redone = try await run(redo: "counted")
        #expect(redone.documentsRedone == 1)
        #expect(await Counted.log.runs == ["counted": 3, "after": 4])
    }
}

/// `ingest --redo ocr` on a real document: read again, its PDF made and signed again, the
/// reviewer's correction kept, and every signature and the audit trail still sound.
@Test(.timeLimit(.minutes(5)))
func redoingOCRKeepsTheReviewersCorrectionAndSignsAgain() async throws {
    let box = try TestBox()
    try box.add("box-02/memo-handover-2025.png")
    _ = try await box.ingest(jobs: 1)
    let catalog = try box.catalog()
    let id = try #require(try await catalog.documents(includeRestricted: true).first?.id)
    try await MetadataCorrection(field: "subject", value: "Bàn giao hồ sơ lưu trữ", operatorName: "lan").apply(to: id, in: catalog)

    var job = IngestJob(paths: [box.box.path], fonds: "TEST", pipelineFile: nil, jobs: 1, workspace: box.workspace)
    job.redo = "ocr"
    let report = try await job.run(progress: { _ in })
    #expect(report.documentsRedone == 1 && report.pagesRecognized == 1 && report.failures.isEmpty)

    let detail = try #require(try await catalog.document(id: id))
    #expect(detail.metadata?.subject.value == "Bàn giao hồ sơ lưu trữ")
    let creations = detail.events.filter { $0.detail.hasPrefix("searchable PDF") }
    #expect(creations.count == 2, "the PDF is written again: \(detail.events.map(\.detail))")
    #expect(detail.completedStages.keys.sorted() == ["catalog", "classify", "clean", "ingest", "ocr", "pdf", "sign"])
    let checks = try await ArchiveVerifier(workspace: box.workspace, catalog: catalog).verify(documentIDs: [id]) { _, _ in }
    #expect(!checks.isEmpty && checks.allSatisfy(\.passed), "\(checks.filter { !$0.passed })")
    #expect(try await catalog.verifyAuditChain().isIntact)

    job.redo = "rotate"
    await #expect(throws: IngestJobError.self) { try await job.run(progress: { _ in }) }
}
