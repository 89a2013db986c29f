@testable import ArchivistRuntime
import ArchivistCore
import Foundation
import Testing

/// `archivist eval --reclassify`: metadata extracted again from the stored OCR, scored, and
/// nothing written back.
@Suite struct ReclassifyEvaluationTests {
    @Test func scoresAFreshExtractionWithThePipelinesOptionsAndLeavesTheCatalogAlone() async throws {
        let box = try TestBox()
        try box.add("box-01/nq-15-tu.tif", as: "box-01/nq-15-tu.tif")
        _ = try await box.ingest()
        let truth = TestBox.samples.appendingPathComponent("truth.jsonl")
        let reports = CatalogReports(catalog: try box.catalog())
        let (stored, unmatched) = try await reports.evaluate(truth: truth)
        #expect(unmatched.count == 9 && !unmatched.contains("box-01/nq-15-tu"))
        // Every field below a threshold of 1: the fresh extraction sends the document to review.
        let pipeline = box.root.appendingPathComponent("strict.yml")
        try "stages:\n  - ingest\n  - ocr\n  - clean\n  - classify:\n      review_threshold: 1.0\n".write(to: pipeline, atomically: true, encoding: .utf8)
        let (fresh, _) = try await reports.evaluate(truth: truth, reclassifying: try PipelineSource.load(pipeline.path))
        #expect(fresh.routedToReview == 1)
        // The same options as at ingest give the stored result; the catalog was not changed.
        let (again, _) = try await reports.evaluate(truth: truth, reclassifying: try PipelineSource.load(nil))
        #expect(again.routedToReview == stored.routedToReview)
        #expect(try await reports.evaluate(truth: truth).0 == stored)
    }
}
