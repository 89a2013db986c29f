/// Vietnamese family names as printed. Personal names are never repaired; a first word that
/// folds like a family name but carries other marks ("Huynh", "Đỉnh") is a likely misread of
/// it (Huỳnh, Đinh) and sends the name to review.
public enum Surnames {
    public static let known: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Đoàn", "Trương", "Lâm", "Mai", "Trịnh", "Đào", "Cao", "Lương", "Tạ", "Hà", "Tô",
        "Quách", "Châu", "Thái", "Tăng", "Phùng", "Kiều", "Khúc", "Lưu", "Vương", "Triệu", "Tôn", "Lại", "La",
        "Chu", "Nghiêm", "Mạc", "Thân", "Lục", "Từ", "Giang", "Hứa", "Diệp", "Tiêu", "Kim", "Âu", "Quan", "Đàm",
        "Khương", "Mạch", "Ông", "Nông", "Lò", "Hầu", "Lã", "Phí", "Tống", "Cù", "Đồng", "Đậu", "Ninh", "Vi",
        "Tất", "Lạc", "Thạch", "Danh", "Sơn", "Lữ", "Trình", "Bạch", "Doãn", "Viên", "Mẫn", "Văn", "Cấn", "Bế",
        "Hoàng Phủ", "Tôn Nữ", "Tôn Thất", "Lèo", "Lường", "Quàng", "Y", "H'", "Rơ", "Ksor", "Siu", "Nay", "Rah",
    ]

    private static let byFold: [String: [String]] = Dictionary(grouping: known, by: VietnameseFolding.fold)

    /// The family name a misread word stands for, when exactly one is a single letter's tone
    /// mark away ("Đỉnh" → "Đinh", "Nguyên" → "Nguyễn", "Huynh" → "Huỳnh"). A hat or horn is
    /// part of the letter: "Tâ" may be Tạ or Tô with its bowl cut by a seal's ring.
    public static func repaired(_ word: String) -> String? {
        guard let surname = likelyMisread(word), byFold[VietnameseFolding.fold(word)]?.count == 1,
              PhraseLexicon.letterEdits(word, surname) == 1,
              ToneMarks.toneless(word.lowercased()) == ToneMarks.toneless(surname.lowercased()) else { return nil }
        return PhraseLexicon.casing(of: word, applied: surname)
    }

    /// True when `word` is a family name as printed and no other is one letter's marks away
    /// ("Phùng", "Tạ"; not "La", which could be "Lã").
    public static func isUnmistakable(_ word: String) -> Bool {
        GivenNames.unmistakable(word, among: known)
    }

    /// The family name of two words ("Hoàng Phủ") that two words fold like but do not print
    /// ("Hoàng Phú"); nil otherwise.
    public static func misreadPair(_ words: [String]) -> String? {
        guard words.count == 2 else { return nil }
        let read = words.joined(separator: " ")
        guard let candidates = byFold[VietnameseFolding.fold(read)], !candidates.contains(where: { PhraseLexicon.samePrinting($0, read) }) else { return nil }
        return candidates.first { $0.contains(" ") }
    }

    /// True when a line's words are a person's name: two to six capitalised words of letters,
    /// the first a family name but for its marks.
    public static func opensNameLine(_ words: [String]) -> Bool {
        (2...6).contains(words.count) && foldsLikeOne(words[0])
            && words.allSatisfy { $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }
    }

    /// True when the word is a family name, or one but for its marks ("Đỉnh" for Đinh).
    public static func foldsLikeOne(_ word: String) -> Bool {
        byFold[VietnameseFolding.fold(word)] != nil
    }

    /// What to put in the record for a first word that is no family name: the one family name a
    /// letter from it ("Trầu" → Trần, "Bài" → Bùi), or the one it folds like ("Đưỡng" → Dương); nil
    /// when none or several are. The name still goes to review.
    public static func likelyReading(of word: String) -> String? {
        guard !known.contains(where: { PhraseLexicon.samePrinting($0, word) }) else { return nil }
        if let near = GivenNames.oneLetterFrom(word, among: known.filter { !$0.contains(" ") }) { return near }
        guard let folded = byFold[VietnameseFolding.fold(word)], folded.count == 1 else { return nil }
        return PhraseLexicon.casing(of: word, applied: folded[0])
    }

    /// The family name this word is probably a misread of, if it is not one as printed.
    public static func likelyMisread(_ word: String) -> String? {
        guard !known.contains(where: { PhraseLexicon.samePrinting($0, word) }),
              let candidates = byFold[VietnameseFolding.fold(word)] else { return nil }
        return candidates.sorted().first
    }
}
