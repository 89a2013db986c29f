/// Confidentiality and urgency marks are stamped in a box, whose sides OCR reads as bars or
/// letters glued to the words ("|KHẨN|", "¡MẬTỊ|", "[HÓA TÓC|"). A word in capitals with such
/// debris at an outer edge that is, once the debris is dropped and marks folded, a mark ("MẬT",
/// "KHẨN") or one of the two-word marks (whose words, "HÓA", "TỐI", are ordinary words alone)
/// is written as the mark prints.
enum BoxedMarks {
    static let marks = ["MẬT", "KHẨN", "TỐI MẬT", "TUYỆT MẬT", "THƯỢNG KHẨN", "HỎA TỐC"].map { $0.split(separator: " ").map(String.init) }

    /// Non-letters a box side is read as, and letters it is read as (folded).
    private static let debris: Set<Character> = ["|", "¡", "!", "[", "]", "(", ")", "{", "}", "/", "\\"]
    private static let barLetters: Set<Character> = ["i", "l", "j"]

    /// The mark's words for `words` (one or two), or nil when they are no boxed mark.
    static func restore(_ words: [String]) -> [String]? {
        let candidates = marks.filter { $0.count == words.count }
        guard let first = words.first, let last = words.last, !candidates.isEmpty else { return nil }
        for (lead, leadCut) in trimmings(first, fromStart: true) {
            for (tail, tailCut) in trimmings(words.count == 1 ? lead : last, fromStart: false) where leadCut || tailCut {
                let core = words.count == 1 ? [tail] : [lead] + words.dropFirst().dropLast() + [tail]
                guard core.allSatisfy({ !$0.isEmpty && $0.allSatisfy { !$0.isLetter || $0.isUppercase } }) else { continue }
                let folded = core.map(VietnameseFolding.fold)
                if let found = candidates.first(where: { $0.map(VietnameseFolding.fold) == folded }) { return found }
            }
        }
        return nil
    }

    /// The word with box debris cut from one end: as it is, without debris characters, and also
    /// without one bar letter beyond them; with whether anything was cut.
    private static func trimmings(_ word: String, fromStart: Bool) -> [(String, Bool)] {
        var text = Substring(word)
        while let edge = fromStart ? text.first : text.last, debris.contains(edge) {
            text = fromStart ? text.dropFirst() : text.dropLast()
        }
        var results = [(String(text), text.count < word.count)]
        if let edge = fromStart ? text.first : text.last, let bar = VietnameseFolding.fold(String(edge)).first, barLetters.contains(bar) {
            results.append((String(fromStart ? text.dropFirst() : text.dropLast()), true))
        }
        return results
    }
}
