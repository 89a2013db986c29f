import ArchivistCore

/// Common Vietnamese middle and given names, as printed. A name word outside this list that a
/// change of one letter's marks would bring into it ("Thi" → "Thị", "Ảnh" → "Ánh", "Đúc" →
/// "Đức") is a likely misread the engine was sure of: the name goes to review, since rarer names
/// exist, put as the usual name when one stands out (`likelyReading`).
public enum GivenNames {
    public static let known: Set<String> = [
        "An", "Anh", "Ánh", "Ân", "Bắc", "Bách", "Bảo", "Bích", "Bình", "Cảnh", "Châu", "Chi", "Chiến", "Chinh", "Chính",
        "Công", "Cúc", "Cường", "Đào", "Tưởng", "Hạ", "Khải", "Khiêm", "Lễ", "Mến", "Sĩ", "Sỹ", "Tấn", "Thọ", "Thông", "Danh", "Diễm", "Diệp", "Dung", "Dũng", "Duy", "Duyên", "Dương", "Đại", "Đạo", "Đạt",
        "Điệp", "Đình", "Định", "Đoan", "Đông", "Đức", "Gia", "Giang", "Hà", "Hải", "Hạnh", "Hào", "Hảo", "Hằng", "Hân",
        "Hậu", "Hiền", "Hiển", "Hiệp", "Hiếu", "Hoa", "Hòa", "Hóa", "Hoài", "Hoan", "Hoàn", "Hoàng", "Hồng", "Huân",
        "Huệ", "Hùng", "Hưng", "Hương", "Hường", "Hữu", "Huy", "Huyền", "Khang", "Khánh", "Khoa", "Khôi", "Kiên",
        "Kiều", "Kim", "Lam", "Lan", "Lâm", "Lập", "Lệ", "Liên", "Liễu", "Linh", "Loan", "Long", "Lộc", "Lợi", "Luân",
        "Luyến", "Lực", "Lương", "Ly", "Lý", "Mai", "Mạnh", "Minh", "My", "Mỹ", "Nam", "Nga", "Ngân", "Nghĩa",
        "Ngọc", "Nguyên", "Nguyệt", "Nhàn", "Nhân", "Nhật", "Nhi", "Nhung", "Ninh", "Oanh", "Phát", "Phong", "Phú",
        "Phúc", "Phụng", "Phước", "Phương", "Phượng", "Quang", "Quân", "Quế", "Quốc", "Quý", "Quyên", "Quyết",
        "Quỳnh", "Sang", "Sáng", "Sinh", "Sơn", "Sương", "Tài", "Tâm", "Tân", "Thạch", "Thái", "Thanh", "Thành",
        "Thảo", "Thắm", "Thắng", "Thế", "Thị", "Thiện", "Thịnh", "Thoa", "Thơ", "Thu", "Thuận", "Thúy", "Thủy",
        "Thư", "Thương", "Tiến", "Tín", "Tình", "Toàn", "Trang", "Trâm", "Trí", "Triều", "Trinh", "Trọng", "Trung",
        "Trường", "Tú", "Tuấn", "Tùng", "Tuyết", "Tường", "Uyên", "Văn", "Vân", "Vi", "Việt", "Vinh", "Vĩnh", "Võ",
        "Vũ", "Vy", "Xuân", "Yến",
    ]

    /// True when `word` is a usual name as printed and no other usual name is one letter's marks
    /// away ("Thị", "Tuấn"; not "Hà", which could be "Hạ"): its list checks it letter for letter.
    public static func isUnmistakable(_ word: String) -> Bool {
        unmistakable(word, among: known)
    }

    static func unmistakable(_ word: String, among names: Set<String>) -> Bool {
        names.contains(word) && !SyllableRepair.variants(of: word).contains { variant in names.contains { PhraseLexicon.samePrinting($0, variant) } }
    }

    /// True when `word` is a usual name as printed (case and tone placement aside).
    public static func isUsual(_ word: String) -> Bool {
        known.contains { PhraseLexicon.samePrinting($0, word) }
    }

    /// The usual name a printed name word is probably a misread of, when it is none itself.
    public static func likelyMisread(_ word: String) -> String? {
        guard !isUsual(word) else { return nil }
        return SyllableRepair.variants(of: word).first { variant in known.contains { PhraseLexicon.samePrinting($0, variant) } }
            ?? misspelt(word)
    }

    /// What to put in the record for a name word that is no usual name: the one usual name its
    /// marks could be ("Trỉnh" → Trinh, "Đúc" → Đức), or, in the middle of a name, the usual
    /// middle name among several ("Vàn" → Văn, not Vân); nil when no single name stands out. The
    /// name still goes to review: rarer names exist.
    public static func likelyReading(of word: String, middle: Bool) -> String? {
        guard !isUsual(word) else { return nil }
        let candidates = Set(SyllableRepair.variants(of: word).compactMap { variant in known.first { PhraseLexicon.samePrinting($0, variant) } })
        if candidates.count == 1 { return candidates.first }
        if middle, let usual = ["Văn", "Thị"].first(where: candidates.contains) { return usual }
        return candidates.isEmpty ? misspelt(word) : nil
    }

    /// The usual name a word that is no syllable stands for, a letter from it: cut short ("Tưởn"),
    /// a letter read twice or as another ("Miinh", "Vău"). A syllable may be a rarer name.
    static func misspelt(_ word: String) -> String? {
        cutShort(word) ?? (VietnameseSyllable.isValid(word) ? nil : oneLetterFrom(word, among: known))
    }

    /// The one name of `names` a word is a letter from, marks counted: a letter added, lost or
    /// changed ("Miinh" → Minh, "Hoànz" → Hoàng, "Caø" → Cao), in the word's case; nil when no
    /// name or several are, or the word is shorter than three letters (a letter from too many).
    static func oneLetterFrom(_ word: String, among names: Set<String>) -> String? {
        let read = ToneMarks.canonical(word.lowercased())
        guard read.count >= 3 else { return nil }
        let near = names.filter { EditDistance.between(ToneMarks.canonical($0.lowercased()), read) == 1 }
        guard near.count == 1, let name = near.first else { return nil }
        return PhraseLexicon.casing(of: word, applied: name)
    }

    /// The usual name a word is when its last letter was lost ("Tưởn" for Tưởng, its "g" read
    /// apart under a signature stroke), or, when only one name fits, its last letter and the tone
    /// with it ("Điê" for Điệp).
    static func cutShort(_ word: String) -> String? {
        guard word.count >= 2 else { return nil }
        if let exact = ["g", "h", "n", "c", "t", "i", "y", "o", "u", "m", "p"].lazy.map({ word + $0 })
            .first(where: { longer in known.contains { PhraseLexicon.samePrinting($0, longer) } }) { return exact }
        let read = ToneMarks.toneless(word.lowercased())
        let fitting = known.filter { $0.count == word.count + 1 && ToneMarks.toneless(String($0.lowercased().dropLast())) == read }
        return fitting.count == 1 ? fitting.first.map { PhraseLexicon.casing(of: word, applied: $0) } : nil
    }
}
