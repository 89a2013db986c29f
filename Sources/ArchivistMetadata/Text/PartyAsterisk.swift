import ArchivistCore

/// The asterisk under the issuing body of a Party document ("ĐẢNG BỘ TỈNH … / HUYỆN ỦY … / *"):
/// a small star alone on its line, which the engine reads as ">k", "»k", "zk", "§" or "k", or
/// "+" and "*%" at 75-82 (held-out seeds 6700-7400: 10 stars of 13 lost on clean pages), under
/// 90. Such a word, in the top third of the page and as wide as it is high, is written back as "*".
public enum PartyAsterisk {
    /// What the engine makes of the star: symbols, or a lone k or x.
    static let misreadings: Set<Character> = ["*", ">", "<", "»", "«", "§", "¥", "+", "%", "#", "x", "X", "z", "k", "K", "s"]

    /// The engine's confidence in a star's misreading stays under this; a "k" at 92 is a k.
    static let mostConfidence = 90.0

    /// The words with a misread star restored, and ">k→*" when one was.
    public static func restore(_ words: [RecognizedWord], pageHeight: Int, dpi: Int) -> (words: [RecognizedWord], repair: String?) {
        for (index, word) in words.enumerated() where isMisreadStar(word, pageHeight: pageHeight, dpi: dpi) {
            guard words.lineRanges.contains(index..<index + 1) else { continue }  // alone on its line
            var restored = words
            restored[index].text = "*"
            return (restored, "\(word.text)→*")
        }
        return (words, nil)
    }

    private static func isMisreadStar(_ word: RecognizedWord, pageHeight: Int, dpi: Int) -> Bool {
        let width = word.box.right - word.box.left, height = word.box.bottom - word.box.top
        return word.text != "*" && (1...3).contains(word.text.count) && word.text.allSatisfy(misreadings.contains)
            && word.confidence < Self.mostConfidence && word.box.bottom < pageHeight / 3
            && height > 0 && height < dpi / 5 && width <= height * 2
    }
}
