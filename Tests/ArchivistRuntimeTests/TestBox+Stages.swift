@testable import ArchivistRuntime
import ArchivistCatalog
import ArchivistCore
import ArchivistOCR
import Foundation

extension TestBox {
    /// Runs the box through the stages `make` builds, in this process with one engine, as
    /// `ingest` does; returns the report and the workspace's catalog.
    func run(_ make: (Services) -> [any Stage], redo: String? = nil) async throws -> (BatchReport, SQLiteCatalog) {
        let catalog = try workspace.open()
        let pool = TesseractPool(workers: 1)
        defer { pool.shutdown() }
        let services = Services(catalog: catalog, objects: workspace.objectStore(), recognizer: pool, agent: "test")
        let batch = BatchScanner(inspector: LeptonicaImageInspector(), maxPixelsPerPage: 1 << 30).scan([box], fonds: nil)
        let report = await PipelineRunner(stages: make(services), catalog: catalog, agent: "test", redo: redo)
            .run(batch, concurrency: 1, progress: BatchProgress(pagesTotal: batch.pageCount, documentsTotal: batch.documents.count) { _ in })
        return (report, catalog)
    }
}
