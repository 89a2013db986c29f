/// Syllables Vietnamese seldom writes without any mark. Most syllables carry a tone or a vowel
/// mark, and OCR drops them all at once on a blurred word at high confidence: "UY" (ỦY), "PHO"
/// (PHÓ, PHỐ), "CHANH" (CHÁNH), "Cua" (Của). A word read with no mark at all whose letters the
/// administrative vocabulary knows only with marks, and that is no usual unmarked word ("ban",
/// "quan", "theo"), is a likely misread. ("Cac" is no syllable at all: a stop needs a tone.)
public enum UnmarkedSyllables {
    /// Unmarked syllables common in administrative text, that are words as printed.
    public static let usual: Set<String> = [
        "an", "anh", "ba", "ban", "bao", "bay", "binh", "ca", "cam", "can", "canh", "cao", "cha", "chi", "chia", "chinh",
        "cho", "chu", "chung", "con", "cung", "danh", "di", "do", "doanh", "du", "dung", "gia", "giai", "gian", "giang",
        "giao", "hai", "hay", "huy", "khai", "khi", "khoa", "khu", "kinh", "lai", "lan", "lao", "linh", "mai", "mang",
        "mau", "minh", "mua", "nam", "nay", "ngay", "nghe", "nhanh", "nhau", "nhu", "ninh", "phong", "qua", "quan",
        "quang", "quy", "sang", "sau", "sinh", "so", "song", "tai", "tham", "thanh", "thao", "theo", "thi", "thu", "tin",
        "tinh", "tra", "trang", "tranh", "tri", "trong", "trung", "tuy", "vi", "vinh", "xa", "xanh", "xem", "xin",
    ]

    /// The marked word an unmarked reading probably stands for ("Cua" → "Của"), or nil: the word
    /// has a mark, is no syllable, is a usual unmarked word, or no marked word spells like it.
    public static func likelyMisread(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count >= 2, lower.allSatisfy({ $0.isASCII && $0.isLetter }), !usual.contains(lower),
              !AdministrativeVocabulary.words.contains(lower), VietnameseSyllable.isValid(lower) else { return nil }
        return AdministrativeVocabulary.markedForms[lower].map { PhraseLexicon.casing(of: word, applied: $0) }
    }

    /// In capitals, the toned word a word read with vowel marks but no tone probably stands for
    /// ("PHÔ" → "PHỐ" in "KHU PHỐ"): OCR drops the tone above a capital's mark more often than the
    /// mark. Nil when the vocabulary prints the word so, or knows no toned word with its letters.
    public static func likelyToneLost(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count >= 2, word.allSatisfy({ $0.isLetter && $0.isUppercase }), lower.contains(where: { !$0.isASCII }),
              ToneMarks.toneless(lower) == lower, !AdministrativeVocabulary.words.contains(lower), VietnameseSyllable.isValid(lower)
        else { return nil }
        return AdministrativeVocabulary.tonedForms[lower].map { $0.uppercased() }
    }
}
