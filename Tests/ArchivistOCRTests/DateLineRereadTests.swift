import ArchivistCore
import ArchivistTestSupport
import Foundation
import Testing
@testable import ArchivistOCR

/// The date of issue's numbers get a second read of their line.
@Suite struct DateLineRereadTests {
    private func words(_ line: String, top: Int = 300) -> [RecognizedWord] {
        line.split(separator: " ").enumerated().map { offset, text in
            RecognizedWord(text: String(text), confidence: 90, box: PixelBox(left: 100 + offset * 120, top: top, right: 200 + offset * 120, bottom: top + 40),
                           block: 0, line: 0)
        }
    }

    @Test func findsTheNumbersOfTheDateLineNearTheTop() {
        #expect(TesseractEngine.dateNumbers(in: words("Hà Nội, ngày 17 tháng 3 năm 2019"), pageHeight: 3508) == [3, 5, 7])
        // Lower down, a date in the body ("Nghị quyết số 57 ngày 15 tháng 3 …") is not the date of issue.
        #expect(TesseractEngine.dateNumbers(in: words("ngày 15 tháng 3 năm 2024", top: 2000), pageHeight: 3508) == nil)
        // A number read as no digit at all is read again all the same; bars for 1s are numbers.
        #expect(TesseractEngine.dateNumbers(in: words("ngày 17 tháng Š năm 2019"), pageHeight: 3508) == [1, 3, 5])
        #expect(TesseractEngine.dateNumbers(in: words("ngày 2 tháng ÏI năm 2025"), pageHeight: 3508) == [1, 3, 5])
        #expect(TesseractEngine.dateNumbers(inText: "Đà Lạt, ngày 17 tháng Š năm 2019") == ["17", "Š", "2019"])
        #expect(TesseractEngine.dateNumbers(inText: "17 tháng 8 2019") == nil)
    }

    @Test("On a real page each number of the date line carries its second read, and both reads agree",
          arguments: [("box-01/kl-45-hu.png", ["20", "8", "2019"]), ("box-02/tb-230-tu.tif", ["25", "9", "2023"])])
    func realPagesAreReadTwice(sample: String, numbers: [String]) async throws {
        let page = try await recognize(Samples.file(sample))
        let indexes = try #require(TesseractEngine.dateNumbers(in: page.words, pageHeight: page.height))
        #expect(indexes.map { page.words[$0].text } == numbers)
        #expect(indexes.map { page.words[$0].reread } == numbers)
        // Besides them, only the issuing body's lines and the number (left column, no lower case) are read twice.
        let others = page.words.indices.filter { page.words[$0].reread != nil && !indexes.contains($0) }
        #expect(others.allSatisfy { !page.words[$0].text.contains(where: \.isLowercase) && page.words[$0].box.right < page.width * 11 / 20 })
    }

    @Test("On a real page the symbol under the issuer carries its second read, which agrees",
          arguments: [("box-01/kl-45-hu.png", "45-KL/HU"), ("box-02/qd-45-ubnd.tif", "45/QĐ")])
    func theNumberIsReadTwice(sample: String, symbol: String) async throws {
        let page = try await recognize(Samples.file(sample))
        let word = try #require(page.words.first { $0.text.contains("/") })
        // (The engine reads that Đ twice, "QĐÐ"; the metadata stage mends it.)
        #expect(word.text.hasPrefix(symbol) && word.reread == word.text, "\(word.text) / \(word.reread ?? "-")")
        // Nothing else with a slash is read twice.
        #expect(page.words.filter { $0.text.contains("/") && $0.reread != nil }.count == 1)
    }

    @Test func theNumberWordIsFoundByItsShape() {
        for symbol in ["95-BB/CB", "I7/UBND-VP", "1765/2021/QĐ-UBND", "'05/CT-UBND", "Số:58/2020NQ-HĐND"] {
            #expect(symbol.wholeMatch(of: TesseractEngine.symbolShape) != nil, "\(symbol)")
        }
        for word in ["V/v", "KT/CT", "tỉnh/thành"] { #expect(word.wholeMatch(of: TesseractEngine.symbolShape) == nil, "\(word)") }
    }
}
