import Foundation

/// Folds Vietnamese text for diacritic-insensitive matching: lowercase, tone and vowel marks
/// removed, and đ → d (Unicode folding leaves đ alone, being a letter of its own). Also maps
/// the look-alikes OCR produces for Đ (Ð U+00D0, Ɖ U+0189).
public enum VietnameseFolding {
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue // combining marks: tones, circumflex, breve, horn
            case 0x0111, 0x00F0, 0x0256: scalars.append("d") // đ, ð, ɖ (lowercased Đ, Ð, Ɖ)
            default: scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// True when `read` has the letters of `word` but for their marks, or but for a vowel read
    /// twice ("CHÂẦU" for CHÂU, "ĐÁẢNG" for ĐẢNG: a mark read as a letter of its own).
    static func sameLetters(_ read: String, _ word: String) -> Bool {
        let (first, second) = (Array(fold(read)), Array(fold(word)))
        if first == second { return true }
        guard first.count == second.count + 1 else { return false }
        return first.indices.dropFirst().contains { index in
            first[index] == first[index - 1] && "aeiouy".contains(first[index]) && Array(first[..<index] + first[(index + 1)...]) == second
        }
    }

    /// The words of a text as search tokens: runs of letters and digits, each folded.
    public static func tokens(_ text: String) -> [String] {
        words(in: text).map { fold(String(text[$0])) }
    }

    /// Ranges of the words (runs of letters, marks and digits) in a text.
    public static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWordCharacter = text[index].isLetter || text[index].isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
