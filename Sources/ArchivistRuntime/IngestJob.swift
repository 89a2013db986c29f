import ArchivistCatalog
import ArchivistCore
import ArchivistOCR
import ArchivistSigning
import Foundation

/// One `archivist ingest` run: load the pipeline, scan the paths, run every document through
/// the stages with a pool of OCR engines, and report.
public struct IngestJob: Sendable {
    public var paths: [String]
    public var fonds: String?
    public var pipelineFile: String?
    public var jobs: Int
    public var workspace: Workspace
    /// OCR PDF pages that already have a text layer too.
    public var forceOCR = false
    /// Accept documents dated after their closed fonds' closing date.
    public var allowAfterClosing = false
    /// Read pages in `archivist ocr-worker` processes started from this executable, which must
    /// then be the archivist binary: a page over its time budget is killed, a crash fails one
    /// page. Otherwise (library callers, tests) the engines run on threads in this process.
    public var ocrInWorkerProcesses = false
    /// A stage to run again, with every stage after it, for documents already through it (after
    /// an upgrade of Archivist or a change of pipeline options). Reviewer corrections are kept.
    public var redo: String?

    public static let agent = "archivist \(ArchivistVersion.current)"

    public init(paths: [String], fonds: String?, pipelineFile: String?, jobs: Int?, workspace: Workspace) {
        self.paths = paths
        self.fonds = fonds?.precomposedStringWithCanonicalMapping
        self.pipelineFile = pipelineFile
        self.jobs = max(jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1)
        self.workspace = workspace
    }

    /// Runs the batch. `scanned` is told how much work was found before OCR starts; `notice`
    /// gets what the operator must read (a development signing identity was made).
    public func run(scanned: @Sendable (ScannedBatch) -> Void = { _ in }, notice: @Sendable (String) -> Void = { _ in },
                    progress display: @escaping @Sendable (ProgressSnapshot) -> Void) async throws -> BatchReport {
        var pipeline = try PipelineSource.load(pipelineFile)
        if forceOCR { pipeline = pipeline.updatingOptions(of: OCRStage.name, as: OCRStage.Options.self) { $0.forceOCR = true } }
        if allowAfterClosing {
            pipeline = pipeline.updatingOptions(of: ClassifyStage.name, as: ClassifyStage.Options.self) { $0.allowAfterClosing = true }
        }
        if let redo {
            let stages = pipeline.stageNames
            guard stages.dropFirst().contains(redo) else { throw IngestJobError.cannotRedo(stage: redo, stages: Array(stages.dropFirst())) }
        }
        let catalog = try workspace.open()
        if let fonds { try await catalog.ensureFonds(code: fonds, name: nil) }
        let ingestOptions = pipeline.options(of: IngestStage.name, as: IngestStage.Options.self) ?? .init()
        let scanner = BatchScanner(inspector: LeptonicaImageInspector(), maxPixelsPerPage: ingestOptions.maxPixels)
        let batch = scanner.scan(paths.map { URL(fileURLWithPath: $0) }, fonds: fonds)
        scanned(batch)
        let pool: PagePool = ocrInWorkerProcesses ? OCRWorkerService.pool(workers: jobs) : TesseractPool(workers: jobs)
        defer { pool.shutdown() }
        let signer = try signer(for: pipeline, notice: notice)
        let services = Services(catalog: catalog, objects: workspace.objectStore(), recognizer: pool, signer: signer, agent: Self.agent)
        let runner = PipelineRunner(stages: try pipeline.makeStages(services: services), catalog: catalog, agent: Self.agent, redo: redo)
        let progress = BatchProgress(pagesTotal: batch.pageCount, documentsTotal: batch.documents.count, display: display)
        let head = try await catalog.auditHead()
        // Twice as many documents as engines: while one document is in the stages after OCR
        // (metadata, PDF, signing), another keeps its engine busy.
        let report = await runner.run(batch, concurrency: jobs * 2, progress: progress)
        await AuditCheckpointing(workspace: workspace).checkpoint(ifMovedSince: head, catalog: catalog, signer: signer, notice: notice)
        return report
    }
}

extension IngestJob {
    /// The workspace identity when the pipeline signs; a development one is made on first use.
    func signer(for pipeline: PipelineDefinition, notice: (String) -> Void) throws -> (any DocumentSigner)? {
        guard let options = pipeline.options(of: SignStage.name, as: SignStage.Options.self) else { return nil }
        let keys = SigningKeys(workspace: workspace)
        let (identity, created) = try keys.loadOrCreateDevelopment(organization: fonds ?? "Archivist")
        if created {
            notice("""
                ************************************************************************
                NO SIGNING IDENTITY: made a SELF-SIGNED DEVELOPMENT identity in
                \(keys.folder.path) (key.pem, mode 0600). It is for testing only.
                Import the archive's real certificate with:
                  archivist keys import --p12 FILE      (or --cert CERT.pem --key KEY.pem --chain CHAIN.pem)
                ************************************************************************
                """)
        } else if keys.isDevelopment {
            notice("Signing with the DEVELOPMENT identity in \(keys.folder.path): import a real one with 'archivist keys import'.")
        }
        for warning in try identity.check() where !keys.isDevelopment { notice("Signing identity: \(warning)") }
        return IdentitySigner(identity: identity, timestampAuthority: options.tsaURL.map { TimestampAuthority(url: $0) },
                              visibleMark: options.visibleMark)
    }
}

public enum ArchivistVersion {
    public static let current = "0.1.0"
}

public enum IngestJobError: ArchivistError {
    case cannotRedo(stage: String, stages: [String])

    public var problem: String {
        switch self {
        case .cannotRedo(let stage, _): "--redo \(stage): the pipeline has no such stage after 'ingest' (ingest itself always runs)."
        }
    }

    public var remedy: String? {
        switch self {
        case .cannotRedo(_, let stages): "Name one of: \(stages.joined(separator: ", ")); e.g. --redo ocr reads the pages again."
        }
    }
}
