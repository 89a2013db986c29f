import ArchivistCore
import Foundation

/// Extracts document metadata from OCR pages, using the page layout (word boxes) as well as
/// the text: the header columns of page 1, the signature block and "Nơi nhận" at the foot of
/// the last page. Every field carries a confidence and its evidence; fields below the review
/// threshold are listed as review reasons.
public struct MetadataExtractor: Sendable {
    public var reviewThreshold: Double
    public var types: DocumentTypeCatalog
    public var retention: RetentionTable
    /// Complements the header rules when the type line and symbol give no type.
    public var classifier: TypeClassifier?
    /// Which words of a field's value count as read unsure (review routing).
    public var unsureWords = UnsureWords()
    /// Repair OCR diacritic errors in subjects and signer names (SyllableRepair, family names).
    public var repairsWords = true

    public init(reviewThreshold: Double = 0.75, types: DocumentTypeCatalog = .standard,
                retention: RetentionTable = .standard, classifier: TypeClassifier? = nil) {
        self.reviewThreshold = reviewThreshold
        self.types = types
        self.retention = retention
        self.classifier = classifier
    }

    public func extract(_ pages: [RecognizedPage]) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        metadata.pageCount = pages.count
        let fullText = pages.map(\.text).joined(separator: "\n").precomposedStringWithCanonicalMapping
        let guess = LanguageGuess.guess(fullText)
        metadata.language = ExtractedField(value: guess.language == .unknown ? nil : guess.language.rawValue,
                                           confidence: guess.confidence, evidence: Evidence(rule: "language.letter-statistics"))
        // Blank pages (the backs of duplex scans) have no lines: the header is on the first page
        // with text, the foot on the last.
        let layouts = pages.map { PageLayout(page: $0) }.filter { !$0.lines.isEmpty }
        if let first = layouts.first, let last = layouts.last {
            if guess.language == .english {
                readEnglish(first: first, last: last, into: &metadata)
            } else {
                readHeader(first, text: fullText, into: &metadata)
                readFoot(last, into: &metadata)
                crossCheckYear(&metadata, text: fullText)
                crossCheckSymbolCodes(&metadata)
            }
        }
        if metadata.documentType.value == nil, let classifier {
            classifyType(fullText, with: classifier, into: &metadata)
        }
        if let type = metadata.documentType.value {
            metadata.retention = ExtractedField(value: retention.suggest(for: type), confidence: metadata.documentType.confidence,
                                                evidence: Evidence(rule: "retention-table by type \(type.code)"))
        }
        metadata.reviewReasons = reviewReasons(for: metadata)
        return metadata
    }

    private func classifyType(_ text: String, with classifier: TypeClassifier, into metadata: inout DocumentMetadata) {
        guard let prediction = classifier.predict(text), let code = prediction.label.split(separator: "|").first else { return }
        let name = prediction.label.split(separator: "|").dropFirst().first.map(String.init) ?? String(code)
        metadata.documentType = ExtractedField(
            value: DocumentType(nativeName: name, code: String(code), abbreviation: nil),
            confidence: prediction.probability * 0.9,
            evidence: Evidence(rule: "classifier.naive-bayes v\(classifier.version)"))
    }

    func reviewReasons(for metadata: DocumentMetadata) -> [ReviewReason] {
        var reasons: [ReviewReason] = []
        let rules = Self.rules(of: metadata)
        for (name, confidence) in metadata.fieldConfidences where confidence < reviewThreshold {
            // Fields a document may lack (parent body, marks) are absent with high confidence;
            // only low confidence sends them to review.
            let unsure = rules[name]?.range(of: "unsure: ").map { "; " + rules[name]![$0.lowerBound...] } ?? ""
            reasons.append(ReviewReason(field: name, confidence: confidence,
                                        reason: "confidence \(String(format: "%.2f", confidence)) below \(reviewThreshold)" + unsure))
        }
        if metadata.access == .quarantine {
            reasons.append(ReviewReason(field: "confidentiality", confidence: metadata.confidentiality.confidence,
                                        reason: "marked Tuyệt mật: not to be digitized (HD 40-HD/VPTW); quarantine"))
        }
        return reasons
    }

    /// Confidence from a rule's reliability and the OCR confidence of the words it read.
    static func confidence(_ reliability: Double, ocr: Double) -> Double {
        reliability * (0.6 + 0.4 * min(max(ocr, 0), 1))
    }

    /// OCR confidence of a span: the mean pulled towards the weakest word, so one garbled
    /// word ("lưuưữ") is enough to lower it. Words that are not Vietnamese syllables (in a
    /// lower-case span) count as weak.
    static func spanConfidence(_ segments: [LayoutSegment], checkSyllables: Bool = false) -> Double {
        let words = segments.flatMap(\.words)
        guard !words.isEmpty else { return 0 }
        let values = words.map { word -> Double in
            let letters = word.text.filter(\.isLetter)
            let suspicious = checkSyllables && letters.count >= 2 && letters.contains(where: \.isLowercase)
                && !VietnameseSyllable.isValid(String(letters)) && letters.contains(where: { !$0.isASCII })
            return suspicious ? min(word.confidence / 100, 0.3) : word.confidence / 100
        }
        let mean = values.reduce(0, +) / Double(values.count)
        return 0.5 * mean + 0.5 * values.min()!
    }

    /// OCR debris around a value: leading dashes and quotes, trailing punctuation.
    static func trim(_ text: String) -> String {
        text.trimmingCharacters(in: debris)
    }

    /// What OCR leaves at the ends of a line: specks read as punctuation, rules, lone marks ("ˆ").
    private static let debris = CharacterSet(charactersIn: " -–—_~.,;:'\"`“”‘’|¬\\ˆ˜´¨^°·").union(.whitespaces)

    /// The lines of one value joined with spaces, OCR debris trimmed at each line's ends; a
    /// comma or semicolon ending a wrapped line is the text's own ("phòng," / "chống thiên tai"),
    /// and so is a dash standing alone where a line wraps (`wrapDashes`: "2025 -" / "2027").
    static func joinedLines(_ lines: [String], wrapDashes: [Bool] = []) -> String {
        let kept = debris.subtracting(CharacterSet(charactersIn: ",;"))
        let parts = lines.enumerated().map { index, line -> String in
            var scalars = Substring(line).unicodeScalars.drop { debris.contains($0) }
            while let last = scalars.last, kept.contains(last) { scalars.removeLast() }
            let text = String(String.UnicodeScalarView(scalars))
            let wraps = index < lines.count - 1 && index < wrapDashes.count && wrapDashes[index] && !text.isEmpty
            return wraps ? text + " -" : text
        }
        return trim(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// For each line of a wrapped value, whether a dash stands at the wrap: one printed at the
    /// line's end ("nhiệm kỳ 2025 -" / "2027"), or one opening the next line between two numbers
    /// ("2025" / "- 2027": a range). A dash opening a line elsewhere may be a speck: it is left out.
    static func wrapDashes(_ lines: [[LayoutSegment]], texts: [String]) -> [Bool] {
        lines.indices.map { index in
            if lines[index].last?.endsWithDash == true { return true }
            guard index + 1 < lines.count, index + 1 < texts.count, lines[index + 1].first?.startsWithDash == true else { return false }
            return texts[index].last?.isNumber == true && texts[index + 1].first?.isNumber == true
        }
    }

    /// Like `trim`, but a final period after a letter stays ("CO., LTD.", "TP.").
    static func trimKeepingAbbreviation(_ text: String) -> String {
        let trimmed = trim(text)
        let tail = text.drop { _ in false }
        guard let range = tail.range(of: trimmed, options: .backwards), tail[range.upperBound...].hasPrefix("."),
              trimmed.last?.isUppercase == true else { return trimmed }
        return trimmed + "."
    }
}
