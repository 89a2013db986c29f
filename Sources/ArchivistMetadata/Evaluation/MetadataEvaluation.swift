import ArchivistCore
import Foundation

/// Per-field accuracy of extracted metadata against truth records, with the error kinds of
/// dates and numbers, type confusions, and how well review routing caught the errors.
public struct MetadataEvaluation: Sendable, Codable, Hashable {
    public struct FieldScore: Sendable, Codable, Hashable {
        public var field: String
        public var correct: Int
        public var total: Int
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    public struct FieldError: Sendable, Codable, Hashable {
        public var document: String
        public var field: String
        public var expected: String?
        public var found: String?
        /// For dates and numbers: "missing", "wrong-day", "day-month-swapped", "digit-substitution"…
        public var kind: String
        /// True when the document was sent to review with this field among the reasons.
        public var routedToReview: Bool
    }

    /// How often a field was a review reason, and how often that field really was wrong.
    public struct ReasonScore: Sendable, Codable, Hashable {
        public var field: String
        public var raised: Int
        public var caught: Int
    }

    public var fields: [FieldScore]
    public var errors: [FieldError]
    /// "Nghị quyết → Kết luận" with counts.
    public var typeConfusions: [String: Int]
    public var documents: Int
    public var routedToReview: Int
    /// Share of reviewed documents that really had an error.
    public var reviewPrecision: Double
    /// Field errors in fields the review routing did not flag: the number that matters.
    public var escapedErrors: Int
    /// Review reasons by field, most raised first: the ones that rarely catch an error are
    /// what to calibrate.
    public var reasons: [ReasonScore] = []
    /// Documents sent to review with no error at all, with their reasons.
    public var needlessReviews: [String: [ReviewReason]] = [:]

    static let compared = ["type", "number", "symbol", "issuer", "parent_issuer", "place", "date", "subject",
                           "signer_authority", "signer_position", "signer_name", "confidentiality", "urgency", "recipients"]

    /// Compares each truth record with the metadata extracted for its id (missing → all wrong).
    public static func evaluate(truth: [TruthRecord], extracted: [String: DocumentMetadata]) -> MetadataEvaluation {
        var scores = Dictionary(uniqueKeysWithValues: compared.map { ($0, FieldScore(field: $0, correct: 0, total: 0)) })
        var errors: [FieldError] = []
        var confusions: [String: Int] = [:]
        var reviewed = 0, reviewedWithError = 0
        var reasons: [String: ReasonScore] = [:]
        var needless: [String: [ReviewReason]] = [:]
        for record in truth {
            let metadata = extracted[record.id] ?? DocumentMetadata()
            let flagged = Set(metadata.reviewReasons.map(\.field))
            if metadata.needsReview { reviewed += 1 }
            var hadError = false
            for (field, expected, found) in pairs(record.fields, metadata) {
                scores[field]!.total += 1
                if normalize(expected) == normalize(found) {
                    scores[field]!.correct += 1
                    continue
                }
                hadError = true
                let reviewField = field == "type" ? "type" : field
                errors.append(FieldError(document: record.id, field: field, expected: expected, found: found,
                                         kind: kind(field: field, expected: expected, found: found),
                                         routedToReview: flagged.contains(reviewField)))
                if field == "type" { confusions["\(expected ?? "none") → \(found ?? "none")", default: 0] += 1 }
            }
            if hadError && metadata.needsReview { reviewedWithError += 1 }
            if !hadError && metadata.needsReview { needless[record.id] = metadata.reviewReasons }
            let wrong = Set(errors.filter { $0.document == record.id }.map(\.field))
            for field in flagged {
                reasons[field, default: ReasonScore(field: field, raised: 0, caught: 0)].raised += 1
                if wrong.contains(field) { reasons[field]!.caught += 1 }
            }
        }
        return MetadataEvaluation(fields: compared.map { scores[$0]! }, errors: errors, typeConfusions: confusions,
                                  documents: truth.count, routedToReview: reviewed,
                                  reviewPrecision: reviewed == 0 ? 1 : Double(reviewedWithError) / Double(reviewed),
                                  escapedErrors: errors.filter { !$0.routedToReview }.count,
                                  reasons: reasons.values.sorted { ($0.raised, $1.field) > ($1.raised, $0.field) },
                                  needlessReviews: needless)
    }

    public func accuracy(of field: String) -> Double? { fields.first { $0.field == field }?.accuracy }

    private static func pairs(_ truth: TruthRecord.Fields, _ m: DocumentMetadata) -> [(String, String?, String?)] {
        [("type", truth.typeName, m.documentType.value?.nativeName), ("number", truth.number, m.number.value),
         ("symbol", truth.symbol, m.symbol.value), ("issuer", truth.issuer, m.issuer.value),
         ("parent_issuer", truth.parentIssuer, m.parentIssuer.value), ("place", truth.place, m.place.value),
         ("date", truth.date, m.date.value), ("subject", truth.subject, m.subject.value),
         ("signer_authority", truth.signerAuthority, m.signerAuthority.value),
         ("signer_position", truth.signerPosition, m.signerPosition.value), ("signer_name", truth.signerName, m.signerName.value),
         ("confidentiality", truth.confidentiality, m.confidentiality.value?.rawValue), ("urgency", truth.urgency, m.urgency.value?.rawValue),
         ("recipients", truth.recipients?.joined(separator: " | "), m.recipients.value?.joined(separator: " | "))]
    }

    /// NFC, whitespace collapsed; nil and empty are the same.
    static func normalize(_ value: String?) -> String? {
        guard let value else { return nil }
        let text = value.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    static func kind(field: String, expected: String?, found: String?) -> String {
        guard let expected else { return "spurious" }
        guard let found else { return "missing" }
        switch field {
        case "date":
            let e = expected.split(separator: "-"), f = found.split(separator: "-")
            guard e.count == 3, f.count == 3 else { return "malformed" }
            if e[0] == f[0] && e[1] == f[2] && e[2] == f[1] { return "day-month-swapped" }
            let wrong = zip(["year", "month", "day"], zip(e, f)).filter { $0.1.0 != $0.1.1 }.map(\.0)
            return "wrong-" + wrong.joined(separator: "-")
        case "number", "symbol":
            if expected.filter(\.isNumber) == found.filter(\.isNumber) { return field == "number" ? "leading-zeros" : "letters-differ" }
            if expected.count == found.count { return "character-substitution" }
            return "length-differs"
        default:
            return ToneMarks.equivalent(expected.lowercased(), found.lowercased()) ? "case-or-tone-placement" : "different"
        }
    }
}
