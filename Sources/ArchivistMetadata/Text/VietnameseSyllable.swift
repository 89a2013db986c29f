import Foundation

/// Checks whether a word is a well-formed Vietnamese syllable: a known onset, vowel group
/// and final, with at most one tone mark. Used to judge legacy-encoding conversions.
public enum VietnameseSyllable {
    private static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                 "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    private static let nuclei: Set<String> = [
        "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oai", "oay",
        "oe", "oeo", "oi", "oo", "ua", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya", "uye", "uyu",
        "ye", "yeu", "ieu", "ua", "uai", "uao",
    ]
    private static let finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""]

    /// True when the word (any case) is a plausible Vietnamese syllable.
    public static func isValid(_ word: String) -> Bool {
        let toneCount = word.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { ToneMarks.tones.contains($0.value) }.count
        guard toneCount <= 1 else { return false }
        let folded = VietnameseFolding.fold(word)
        guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        for onset in onsets where folded.hasPrefix(onset) {
            let rest = folded.dropFirst(onset.count)
            for final in finals where rest.hasSuffix(final) {
                let nucleus = String(rest.dropLast(final.count))
                if nuclei.contains(nucleus) { return true }
                // "gi" and "qu" lend their vowel to the nucleus: "gì", "quốc".
                if nucleus.isEmpty, onset == "gi" { return true }
            }
        }
        return false
    }
}
