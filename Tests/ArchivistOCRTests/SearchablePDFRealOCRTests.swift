import ArchivistCore
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("Searchable PDF from real Tesseract output")
struct SearchablePDFRealOCRTests {
    private static let vietnameseData = FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")

    @Test("pdftotext gives back exactly the words Tesseract read on a Vietnamese G4 page",
          .enabled(if: PDFTestSupport.popplerAndQPDF && vietnameseData, "needs qpdf, poppler-utils and tesseract-ocr-vie"))
    func realWordsComeBack() async throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let tiff = PDFTestSupport.sample("box-01/nq-15-tu.tif")
        let pool = TesseractPool(workers: 1)
        defer { pool.shutdown() }
        let recognized = try await pool.recognize(PageRequest(url: tiff, location: PageLocation(filePosition: 0, pageInFile: 0),
                                                             number: 1, language: "vie", dpi: 300))
        try #require(recognized.words.count > 50, "Tesseract read the page")
        let output = folder.appendingPathComponent("ocr.pdf")
        let pdf = try SearchablePDFWriter(title: "Nghị quyết 15-NQ/TU")
            .write([SearchablePDFPage(source: tiff, pageInFile: 0, recognized: recognized, dpi: 300)], to: output)
        #expect(try PDFTestSupport.structuralProblems(output) == [])

        let extracted = try PDFTestSupport.extractedLines(output).flatMap { $0.split(separator: " ").map(String.init) }
        // Tesseract sometimes returns a "word" of only spaces; the text layer has nothing to place for it.
        let read = recognized.words.map { PDFTestSupport.nfc($0.text).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(extracted.sorted() == read.sorted(), "same words, as a multiset")
        #expect(extracted.contains("Đảng") && extracted.contains("chuyển"), "Vietnamese diacritics survive")
        print("[pdf-size] G4 page with real OCR text layer (\(read.count) words): \(pdf.data.count) bytes")
    }
}
