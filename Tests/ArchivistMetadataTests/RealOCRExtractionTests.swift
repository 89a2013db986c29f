import ArchivistCore
@testable import ArchivistMetadata
import Foundation
import Testing

/// Extraction on real Tesseract output of the ten samples, scored against their truth.
@Suite struct RealOCRExtractionTests {
    static func evaluation() throws -> (MetadataEvaluation, [String: DocumentMetadata]) {
        let documents = try Fixtures.ocrDocuments()
        let extractor = MetadataExtractor()
        let extracted = documents.mapValues { extractor.extract($0) }
        return (MetadataEvaluation.evaluate(truth: try Fixtures.truth(), extracted: extracted), extracted)
    }

    @Test func printsPerFieldAccuracy() throws {
        let (evaluation, _) = try Self.evaluation()
        for score in evaluation.fields {
            print("field \(score.field): \(score.correct)/\(score.total)")
        }
        for error in evaluation.errors {
            print("ERROR \(error.document) \(error.field) [\(error.kind)] review=\(error.routedToReview)\n  expected: \(error.expected ?? "nil")\n  found:    \(error.found ?? "nil")")
        }
        print("review: \(evaluation.routedToReview)/\(evaluation.documents), precision \(evaluation.reviewPrecision), escaped \(evaluation.escapedErrors)")
        #expect(evaluation.documents == 10)
    }
}
