import ArchivistCore
import Foundation

/// Review routing by word: a field whose value holds a word Tesseract was unsure of gets a
/// confidence below the review threshold, and its evidence names the words. Lexicon repairs
/// are recorded in the evidence rule and cost a little confidence.
extension MetadataExtractor {
    /// The confidence an unsure field is capped at: below any sensible review threshold.
    static let unsureCap = 0.55

    /// The field, capped and annotated if words of `value` among `words` were read unsure.
    func doubting<T>(_ field: ExtractedField<T>, words: [RecognizedWord], value: String?, storedAs: String? = nil, check: UnsureWords.Check,
                     vouched: Set<String> = [], validated: Set<String> = []) -> ExtractedField<T> {
        guard let value, field.value != nil else { return field }
        let unsure = unsureWords.find(in: words, value: value, storedAs: storedAs, check: check, vouched: vouched, validated: validated)
        return unsure.isEmpty ? field : doubted(field, note: unsure.joined(separator: ", "))
    }

    /// The field capped below the review threshold, its evidence saying why ("unsure: …").
    func doubted<T>(_ field: ExtractedField<T>, note: String) -> ExtractedField<T> {
        var doubted = field
        doubted.confidence = min(field.confidence, min(Self.unsureCap, reviewThreshold - 0.05))
        doubted.evidence.rule += "; unsure: " + note
        return doubted
    }

    /// The field capped when its lexicon reading found a phrase word in the other case on a letter
    /// OCR cannot tell by shape ("Các Sở, ban, ngành"): the printed case is for a reviewer to see.
    func doubtingCase<T>(_ field: ExtractedField<T>, _ reading: PhraseLexicon.Reading) -> ExtractedField<T> {
        reading.caseDoubts.isEmpty ? field : doubted(field, note: "case of " + reading.caseDoubts.joined(separator: ", "))
    }

    /// Confidence factor for lexicon repairs: a little lower per rewritten word.
    static func repairFactor(_ repairs: [String]) -> Double {
        pow(0.97, Double(min(repairs.count, 3)))
    }

    /// " lexicon repair: TỐ→TỔ", or "" when nothing was rewritten.
    static func repairNote(_ repairs: [String]) -> String {
        repairs.isEmpty ? "" : " (lexicon repair: " + repairs.joined(separator: ", ") + ")"
    }

    /// Each reviewable field's evidence rule, so review reasons can say which words were unsure.
    static func rules(of m: DocumentMetadata) -> [String: String] {
        ["system": m.system.evidence.rule, "type": m.documentType.evidence.rule, "number": m.number.evidence.rule,
         "symbol": m.symbol.evidence.rule, "issuer": m.issuer.evidence.rule, "parent_issuer": m.parentIssuer.evidence.rule,
         "place": m.place.evidence.rule, "date": m.date.evidence.rule, "subject": m.subject.evidence.rule,
         "signer_authority": m.signerAuthority.evidence.rule, "signer_position": m.signerPosition.evidence.rule,
         "signer_name": m.signerName.evidence.rule, "confidentiality": m.confidentiality.evidence.rule,
         "urgency": m.urgency.evidence.rule, "recipients": m.recipients.evidence.rule, "language": m.language.evidence.rule]
    }
}
