/// Repairs OCR diacritic errors in running Vietnamese text (a subject, a name): a word whose
/// marks make it no syllable ("câp") becomes the variant, one letter's marks changed, that
/// forms a phrase of the lexicon with its neighbours ("cấp xã"), or the only variant that is a
/// syllable at all. Words of a lexicon phrase misread by one letter ("hồ trợ") are repaired by
/// the lexicon first. Every change is recorded; words backed by a phrase are vouched for.
public struct SyllableRepair: Sendable {
    public var lexicon: PhraseLexicon

    public init(lexicon: PhraseLexicon) {
        self.lexicon = lexicon
    }

    /// Vowels and d by base letter: every form one letter's marks can take.
    static let families: [Character: [Character]] = [
        "a": Array("aàáảãạăằắẳẵặâầấẩẫậ"), "e": Array("eèéẻẽẹêềếểễệ"), "i": Array("iìíỉĩị"),
        "o": Array("oòóỏõọôồốổỗộơờớởỡợ"), "u": Array("uùúủũụưừứửữự"), "y": Array("yỳýỷỹỵ"), "d": Array("dđ"),
    ]

    public func repair(_ text: String) -> PhraseLexicon.Reading {
        var reading = lexicon.read(text)
        var tokens = reading.text.split(separator: " ", omittingEmptySubsequences: false).map(Token.init)
        let indices = tokens.indices.filter { !tokens[$0].core.isEmpty }
        for (position, index) in indices.enumerated() {
            let word = String(tokens[index].core)
            guard word.contains(where: \.isLetter), word.allSatisfy(\.isLetter), !VietnameseSyllable.isValid(word),
                  !UnsureWords.isAcronymOrCode(word) else { continue }
            let candidates = Self.variants(of: word).filter(VietnameseSyllable.isValid)
            let words = indices.map { String(tokens[$0].core) }
            let backed = candidates.filter { candidate in
                var trial = words
                trial[position] = candidate
                return lexicon.knows(trial, around: position)
            }
            guard let chosen = backed.count == 1 ? backed.first : (backed.isEmpty && candidates.count == 1 ? candidates.first : nil)
            else { continue }
            reading.repairs.append("\(word)→\(chosen)" + (backed.isEmpty ? " (only syllable)" : ""))
            if !backed.isEmpty { reading.confirmed.insert(VietnameseFolding.fold(chosen)) }
            tokens[index].core = Substring(chosen)
        }
        reading.text = tokens.map(\.text).joined(separator: " ")
        return reading
    }

    /// The word with one letter's marks changed, in every way, keeping its case.
    static func variants(of word: String) -> [String] {
        let letters = Array(word)
        var variants: [String] = []
        for (offset, letter) in letters.enumerated() {
            let lower = Character(letter.lowercased())
            guard let base = VietnameseFolding.fold(String(lower)).first, let family = families[base] else { continue }
            for form in family where form != lower {
                var changed = letters
                changed[offset] = letter.isUppercase ? Character(form.uppercased()) : form
                variants.append(String(changed))
            }
        }
        return variants
    }
}
