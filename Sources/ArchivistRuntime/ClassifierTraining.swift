import ArchivistCore
import ArchivistMetadata
import Foundation

/// Trains the document-type classifier from the catalog: each document's text labelled with
/// its type, taken from a truth file when one is given (reviewed labels), else from the
/// extracted type where the header rules were confident. A held-out fifth measures it.
public struct ClassifierTraining: Sendable {
    public struct Result: Sendable {
        public var classifier: TypeClassifier
        public var trainingExamples: Int
        public var heldOutExamples: Int
        /// Accuracy on the held-out fifth; nil when there were too few examples to hold any out.
        public var heldOutAccuracy: Double?
    }

    let catalog: any Catalog
    /// Extracted types at least this confident count as labels.
    public var minimumConfidence = 0.9

    public init(catalog: any Catalog) {
        self.catalog = catalog
    }

    public func train(truth: URL?, version: Int) async throws -> Result {
        let labels = try truth.map { try Self.truthLabels($0) } ?? [:]
        var examples: [TypeClassifier.Example] = []
        for summary in try await catalog.documents(includeRestricted: true) {
            guard let detail = try await catalog.document(id: summary.id) else { continue }
            let text = detail.pages.map(\.text).joined(separator: "\n")
            let truthLabel = labels.first { summary.name == $0.key || summary.name.hasSuffix("/" + $0.key) }?.value
            let extracted = detail.metadata?.documentType
            let label = truthLabel ?? (extracted.flatMap { $0.confidence >= minimumConfidence ? $0.value?.code : nil })
            if let label, !text.isEmpty { examples.append(.init(text: text, label: label)) }
        }
        guard !examples.isEmpty else { throw TrainingError.noExamples }
        // Every fifth example is held out (a deterministic split, so runs compare).
        let heldOut = examples.count >= 10 ? examples.enumerated().filter { $0.offset % 5 == 4 }.map(\.element) : []
        let training = examples.count >= 10 ? examples.enumerated().filter { $0.offset % 5 != 4 }.map(\.element) : examples
        let classifier = TypeClassifier.train(training, version: version)
        return Result(classifier: classifier, trainingExamples: training.count, heldOutExamples: heldOut.count,
                      heldOutAccuracy: heldOut.isEmpty ? nil : classifier.accuracy(on: heldOut))
    }

    private static func truthLabels(_ file: URL) throws -> [String: String] {
        let records = try TruthRecord.records(jsonl: String(contentsOf: file, encoding: .utf8))
        return Dictionary(records.compactMap { record in record.fields.typeCode.map { (record.id, $0) } }, uniquingKeysWith: { $1 })
    }
}

public enum TrainingError: ArchivistError {
    case noExamples

    public var problem: String { "no labelled documents to train on." }
    public var remedy: String? { "Ingest and classify documents first, or give --truth with their types." }
}
