import Foundation

/// What the detector concluded about a text's encoding.
public enum EncodingVerdict: Sendable, Equatable, Codable {
    /// Already Unicode (or plain ASCII): nothing to convert.
    case unicode
    /// Legacy text, converted with this confidence.
    case legacy(LegacyEncoding, confidence: Double)
    /// Looks like legacy text but no encoding is convincing: not converted, for a person to check.
    case unsure(confidence: Double)
}

/// The result of decoding a text that may be in a legacy encoding.
public struct EncodingConversion: Sendable, Equatable, Codable {
    public var text: String
    public var verdict: EncodingVerdict
    /// A sentence for the record ("converted from TCVN3 (confidence 0.97)"), nil when nothing happened.
    public var note: String?
}

/// Detects TCVN3 and VNI text by decoding it both ways and checking how many of the changed
/// words become valid Vietnamese syllables. Never converts when unsure.
public struct LegacyEncodingDetector: Sendable {
    /// Below this confidence the text is reported unsure and left as it is.
    public var minimumConfidence: Double

    public init(minimumConfidence: Double = 0.75) {
        self.minimumConfidence = minimumConfidence
    }

    public func convert(_ text: String) -> EncodingConversion {
        let verdict = detect(text)
        switch verdict {
        case .unicode:
            return EncodingConversion(text: text.precomposedStringWithCanonicalMapping, verdict: verdict, note: nil)
        case .legacy(let encoding, let confidence):
            let note = "converted from \(encoding.rawValue.uppercased()) (confidence \(String(format: "%.2f", confidence)))"
            return EncodingConversion(text: encoding.decode(text), verdict: verdict, note: note)
        case .unsure(let confidence):
            let note = "looks like a legacy encoding but none is convincing (confidence \(String(format: "%.2f", confidence))); left unconverted"
            return EncodingConversion(text: text, verdict: verdict, note: note)
        }
    }

    public func detect(_ text: String) -> EncodingVerdict {
        let words = text.split(whereSeparator: { $0.isWhitespace || ",;:.()\"/-".contains($0) }).map(String.init)
        // Letters no legacy text can hold (beyond Latin-1): the text is Unicode already.
        let unicodeWords = words.filter { $0.unicodeScalars.contains { $0.value > 0xFF && Character($0).isLetter } }
        let suspects = words.filter { $0.unicodeScalars.contains { (0x80...0xFF).contains($0.value) } }
        guard !suspects.isEmpty, unicodeWords.count < suspects.count else { return .unicode }
        var best: (LegacyEncoding, Double)?
        var second = 0.0
        for encoding in LegacyEncoding.allCases {
            let valid = suspects.filter { word in
                let decoded = encoding.decode(word)
                return decoded != word && VietnameseSyllable.isValid(decoded)
            }.count
            let share = Double(valid) / Double(suspects.count)
            if share > (best?.1 ?? -1) {
                second = best?.1 ?? 0
                best = (encoding, share)
            } else {
                second = max(second, share)
            }
        }
        // Nothing decodes to Vietnamese: Latin-1 text in another language ("café"), not legacy.
        guard let (encoding, share) = best, share > 0 else { return .unicode }
        // Few suspect words give weak evidence; a rival encoding that also fits weakens it too.
        let evidence = min(1, 0.7 + 0.1 * Double(suspects.count))
        let confidence = share * evidence * (1 - second / 2)
        return confidence >= minimumConfidence ? .legacy(encoding, confidence: confidence) : .unsure(confidence: confidence)
    }
}
