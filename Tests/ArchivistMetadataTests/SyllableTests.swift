@testable import ArchivistMetadata
import Foundation
import Testing

/// Vietnamese orthography: which words are syllables, judged also against Debian's hunspell-vi
/// word list (GPL-2, used here as an outside judge, never shipped).
@Suite struct SyllableTests {
    static let hunspell = "/usr/share/hunspell/vi_VN.dic"

    @Test(arguments: ["cấp", "thuật", "người", "nước", "quyết", "Quỳnh", "giếng", "gìn", "khuya", "thuở", "hoặc", "quân",
                      "nghiêng", "kênh", "huỳnh", "xoáy", "khuấy", "cuối", "HUYỆN", "ỦY", "Đảng", "nghị", "quốc", "ếch"])
    func acceptsSyllables(_ word: String) {
        #expect(VietnameseSyllable.isValid(word))
    }

    @Test(arguments: [
        "câp",      // a stop final takes sắc or nặng: cấp, cập
        "mầt",      // mật
        "thuầt",    // thuật
        "tiê",      // iê needs a final: tiên, tiết
        "bă",       // ă needs a final
        "caon",     // ao cannot close
        "mưan",     // ưa cannot close
        "ơnh",      // -nh follows a, ê, i, oa, uê, uy only
        "ing",      // -ng never follows i
        "ka", "ghô", "ngi", "ce",   // k, gh, ngh before front vowels; c, ng never
        "lưuưữ", "hồà", "đ",
    ])
    func rejectsNonSyllables(_ word: String) {
        #expect(!VietnameseSyllable.isValid(word))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: hunspell), "hunspell-vi not installed: apt-get install hunspell-vi"))
    func everyNativeWordOfHunspellIsASyllable() throws {
        let text = try String(contentsOfFile: Self.hunspell, encoding: .utf8)
        // Loanwords and letter names the orthography rules rightly reject.
        let loans: Set = ["basoi", "boong", "boóng", "choòng", "coong", "coóc", "email", "gen", "gip", "goòng", "gram", "internet",
                          "intranet", "ka", "loong", "moóc", "palăng", "ping", "soong", "soóc", "tivi", "toong", "tout", "toòng",
                          "têt", "v", "web", "xit", "xoong"]
        let words = text.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: "/").first ?? "") }
            .filter { !$0.isEmpty && $0 == $0.lowercased() }
        #expect(words.count > 6000)
        let rejected = words.filter { !VietnameseSyllable.isValid($0) && !loans.contains($0) }
        #expect(rejected.isEmpty, "\(rejected.prefix(20))")
    }
}
