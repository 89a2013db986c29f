import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest scans (TIFF, PNG, JPEG, PDF; folders are walked) through the pipeline into the catalog.",
        discussion: """
            A multi-page TIFF is one document; name-p1.png, name-p2.png... are one document. \
            Files already in the catalog are recognized by their SHA-256 and not added again. \
            A bad file is recorded with its reason and the batch goes on; an interrupted batch \
            is finished by running the same command again.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to ingest.", valueName: "path"))
    var paths: [String]

    @Option(help: "Fonds (phông) code the documents belong to (created if new; see 'archivist fonds').")
    var fonds: String?

    @Option(help: ArgumentHelp("Pipeline definition (default: pipelines/default.yml).", valueName: "file"))
    var pipeline: String?

    @Option(help: "Documents processed at once, one OCR engine each (default: number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Handover inventory (mục lục, CSV) to reconcile the batch against.", valueName: "file"))
    var inventory: String?

    @Flag(help: "OCR PDF pages that already carry a text layer too (default: keep their text).")
    var forceOCR = false

    @Option(help: ArgumentHelp("Run this stage again, and every stage after it, for documents already through it (after an upgrade or a pipeline change; e.g. ocr). Reviewer corrections are kept.", valueName: "stage"))
    var redo: String?

    @Flag(help: "Accept documents dated after their closed fonds' closing date.")
    var allowAfterClosing = false

    @Flag(help: "Print the report as JSON on stdout.")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        let job = {
            var job = IngestJob(paths: paths, fonds: fonds, pipelineFile: pipeline, jobs: jobs, workspace: workspace.resolved)
            job.forceOCR = forceOCR
            job.allowAfterClosing = allowAfterClosing
            job.redo = redo
            job.ocrInWorkerProcesses = true
            return job
        }()
        let display = ProgressDisplay()
        let report = try await job.run(scanned: { batch in
            Terminal.error("Found \(batch.documents.count) document(s), \(batch.pageCount) page(s)"
                           + (batch.failures.isEmpty ? "" : ", \(batch.failures.count) unreadable file(s)")
                           + "; workspace \(job.workspace.root.path), \(job.jobs) job(s).")
        }, notice: { Terminal.error($0) }, progress: display.show)
        display.finish()
        if json {
            try Terminal.printJSON(report)
        } else {
            print(IngestReportView(report: report).render())
        }
        if let inventory { try await reconcile(inventory, documents: report.documentNames, workspace: job.workspace) }
        if !report.failures.isEmpty { throw ExitCode.someFilesFailed }
    }

    /// Reconciles the batch with its inventory; the table is printed and kept under logs/.
    private func reconcile(_ inventory: String, documents: [String], workspace: Workspace) async throws {
        let catalog = try workspace.openExisting()
        let (parsed, report) = try await CatalogReports(catalog: catalog).reconcile(inventory: URL(fileURLWithPath: inventory),
                                                                                    documentNames: Set(documents))
        let view = ReconciliationView(inventory: parsed, report: report)
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let csv = workspace.root.appendingPathComponent("logs/reconcile-\(stamp).csv")
        try view.writeCSV(to: csv)
        print("\n" + view.render() + "\n(also in \(csv.path))")
    }
}

/// The summary table printed at the end of an ingest.
struct IngestReportView {
    let report: BatchReport

    func render() -> String {
        var table = TextTable(headers: nil, rightAligned: [1])
        table.add(["documents found", "\(report.documentsFound)"])
        table.add(["added", "\(report.documentsAdded)"])
        table.add(["already present", "\(report.documentsAlreadyComplete)"])
        table.add(["resumed", "\(report.documentsResumed)"])
        if report.documentsRedone > 0 { table.add(["redone", "\(report.documentsRedone)"]) }
        table.add(["failed", "\(report.documentsFailed)"])
        table.add(["quarantined (Tuyệt mật)", "\(report.quarantined.count)"])
        table.add(["pages recognized", "\(report.pagesRecognized)"])
        table.add(["files failed", "\(report.failures.count)"])
        table.add(["files ignored (not scans)", "\(report.ignoredFiles)"])
        table.add(["time", Terminal.duration(report.elapsedSeconds)])
        table.add(["pages/s", String(format: "%.2f", report.pagesPerSecond)])
        var text = "Summary\n" + table.render()
        if !report.quarantined.isEmpty {
            text += "\n\nQuarantined: marked TUYỆT MẬT, not to be digitized (HD 40-HD/VPTW); originals kept, processed no further:\n"
                + report.quarantined.map { "  " + $0 }.joined(separator: "\n")
                + "\n(A toi-mat reviewer sees the evidence for each mark with 'archivist list --quarantined' and corrects a misread one with 'archivist correct'.)"
        }
        if !report.heldBack.isEmpty {
            text += "\n\nHeld back:\n" + report.heldBack.map { "  " + $0 }.joined(separator: "\n")
        }
        if !report.failures.isEmpty {
            var failures = TextTable(headers: ["file", "stage", "reason"])
            for failure in report.failures { failures.add([failure.path, failure.stage, failure.reason]) }
            text += "\n\nFailures (also in 'archivist failures')\n" + failures.render()
        }
        return text
    }
}
