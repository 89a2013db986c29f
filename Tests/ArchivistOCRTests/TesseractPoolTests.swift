import ArchivistCore
import ArchivistMetadata
import ArchivistOCR
import ArchivistTestSupport
import Foundation
import Testing

private func request(_ path: String, page: Int = 0, language: String = "vie", dpi: Int? = nil) -> PageRequest {
    PageRequest(url: Samples.file(path), location: PageLocation(filePosition: 0, pageInFile: page), number: page + 1,
                language: language, dpi: dpi)
}

@Test func recognizesAVietnamesePageWithWordsAndConfidence() async throws {
    let pool = TesseractPool(workers: 1)
    defer { pool.shutdown() }
    let page = try await pool.recognize(request("box-01/kl-45-hu.png", dpi: 200))
    let folded = VietnameseFolding.fold(page.text)
    #expect(page.text.contains("Ban Thường vụ Huyện ủy"))
    #expect(folded.contains("cong tac van thu, luu tru"))
    #expect(page.meanConfidence > 80)
    #expect(page.words.count > 100)
    #expect(page.words.allSatisfy { $0.box.right > $0.box.left && $0.box.bottom > $0.box.top && $0.box.right <= page.width })
    #expect(page.text == page.text.precomposedStringWithCanonicalMapping)
    #expect(page.dpi == 200)
}

@Test func pagesOfAMultiPageTIFFAreReadInParallel() async throws {
    let pool = TesseractPool(workers: 2)
    defer { pool.shutdown() }
    async let second = pool.recognize(request("box-02/qd-45-ubnd.tif", page: 1))
    async let third = pool.recognize(request("box-02/qd-45-ubnd.tif", page: 2))
    let pages = try await [second, third]
    #expect(pages.map(\.number) == [2, 3])
    #expect(pages.allSatisfy { $0.text.count > 200 && $0.dpi == 300 })
}

@Test func englishModelReadsEnglish() async throws {
    let pool = TesseractPool(workers: 1)
    defer { pool.shutdown() }
    let page = try await pool.recognize(request("box-02/memo-handover-2025.png", language: "eng"))
    #expect(page.text.contains("MEMORANDUM"))
    #expect(page.text.contains("digitization"))
}

@Test func aPageReadPlainlyEnglishIsReadAgainByTheEnglishModelAndAVietnamesePageIsNot() async throws {
    let pool = TesseractPool(workers: 1)
    defer { pool.shutdown() }
    var memo = request("box-02/memo-handover-2025.png")
    memo.languageIfEnglish = "eng"
    var conclusion = request("box-01/kl-45-hu.png", dpi: 200)
    conclusion.languageIfEnglish = "eng"
    let english = try await pool.recognize(memo), vietnamese = try await pool.recognize(conclusion)
    #expect(english.language == "eng" && english.text.contains("digitization"))
    #expect(vietnamese.language == "vie" && vietnamese.text.contains("Ban Thường vụ Huyện ủy"))
}

@Test func missingLanguageIsAClearError() async throws {
    let pool = TesseractPool(workers: 1)
    defer { pool.shutdown() }
    await #expect { try await pool.recognize(request("box-01/kl-45-hu.png", language: "xyz")) } throws: { error in
        "\(error)".contains("tesseract-ocr-xyz")
    }
}

private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/tesseract-samples")

@Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared/corpora/tesseract-samples beside the checkout"))
func tesseractsOwnTestPageReadsAsItsGoldText() async throws {
    let pool = TesseractPool(workers: 1)
    defer { pool.shutdown() }
    let page = try await pool.recognize(PageRequest(url: corpus.appendingPathComponent("phototest.tif"),
                                                    location: PageLocation(filePosition: 0, pageInFile: 0), number: 1,
                                                    language: "eng", dpi: nil))
    let gold = try String(contentsOf: corpus.appendingPathComponent("phototest.gold.txt"), encoding: .utf8)
    let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).map(String.init) }
    #expect(words(page.text) == words(gold))
}

@Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared/corpora/tesseract-samples beside the checkout"))
func eurotextKeepsTesseractsOwnAccuracyThroughPreparation() async throws {
    let pool = TesseractPool(workers: 1)
    defer { pool.shutdown() }
    let page = try await pool.recognize(PageRequest(url: corpus.appendingPathComponent("eurotext.tif"),
                                                    location: PageLocation(filePosition: 0, pageInFile: 0), number: 1,
                                                    language: "eng", dpi: nil, preparation: PreparationOptions()))
    let truth = try String(contentsOf: corpus.appendingPathComponent("eurotext.txt"), encoding: .utf8)
    let normalize = { (text: String) in text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    let reference = normalize(truth), hypothesis = normalize(page.text)
    let cer = Double(EditDistance.between(reference, hypothesis)) / Double(reference.count)
    print("[eurotext] CER \(String(format: "%.2f%%", cer * 100)) with preparation")
    #expect(cer <= 0.03)
}
