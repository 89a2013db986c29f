import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import Foundation
import GRDB
import Testing

/// Documents the catalog says are cataloged, read without the catalog's async API.
private func catalogedCount(_ path: String) -> Int {
    guard FileManager.default.fileExists(atPath: path) else { return 0 }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(5)
    let count = try? DatabaseQueue(path: path, configuration: configuration).read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'cataloged'")
    }
    return (count ?? nil) ?? 0
}

/// Kills `archivist ingest` with SIGKILL once the first document is cataloged, runs the same
/// command again, and checks that every page is present exactly once.
@Test(.timeLimit(.minutes(5)))
func batchKilledMidwayFinishesWhenRunAgain() async throws {
    let box = try TestBox()
    let samples = ["box-01/kl-45-hu.png", "box-02/bc-27-ubnd.png", "box-02/memo-handover-2025.png", "box-02/tb-230-tu.tif", "box-01/cv-112-tu.tif"]
    for sample in samples { try box.add(sample) }
    let arguments = ["ingest", box.box.path, "--workspace", box.workspace.root.path, "--jobs", "1"]

    let first = try ArchivistBinary.start(arguments, logsIn: box.root)
    // Polled synchronously: a suspended task could wait for a busy cooperative thread while
    // the child finishes the whole batch.
    var catalogedAtKill = 0
    let deadline = Date().addingTimeInterval(120)
    while first.isRunning, Date() < deadline {
        usleep(50_000)
        catalogedAtKill = catalogedCount(box.workspace.catalogURL.path)
        if catalogedAtKill >= 1 {
            kill(first.processIdentifier, SIGKILL)
            break
        }
    }
    first.waitUntilExit()
    #expect(first.terminationReason == .uncaughtSignal, "the first run should have been killed: \(ArchivistBinary.output(in: box.root).stderr)")
    #expect(catalogedAtKill >= 1 && catalogedAtKill < samples.count, "the kill must land mid-batch")

    let second = try ArchivistBinary.start(arguments + ["--json"], logsIn: box.root)
    second.waitUntilExit()
    let output = ArchivistBinary.output(in: box.root)
    #expect(second.terminationStatus == 0, "\(output.stderr)")
    let report = try JSONDecoder().decode(BatchReport.self, from: Data(output.stdout.utf8))
    // Documents the first run had registered are never added again (a document killed between
    // its last stage's work and that stage's record is finished as resumed).
    #expect(report.documentsAdded <= samples.count - catalogedAtKill)
    #expect(report.documentsAdded + report.documentsResumed + report.documentsAlreadyComplete == samples.count)

    let catalog = try box.catalog()
    let documents = try await catalog.documents(includeRestricted: true)
    #expect(documents.count == samples.count)
    for document in documents {
        #expect(document.status == .cataloged)
        let pages = try #require(try await catalog.document(id: document.id)?.pages)
        #expect(pages.map(\.number) == Array(1...document.pageCount), "\(document.name)")
    }
    #expect(try await catalog.search(SearchQuery(text: "digitization")).count == 1)
}

@Test func cliExitsWithTwoWhenSomeFilesFailAndSaysWhere() async throws {
    let box = try TestBox()
    try box.add("box-02/memo-handover-2025.png")
    let bad = try box.write(Data(), as: "blank-scan.tif")
    let process = try ArchivistBinary.start(["ingest", box.box.path, "--workspace", box.workspace.root.path], logsIn: box.root)
    process.waitUntilExit()
    let output = ArchivistBinary.output(in: box.root)
    #expect(process.terminationStatus == 2)
    #expect(output.stdout.contains(bad.path) && output.stdout.contains("empty file (0 bytes)"))

    let failures = try ArchivistBinary.start(["failures", "--workspace", box.workspace.root.path], logsIn: box.root)
    failures.waitUntilExit()
    #expect(ArchivistBinary.output(in: box.root).stdout.contains(bad.path))
}

@Test func pipelineMistakesAreReportedWithFileAndLine() throws {
    let box = try TestBox()
    let file = try box.write(Data("stages:\n  - ingest\n  - ocr:\n      langauges: [vie]\n".utf8), as: "broken.yml")
    let process = try ArchivistBinary.start(["pipelines", "check", file.path], logsIn: box.root)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    let stderr = ArchivistBinary.output(in: box.root).stderr
    #expect(stderr.contains("\(file.path):4: unknown option 'langauges' for stage 'ocr'"))
    #expect(stderr.contains("Did you mean 'languages'?"))
}

@Test func defaultPipelineFileLoadsWithTheKnownStages() throws {
    let file = TestBox.samples.deletingLastPathComponent().appendingPathComponent("pipelines/default.yml")
    let pipeline = try KnownStages.loader.load(contentsOf: file)
    #expect(pipeline.stageNames == ["ingest", "ocr", "clean", "classify", "pdf", "sign", "catalog"])
}
