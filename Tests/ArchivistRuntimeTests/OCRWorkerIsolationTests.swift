import ArchivistCore
import ArchivistTestSupport
import Foundation
import Testing

@Suite(.serialized) struct OCRWorkerIsolationTests {
    /// Every scanned page goes over a budget of 0.05 s and has its worker killed; the PDF with a
    /// text layer needs no OCR and is cataloged. The batch finishes and says which files failed.
    @Test(.enabled(if: ExternalTool.path("pdftotext") != nil, "needs poppler-utils (pdfinfo, pdftotext) for the PDF"))
    func pagesOverTheirBudgetFailWithTheReasonAndTheBatchGoesOn() async throws {
        let box = try TestBox()
        try box.add("box-01/kl-45-hu.png")
        try box.add("box-02/memo-handover-2025.png")
        try box.write(TestPDF.make(title: "Bien ban ban giao tai lieu luu tru cua Huyen uy"), as: "bien-ban-giao-nhan.pdf")
        let standard = try String(contentsOf: TestBox.samples.deletingLastPathComponent().appendingPathComponent("pipelines/default.yml"),
                                  encoding: .utf8)
        try #require(standard.contains("page_time_budget: 120"))
        let pipeline = box.root.appendingPathComponent("tight-budget.yml")
        try Data(standard.replacingOccurrences(of: "page_time_budget: 120", with: "page_time_budget: 0.05").utf8).write(to: pipeline)
        let workspace = box.workspace.root.path

        let ingest = try ArchivistBinary.start(["ingest", box.box.path, "--workspace", workspace, "--pipeline", pipeline.path, "--jobs", "1"],
                                               logsIn: box.root)
        ingest.waitUntilExit()
        let output = ArchivistBinary.output(in: box.root)
        #expect(ingest.terminationStatus == 2, "\(output.stdout)\n\(output.stderr)")

        let failures = try ArchivistBinary.start(["failures", "--workspace", workspace], logsIn: box.root)
        failures.waitUntilExit()
        let listed = ArchivistBinary.output(in: box.root).stdout
        for scan in ["kl-45-hu.png", "memo-handover-2025.png"] {
            let line = listed.split(separator: "\n").first { $0.contains(scan) }.map(String.init) ?? ""
            #expect(line.contains("went over its time budget of 0.05 s"), "\(scan) in 'archivist failures':\n\(listed)")
        }

        let documents = try await box.catalog().documents(includeRestricted: true)
        #expect(documents.count == 3)
        #expect(documents.filter { $0.status == .cataloged }.map(\.name) == ["box/bien-ban-giao-nhan"])
    }

    /// A batch killed with SIGKILL leaves no OCR worker behind, even one in the middle of a page.
    @Test func workersEndWithTheirParent() async throws {
        let box = try TestBox()
        for sample in ["box-01/kl-45-hu.png", "box-02/bc-27-ubnd.png", "box-02/tb-230-tu.tif", "box-01/cv-112-tu.tif"] {
            try box.add(sample)
        }
        let ingest = try ArchivistBinary.start(["ingest", box.box.path, "--workspace", box.workspace.root.path, "--jobs", "2"],
                                               logsIn: box.root)
        var workers: [Int32] = []
        // Until a worker has spent CPU on a page (its engine loads in about 0.1 s).
        for _ in 0..<6000 {
            workers = ProcessTable.children(of: ingest.processIdentifier, running: "ocr-worker")
            if !ingest.isRunning || workers.contains(where: { ProcessTable.cpuSeconds($0) > 0.5 }) { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(ingest.isRunning && !workers.isEmpty, "no OCR worker seen: \(ArchivistBinary.output(in: box.root).stderr)")
        kill(ingest.processIdentifier, SIGKILL)
        ingest.waitUntilExit()
        for worker in workers { #expect(try await ProcessTable.hasEnded(worker), "worker \(worker) outlived its parent") }
    }
}
