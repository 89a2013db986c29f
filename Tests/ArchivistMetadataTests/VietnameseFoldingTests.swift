import ArchivistMetadata
import Foundation
import Testing

@Test(arguments: [
    ("chuyển đổi số", "chuyen doi so"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "dang cong san viet nam"),
    ("Đường, dương, đương", "duong, duong, duong"),
    ("Ủy ban nhân dân", "uy ban nhan dan"),
    ("ÐẢNG Ɖảng", "dang dang"),  // OCR look-alikes of Đ
])
func foldingRemovesMarksAndD(input: String, expected: String) {
    #expect(VietnameseFolding.fold(input) == expected)
}

@Test func foldingIgnoresUnicodeForm() {
    let nfd = "chuyển đổi số".decomposedStringWithCanonicalMapping
    #expect(Array(nfd.utf8) != Array("chuyển đổi số".utf8))
    #expect(VietnameseFolding.fold(nfd) == "chuyen doi so")
}

@Test func tokensAreFoldedWords() {
    #expect(VietnameseFolding.tokens("Số 15-NQ/TU, ngày 03/4/2018") == ["so", "15", "nq", "tu", "ngay", "03", "4", "2018"])
}

@Test func snippetMarksMatchesInTheOriginalText() {
    let text = "Nghị quyết về đẩy mạnh chuyển đổi số trong các cơ quan Đảng, giai đoạn 2025-2030."
    let snippet = SearchSnippet.make(text: text, queryTokens: ["chuyen", "doi", "so"])
    #expect(snippet.contains("«chuyển đổi số»"))
    #expect(snippet.hasPrefix("Nghị quyết"))
}

@Test func snippetWindowsLongText() {
    let filler = Array(repeating: "lorem", count: 50).joined(separator: " ")
    let snippet = SearchSnippet.make(text: filler + " lưu trữ " + filler, queryTokens: ["luu", "tru"], radius: 3)
    #expect(snippet == "…lorem lorem lorem «lưu trữ» lorem lorem…")
}

@Test func languageGuessTellsVietnameseFromEnglish() {
    let vietnamese = "Ban Thường vụ Tỉnh ủy đề nghị các cơ quan, đơn vị tổ chức thực hiện nghiêm túc nội dung công tác lưu trữ và chuyển đổi số."
    let english = "The provincial archives will receive the records of the dissolved committees and digitize them by the end of the year."
    #expect(LanguageGuess.guess(vietnamese).language == .vietnamese)
    #expect(LanguageGuess.guess(english).language == .english)
    #expect(LanguageGuess.guess("Số 15").language == .unknown)
}
