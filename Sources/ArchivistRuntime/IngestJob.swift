import ArchivistCatalog
import ArchivistCore
import ArchivistOCR
import Foundation

/// One `archivist ingest` run: load the pipeline, scan the paths, run every document through
/// the stages with a pool of OCR engines, and report.
public struct IngestJob: Sendable {
    public var paths: [String]
    public var fonds: String?
    public var pipelineFile: String?
    public var jobs: Int
    public var workspace: Workspace

    public static let agent = "archivist \(ArchivistVersion.current)"

    public init(paths: [String], fonds: String?, pipelineFile: String?, jobs: Int?, workspace: Workspace) {
        self.paths = paths
        self.fonds = fonds?.precomposedStringWithCanonicalMapping
        self.pipelineFile = pipelineFile
        self.jobs = max(jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1)
        self.workspace = workspace
    }

    /// Runs the batch. `scanned` is told how much work was found before OCR starts.
    public func run(scanned: @Sendable (ScannedBatch) -> Void = { _ in },
                    progress display: @escaping @Sendable (ProgressSnapshot) -> Void) async throws -> BatchReport {
        let pipeline = try PipelineSource.load(pipelineFile)
        let catalog = try workspace.open()
        let ingestOptions = pipeline.options(of: IngestStage.name, as: IngestStage.Options.self) ?? .init()
        let scanner = BatchScanner(inspector: LeptonicaImageInspector(), maxPixelsPerPage: ingestOptions.maxPixels)
        let batch = scanner.scan(paths.map { URL(fileURLWithPath: $0) }, fonds: fonds)
        scanned(batch)
        let pool = TesseractPool(workers: jobs)
        defer { pool.shutdown() }
        let services = Services(catalog: catalog, objects: workspace.objectStore(), recognizer: pool, agent: Self.agent)
        let runner = PipelineRunner(stages: try pipeline.makeStages(services: services), catalog: catalog, agent: Self.agent)
        let progress = BatchProgress(pagesTotal: batch.pageCount, documentsTotal: batch.documents.count, display: display)
        return await runner.run(batch, jobs: jobs, progress: progress)
    }
}

public enum ArchivistVersion {
    public static let current = "0.1.0"
}
