import Foundation

/// Checks whether a word is a well-formed Vietnamese syllable by the rules of the orthography:
/// a known onset, vowel group (with its circumflex, breve and horn letters) and final, one tone
/// mark at most, and the rules that tie them together: gh/ngh/k before front vowels, a stop
/// final (-p, -t, -c, -ch) only with the sắc or nặng tone, vowel groups that must close (â, ă,
/// iê, uô, ươ…) or cannot (ai, ao, ưa…), -ch/-nh only after a, ê, i, oa, uê, uy, -ng/-c never
/// after i, y, ê, ơ. Used to judge legacy-encoding conversions and OCR words ("câp", "mầt").
public enum VietnameseSyllable {
    private static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                 "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu",
        "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu",
        "uy", "uya", "uyê", "uyu", "yê", "iêu", "yêu", "oai", "oay", "uây", "uôi", "ươi", "ươu", "oeo", "uêu", "oao",
    ]
    private static let finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""]
    /// Vowel groups that end in a glide or are open diphthongs: no final after them.
    private static let open: Set<String> = [
        "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "iêu", "yêu", "oai",
        "oay", "uây", "uôi", "ươi", "ươu", "oeo", "uêu", "oao", "uyu", "ia", "ua", "ưa", "uya",
    ]
    /// Vowel groups that need a final: "tân", "hắt", "tiến", "muốn", "người" (ươi is open).
    private static let closed: Set<String> = ["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "uyê"]
    /// The vowel groups -ch and -nh follow.
    private static let beforePalatal: Set<String> = ["a", "ê", "i", "oa", "uê", "uy"]
    /// The vowel groups -ng and -c never follow ("ing", "êc" are not written).
    private static let neverVelar: Set<String> = ["i", "y", "ê", "ơ", "uy", "uê"]
    /// Sắc and nặng: the only tones of a syllable closed by a stop.
    private static let stopTones: Set<UInt32> = [0x0301, 0x0323]

    /// True when the word (any case) is a plausible Vietnamese syllable.
    public static func isValid(_ word: String) -> Bool {
        var letters = String.UnicodeScalarView()
        var tones: [UInt32] = []
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ToneMarks.tones.contains(scalar.value) { tones.append(scalar.value) } else { letters.append(scalar) }
        }
        let base = String(letters).precomposedStringWithCanonicalMapping
        guard tones.count <= 1, !base.isEmpty, base.allSatisfy({ $0.isLetter }) else { return false }
        for onset in onsets where base.hasPrefix(onset) {
            let rest = base.dropFirst(onset.count)
            for final in finals where rest.hasSuffix(final) {
                // "gì", "gìn", "giếng" read as g + i…, so gi never needs to lend its vowel.
                let nucleus = String(rest.dropLast(final.count))
                guard nuclei.contains(nucleus) else { continue }
                let front = nucleus.first.map { "ieêy".contains($0) } ?? false
                if ["gh", "ngh", "k"].contains(onset) && !front { continue }
                if ["ng", "c"].contains(onset) && front { continue }
                if onset == "g" && front && !nucleus.hasPrefix("i") { continue }
                if fits(sounding(nucleus, after: onset), final: final, tone: tones.first) { return true }
            }
        }
        return false
    }

    /// The vowel group as it sounds: the u of qu is a glide ("quân" ~ uân, "quyết" ~ uyết),
    /// written o before a, ă, e ("quan" ~ oan); qu + i is the old spelling of quy ("quít").
    private static func sounding(_ nucleus: String, after onset: String) -> String {
        guard onset == "qu", let first = nucleus.first else { return nucleus }
        if nucleus == "i" { return "uy" }
        return ("aăe".contains(first) ? "o" : "u") + nucleus
    }

    private static func fits(_ nucleus: String, final: String, tone: UInt32?) -> Bool {
        if final.isEmpty { return !closed.contains(nucleus) }
        if open.contains(nucleus) { return false }
        if ["p", "t", "c", "ch"].contains(final), !(tone.map(stopTones.contains) ?? false) { return false }
        if ["ch", "nh"].contains(final) { return beforePalatal.contains(nucleus) }
        if ["ng", "c"].contains(final) { return !neverVelar.contains(nucleus) }
        return true
    }
}
