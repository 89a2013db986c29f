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

    /// The subject capped when its lexicon reading found a phrase word in the other case on a letter
    /// OCR cannot tell by shape ("Các Sở, ban, ngành"), a syllable in capitals in its lower-case run
    /// ("khu dân CƯ"), or words a longer phrase reads with other marks ("tổ chức đáng"): the printed
    /// text is for a reviewer to see.
    func doubtingCase<T>(_ field: ExtractedField<T>, _ reading: PhraseLexicon.Reading) -> ExtractedField<T> {
        let capitals = Self.syllablesInCapitals(reading.text) + Self.shapeAlikeInitials(reading.text)
        var notes = (reading.caseDoubts + capitals).isEmpty ? [] : ["case of " + (reading.caseDoubts + capitals).joined(separator: ", ")]
        if let repeated = Self.repeatedWord(reading.text) { notes.append("'\(repeated)' read twice") }
        // Brackets in a subject come in pairs; one alone is a letter misread ("môi (rường").
        if reading.text.filter({ $0 == "(" }).count != reading.text.filter({ $0 == ")" }).count { notes.append("a bracket alone") }
        if !reading.lookAlikes.isEmpty { notes.append("a phrase reads " + reading.lookAlikes.joined(separator: ", ")) }
        // A dash alone before a range of numbers that has its own ("nhiệm kỳ - 2025-2027"): a speck.
        if let range = reading.text.firstMatch(of: Self.dashBeforeRange) { notes.append("a dash before '\(range.output.1)'") }
        notes += Self.specksBetweenWords(in: reading.text)
        // A subject's clauses are parted by commas; a semicolon inside one is a comma with a speck
        // ("chỉnh lý; số hóa", at 97).
        if reading.text.dropLast().contains(";") { notes.append("a semicolon inside (a comma with a speck?)") }
        // "về" (about) with a mark misread mid-subject ("Thành ủy vê bảo vệ"): "vê", "vế", "vể"
        // and "vễ" are next to never written there ("vệ" is a word of its own: bảo vệ).
        notes += reading.text.split(separator: " ").map { String(Token($0).core) }
            .filter { VietnameseFolding.fold($0) == "ve" && !["về", "vệ", "ve"].contains($0.lowercased()) }.map { "'\($0)' (về?)" }
        return notes.isEmpty ? field : doubted(field, note: notes.joined(separator: "; "))
    }

    /// Specks read as punctuation between words of running text: a period before a small letter
    /// ("học tập và. làm", "tìm kiếm.cứu nạn"; "v.v." is no speck) or glued between a word and a
    /// capital ("Họp Ban.Thường vụ"), a hyphen joining two words
    /// ("đảng ủy-trực thuộc"; Vietnamese writes no compound with a hyphen, and codes such as
    /// "UBND-VP" are capitals) or glued to the end of one ("chuyên- môn": a dash between words
    /// has a space each side).
    static func specksBetweenWords(in text: String) -> [String] {
        text.matches(of: Self.speckBetweenWords).filter { !$0.output.hasPrefix("v.v") }.map { "'\($0.output)' (a speck?)" }
    }

    nonisolated(unsafe) private static let speckBetweenWords = #/\p{Ll}(?:\.\s*|-\s*)\p{Ll}+|\p{Ll}\.\p{Lu}\p{Ll}*/#

    /// The value mended where `doubtingCase` named specks and case: a period between words goes
    /// ("về. đẩy" → "về đẩy", "Ban.Thường" → "Ban Thường"), a semicolon inside is a comma, a
    /// capital OCR cannot tell from its small letter in running text is small ("quản lý, Sử
    /// dụng" → "sử dụng"). The field stays under review.
    static func mended(_ field: ExtractedField<String>) -> ExtractedField<String> {
        guard var text = field.value else { return field }
        text = text.replacing(periodBetweenWords) { match in
            match.output.0.hasPrefix("v.v") ? String(match.output.0) : "\(match.output.1) " + match.output.2.trimmingCharacters(in: .whitespaces)
        }
        if let last = text.indices.last { text = text[..<last].replacingOccurrences(of: ";", with: ",") + String(text[last]) }
        // Only words the vocabulary prints small and no name: "tỉnh Sóc Trăng", "đồng chí Võ" keep theirs.
        var tokens = text.split(separator: " ").map(Token.init)
        for index in shapeAlikeInitials(in: tokens.map { String($0.core) }) {
            let word = String(tokens[index].core)
            guard AdministrativeVocabulary.words.contains(ToneMarks.canonical(word.lowercased())), !isPersonalNameWord(word) else { continue }
            tokens[index].core = Substring(word.lowercased())
        }
        var cleaned = field
        cleaned.value = tokens.map(\.text).joined(separator: " ")
        return cleaned
    }

    nonisolated(unsafe) private static let periodBetweenWords = #/(\p{Ll})\.(\s*\p{Ll}|\p{Lu})/#

    nonisolated(unsafe) private static let dashBeforeRange = #/\s[-–]\s+(\d{1,4}\s*[-–]\s*\d{1,4})/#

    /// Words of two or more capitals that are Vietnamese syllables ("CƯ", "SỞ") in text written in
    /// lower case: a subject is printed in lower case but for names' initials and acronyms, which are
    /// no syllables ("UBND", "HĐND") or Roman numerals ("VI", "XII").
    static func syllablesInCapitals(_ text: String) -> [String] {
        let words = text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        guard words.contains(where: { $0.contains(where: \.isLowercase) }) else { return [] }
        return words.filter { word in
            word.count >= 2 && word.allSatisfy { $0.isLetter && $0.isUppercase } && !word.allSatisfy("IVXLCDM".contains)
                && VietnameseSyllable.isValid(word)
        }.map { "\($0) (\($0.lowercased())?)" }
    }

    /// Function words with a capital after a text's first word ("Chủ Các tịch": a word of the next
    /// line read into this one): names of bodies take capitals ("Ban Thường vụ"), "các", "những",
    /// "và", "của", "để", "với" and "theo" never do.
    static func functionWordsInCapital(_ text: String) -> [String] {
        text.split(separator: " ").dropFirst().map { String(Token($0).core) }
            .filter { ["Các", "Những", "Và", "Của", "Để", "Với", "Theo"].contains($0) }.map { "case of \($0)" }
    }

    /// A word printed twice in a row ("Như Như Điều 3"): OCR read one word twice, or lost one
    /// between them; no field of a document repeats a word so.
    static func repeatedWord(_ text: String) -> String? {
        let words = text.split(separator: " ")
        return zip(words, words.dropFirst()).first { $0.0 == $0.1 && $0.0.contains(where: \.isLetter) }.map { String($0.0) }
    }

    /// Words after a lower-case word whose initial capital OCR cannot tell from its small letter
    /// by shape (C, O, S, V, X, Z, W with their marks: "chất lượng Sinh hoạt"), when no phrase of
    /// the vocabulary prints the word capitalised ("Sở Nội vụ", "Chủ tịch", "Văn phòng").
    static func shapeAlikeInitials(_ text: String) -> [String] {
        let words = text.split(separator: " ").map { String(Token($0).core) }
        return shapeAlikeInitials(in: words).map { "\(words[$0]) (\(words[$0].lowercased())?)" }
    }

    /// The indices of such words among `words` (their cores).
    static func shapeAlikeInitials(in words: [String]) -> [Int] {
        words.indices.dropFirst().filter { index in
            let word = words[index]
            guard words[index - 1].first?.isLowercase == true, let initial = word.first, initial.isUppercase else { return false }
            return word.dropFirst().allSatisfy(\.isLowercase) && Self.shapeAlike(initial) && !AdministrativeVocabulary.capitalised.contains(word)
        }
    }

    private static func shapeAlike(_ letter: Character) -> Bool {
        let base = String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init)
        return base.map { "COSVXZW".contains($0) } ?? false
    }

    /// Words with a capital after a small word that no phrase, place or person is named with
    /// ("tài Hệu" for tài liệu, blind seed 9700): letters misread into a capital, whose word may
    /// still be a syllable. A subject capitalises bodies, places and names alone.
    static func unknownCapitals(_ text: String) -> [String] {
        let words = text.split(separator: " ").map { String(Token($0).core) }
        return zip(words, words.dropFirst()).filter { previous, word in
            guard previous.first?.isLowercase == true, word.count >= 2, word.first?.isUppercase == true,
                  word.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
            let printed = ToneMarks.canonical(word)
            return ![AdministrativeVocabulary.capitalised, Localities.words, Surnames.known, GivenNames.known].contains { $0.contains(printed) || $0.contains(word) }
        }.map { "'\($0.1)' with a capital inside" }
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
