/// Tells Vietnamese from English text, as read by an OCR engine, from letter and word
/// statistics. Used to pick the OCR language of a document from its first page.
public enum LanguageGuess {
    public enum Language: String, Sendable {
        case vietnamese = "vi", english = "en", unknown
    }

    private static let englishWords: Set<String> = [
        "the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "are", "be", "this", "by", "as",
        "from", "at", "will", "or", "an", "we", "all", "have", "it", "our", "not", "which", "please", "your",
    ]
    private static let vietnameseWords: Set<String> = [
        "cua", "va", "cac", "trong", "nhung", "duoc", "cho", "voi", "nam", "ngay", "thang", "tren", "khong",
        "nguoi", "mot", "dang", "tinh", "theo", "ve", "co", "la", "thuc", "hien", "chuc", "quan",
    ]

    /// The likely language and a confidence in [0, 1].
    public static func guess(_ text: String) -> (language: Language, confidence: Double) {
        let words = VietnameseFolding.words(in: text).map { text[$0].lowercased() }.filter { $0.count > 1 }
        guard words.count >= 8 else { return (.unknown, 0) }
        let marked = words.filter { $0 != VietnameseFolding.fold($0) }.count
        let markedShare = Double(marked) / Double(words.count)
        let folded = words.map(VietnameseFolding.fold)
        let english = Double(folded.filter(englishWords.contains).count) / Double(words.count)
        let vietnamese = Double(folded.filter(vietnameseWords.contains).count) / Double(words.count)
        // Vietnamese prose marks over half its syllables; English marks almost none.
        let vietnameseScore = markedShare + vietnamese
        let englishScore = (1 - markedShare) * 0.2 + english * 2
        let total = vietnameseScore + englishScore
        guard total > 0 else { return (.unknown, 0) }
        return vietnameseScore >= englishScore
            ? (.vietnamese, vietnameseScore / total)
            : (.english, englishScore / total)
    }
}
