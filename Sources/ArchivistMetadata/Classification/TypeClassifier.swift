import Foundation
import ArchivistCore

/// A multinomial naive Bayes document-type classifier over word uni/bigrams and character
/// 4-grams of folded text (so OCR-garbled and unaccented text still counts). Complements the
/// header rules when the type line is missing or misread. Serialized as versioned JSON.
public struct TypeClassifier: Sendable, Codable, Hashable {
    /// Layout of the JSON; a model written in another format is refused.
    public static let format = 1
    public var format: Int
    /// Model version, raised by each retraining (for evidence and the catalog).
    public var version: Int
    /// Labels, e.g. "01|Nghị quyết" (TT 05 code and native name).
    public var labels: [String]
    var documentCounts: [String: Int]
    var featureCounts: [String: [String: Double]]
    var featureTotals: [String: Double]
    var vocabularySize: Int

    public struct Example: Sendable, Hashable {
        public var text: String
        public var label: String
        public init(text: String, label: String) {
            self.text = text
            self.label = label
        }
    }

    public struct Prediction: Sendable, Hashable {
        public var label: String
        public var probability: Double
    }

    public static func train(_ examples: [Example], version: Int = 1) -> TypeClassifier {
        var documentCounts: [String: Int] = [:]
        var featureCounts: [String: [String: Double]] = [:]
        var vocabulary = Set<String>()
        for example in examples {
            documentCounts[example.label, default: 0] += 1
            for feature in features(of: example.text) {
                featureCounts[example.label, default: [:]][feature, default: 0] += 1
                vocabulary.insert(feature)
            }
        }
        let totals = featureCounts.mapValues { $0.values.reduce(0, +) }
        return TypeClassifier(format: format, version: version, labels: documentCounts.keys.sorted(), documentCounts: documentCounts,
                              featureCounts: featureCounts, featureTotals: totals, vocabularySize: vocabulary.count)
    }

    /// The most likely label and its posterior probability; nil for an untrained model.
    public func predict(_ text: String) -> Prediction? {
        guard !labels.isEmpty else { return nil }
        let features = Self.features(of: text)
        let documents = Double(documentCounts.values.reduce(0, +))
        let scores = labels.map { label -> Double in
            let counts = featureCounts[label] ?? [:]
            let denominator = (featureTotals[label] ?? 0) + Double(vocabularySize) + 1
            var score = log(Double(documentCounts[label] ?? 0) / documents)
            for feature in features { score += log(((counts[feature] ?? 0) + 1) / denominator) }
            return score
        }
        // Softmax over log scores; naive Bayes is overconfident, so temper by feature count.
        let temper = max(1, Double(features.count) / 40)
        let top = scores.max()!
        let weights = scores.map { exp(($0 - top) / temper) }
        let best = scores.indices.max { scores[$0] < scores[$1] }!
        return Prediction(label: labels[best], probability: weights[best] / weights.reduce(0, +))
    }

    /// Share of examples whose label is predicted exactly.
    public func accuracy(on examples: [Example]) -> Double {
        guard !examples.isEmpty else { return 0 }
        return Double(examples.filter { predict($0.text)?.label == $0.label }.count) / Double(examples.count)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    public static func decoded(from data: Data) throws -> TypeClassifier {
        let model: TypeClassifier
        do { model = try JSONDecoder().decode(TypeClassifier.self, from: data) } catch {
            throw ClassifierError.unreadable(reason: "\(error)")
        }
        guard model.format == format else { throw ClassifierError.wrongFormat(found: model.format, expected: format) }
        return model
    }

    /// Word unigrams and bigrams, and character 4-grams inside words, of the folded text's
    /// first 400 words (the header and opening carry the type).
    static func features(of text: String) -> [String] {
        let words = Array(VietnameseFolding.tokens(text).filter { !$0.allSatisfy(\.isNumber) }.prefix(400))
        var features = words.map { "w:" + $0 }
        features += zip(words, words.dropFirst()).map { "b:\($0) \($1)" }
        for word in words where word.count >= 3 {
            let padded = Array("_" + word + "_")
            for start in 0...(padded.count - 4) { features.append("c:" + String(padded[start..<start + 4])) }
        }
        return features
    }
}

public enum ClassifierError: ArchivistError {
    case unreadable(reason: String)
    case wrongFormat(found: Int, expected: Int)

    public var problem: String {
        switch self {
        case .unreadable(let reason): "The document-type model could not be read (\(reason))."
        case .wrongFormat(let found, let expected): "The document-type model has format \(found); this version reads format \(expected)."
        }
    }

    public var remedy: String? { "Retrain it with 'archivist train'." }
}
