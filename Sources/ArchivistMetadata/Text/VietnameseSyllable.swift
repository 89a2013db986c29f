import Foundation

/// Checks whether a word is a well-formed Vietnamese syllable: a known onset, vowel group
/// (with its circumflex, breve and horn letters) and final, at most one tone mark, and the
/// spelling rules of gh/ngh/k. Used to judge legacy-encoding conversions and OCR words.
public enum VietnameseSyllable {
    private static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                 "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu",
        "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu",
        "uy", "uya", "uyê", "uyu", "yê", "iêu", "yêu", "oai", "oay", "uây", "uôi", "ươi", "ươu", "oeo", "uêu", "oao",
    ]
    private static let finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""]

    /// True when the word (any case) is a plausible Vietnamese syllable.
    public static func isValid(_ word: String) -> Bool {
        var letters = String.UnicodeScalarView()
        var tones = 0
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ToneMarks.tones.contains(scalar.value) { tones += 1 } else { letters.append(scalar) }
        }
        let base = String(letters).precomposedStringWithCanonicalMapping
        guard tones <= 1, !base.isEmpty, base.allSatisfy({ $0.isLetter }) else { return false }
        for onset in onsets where base.hasPrefix(onset) {
            let rest = base.dropFirst(onset.count)
            for final in finals where rest.hasSuffix(final) {
                let nucleus = String(rest.dropLast(final.count))
                // "gì", "quốc": gi and qu lend their vowel.
                if nucleus.isEmpty { if onset == "gi" { return true } else { continue } }
                guard nuclei.contains(nucleus) else { continue }
                let front = nucleus.first.map { "ieêy".contains($0) } ?? false
                if ["gh", "ngh", "k"].contains(onset) && !front { continue }
                if ["g", "ng", "c"].contains(onset) && front && onset != "g" { continue }
                return true
            }
        }
        return false
    }
}
