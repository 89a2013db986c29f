import Foundation

/// Canonical tone-mark placement for matching. Vietnamese has two conventions for the open
/// syllables "oa", "oe", "uy": the old style marks the second vowel (hoà, uỷ, thuỷ), the new
/// style the first (hòa, ủy, thủy). Matching uses the new style; stored text keeps the original.
public enum ToneMarks {
    /// Combining tone marks: grave, acute, tilde, hook above, dot below.
    static let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// The text, NFC, with every old-style syllable rewritten in the new style.
    public static func canonical(_ text: String) -> String {
        let nfc = isPlainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        var result = ""
        var word = ""
        for character in nfc {
            if character.isLetter {
                word.append(character)
            } else {
                result += canonicalSyllable(word)
                word = ""
                result.append(character)
            }
        }
        return result + canonicalSyllable(word)
    }

    /// True when the text has only scalars below the combining marks or in Latin Extended
    /// Additional (ạ, ề, ữ…), which NFC leaves as they are: Vietnamese as OCR returns it. Such
    /// a text is NFC already, and normalizing it again is the slowest part of matching.
    static func isPlainlyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x0300 || (0x1E00...0x1EFF).contains($0.value) }
    }

    /// The text, NFC, without tone marks; vowel marks (â, ơ, ư…) and đ stay: "Quận" → "Quân".
    public static func toneless(_ text: String) -> String {
        String(String.UnicodeScalarView(text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !tones.contains($0.value) }))
            .precomposedStringWithCanonicalMapping
    }

    /// True when two texts are equal once NFC and tone placement are canonical.
    public static func equivalent(_ a: String, _ b: String) -> Bool {
        canonical(a) == canonical(b)
    }

    /// a, e and y with a tone mark and no other mark, NFC: the only last letters an old-style
    /// syllable can have.
    private static let tonedSecondVowels = Set("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ")

    static func canonicalSyllable(_ syllable: String) -> String {
        // Most syllables are no "oa", "oe", "uy" with the mark on the second vowel: they are
        // answered without decomposing them.
        guard let last = syllable.last, tonedSecondVowels.contains(last),
              let before = syllable.dropLast().last, "oOuU".contains(before) else { return syllable }
        // Letters as (base scalars, tone) pairs, from the decomposed form.
        var letters: [(base: [Unicode.Scalar], tone: Unicode.Scalar?)] = []
        for scalar in syllable.decomposedStringWithCanonicalMapping.unicodeScalars {
            if tones.contains(scalar.value), !letters.isEmpty {
                letters[letters.count - 1].tone = scalar
            } else if (0x0300...0x036F).contains(scalar.value), !letters.isEmpty {
                letters[letters.count - 1].base.append(scalar)
            } else {
                letters.append(([scalar], nil))
            }
        }
        let plain = letters.map { String(String.UnicodeScalarView($0.base)).lowercased() }
        let count = plain.count
        guard count >= 2, let tone = letters[count - 1].tone, letters[count - 2].tone == nil else { return syllable }
        let pair = plain[count - 2] + plain[count - 1]
        guard ["oa", "oe", "uy"].contains(pair) else { return syllable }
        // "quý": the u belongs to the onset qu, so the y keeps the mark.
        if pair == "uy", count >= 3, plain[count - 3] == "q" { return syllable }
        letters[count - 1].tone = nil
        letters[count - 2].tone = tone
        var scalars = String.UnicodeScalarView()
        for letter in letters {
            scalars.append(contentsOf: letter.base)
            if let mark = letter.tone { scalars.append(mark) }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
