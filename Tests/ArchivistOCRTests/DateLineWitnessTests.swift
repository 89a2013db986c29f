import ArchivistCore
import ArchivistTestSupport
import Foundation
import Testing
@testable import ArchivistOCR

/// The date line's second read is the English model's when the pipeline reads English too: an
/// italic 8 the Vietnamese model reads 6 at 96 on a clean 300 dpi page (a held-out seed's), the
/// English model reads 8.
@Suite struct DateLineWitnessTests {
    let line = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/italic-date-line.png")

    func read(witness: String?) async throws -> (day: RecognizedWord, month: RecognizedWord, year: RecognizedWord) {
        let pool = TesseractPool(workers: 1)
        defer { pool.shutdown() }
        let page = try await pool.recognize(PageRequest(url: line, location: PageLocation(filePosition: 0, pageInFile: 0), number: 1,
                                                        language: "vie", dpi: nil, preparation: PreparationOptions(), languageIfEnglish: witness))
        let numbers = try #require(TesseractEngine.dateNumbers(in: page.words, pageHeight: page.height), "\(page.text)")
        return (page.words[numbers[0]], page.words[numbers[1]], page.words[numbers[2]])
    }

    @Test func theEnglishModelReadsTheDateLineAgain() async throws {
        let date = try await read(witness: "eng")
        #expect(date.day.reread == "08", "the page's read: \(date.day.text)")
        #expect(date.month.reread == "9" && date.year.reread == "2021")
        // Without an English model the Vietnamese one reads the line again, as it read it first.
        let alone = try await read(witness: nil)
        #expect(alone.day.reread == alone.day.text)
    }

    @Test func theEnglishKeywordsOfTheDateLineAreFound() {
        #expect(TesseractEngine.dateNumbers(inText: "Ha Noi, ngay O8 thang 9 ndm 2021") == ["O8", "9", "2021"])
        #expect(TesseractEngine.dateNumbers(inText: "ngay 08 tháng 9 trong 2021") == nil)
    }
}
