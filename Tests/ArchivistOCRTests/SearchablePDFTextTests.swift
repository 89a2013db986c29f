import ArchivistCore
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("Searchable PDF: text layer geometry and errors")
struct SearchablePDFTextTests {
    private let jpeg = PDFTestSupport.sample("box-01/kh-08-btctu-p1.jpg")

    @Test("Selection lands on the words: pdftotext -bbox boxes match the OCR boxes, also when OCR read an upscaled copy",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools),
          arguments: [1, 2])
    func wordBoxes(ocrScale: Int) throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        // Page at 200 dpi; the engine saw it `ocrScale` times larger, so its boxes are too.
        let words = ["Kế", "hoạch", "Đảng", "chuyển", "đổi", "số"]
        let s = ocrScale
        var recognized = PDFTestSupport.page(width: 1653 * s, height: 2339 * s, dpi: 200 * s, lines: ["Kế hoạch Đảng", "chuyển đổi số"],
                                             origin: (150 * s, 400 * s), charWidth: 25 * s, lineHeight: 50 * s)
        recognized.words[2].box.right += 7 * s   // uneven widths must be honoured
        let output = folder.appendingPathComponent("boxes.pdf")
        try SearchablePDFWriter(title: "Kế hoạch 08")
            .write([SearchablePDFPage(source: jpeg, pageInFile: 0, recognized: recognized, dpi: 200)], to: output)

        let html = try PDFTestSupport.run("pdftotext", ["-bbox", output.path, "-"]).output
        let found = wordRows(html)
        #expect(found.map(\.text) == words.map(PDFTestSupport.nfc))
        for (word, row) in zip(recognized.words, found) {
            let points = 72.0 / Double(200 * s)
            #expect(abs(row.xMin - Double(word.box.left) * points) < 0.2, "\(word.text) left")
            #expect(abs(row.xMax - Double(word.box.right) * points) < 0.2, "\(word.text) right")
            #expect(abs(row.yMin - Double(word.box.top) * points) < 0.2, "\(word.text) top")
            #expect(abs(row.yMax - Double(word.box.bottom) * points) < 0.2, "\(word.text) bottom")
        }
    }

    @Test("A page without words still makes a valid PDF with its image",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func blankPage() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let output = folder.appendingPathComponent("blank.pdf")
        let recognized = PDFTestSupport.page(width: 1653, height: 2339, dpi: 200, lines: [])
        try SearchablePDFWriter(title: "Trang trắng")
            .write([SearchablePDFPage(source: jpeg, pageInFile: 0, recognized: recognized, dpi: 200)], to: output)
        let check = try PDFTestSupport.run("qpdf", ["--check", output.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(try PDFTestSupport.extractedLines(output) == [])
        #expect(try PDFTestSupport.images(output).count == 1)
    }

    @Test("Errors name the file and the page")
    func errorsNameFileAndPage() throws {
        let writer = SearchablePDFWriter(title: "Hồ sơ")
        let recognized = PDFTestSupport.page(width: 2480, height: 3508, dpi: 300, lines: ["x"], number: 7)
        let tiff = PDFTestSupport.sample("box-01/nq-15-tu.tif")

        let beyond = #expect(throws: SearchablePDFError.self) {
            try writer.render([SearchablePDFPage(source: tiff, pageInFile: 5, recognized: recognized, dpi: 300)])
        }
        #expect(beyond?.problem.contains("nq-15-tu.tif: page 6 (document page 7)") == true, "\(String(describing: beyond))")

        let missing = URL(fileURLWithPath: "/nonexistent/box-09/scan_0007.tif")
        let absent = #expect(throws: SearchablePDFError.self) {
            try writer.render([SearchablePDFPage(source: missing, pageInFile: 0, recognized: recognized, dpi: 300)])
        }
        #expect(absent?.problem.hasPrefix("/nonexistent/box-09/scan_0007.tif: page 1") == true, "\(String(describing: absent))")
        #expect(absent?.remedy != nil)

        let notImage = URL(fileURLWithPath: #filePath)
        let text = #expect(throws: SearchablePDFError.self) {
            try writer.render([SearchablePDFPage(source: notImage, pageInFile: 0, recognized: recognized, dpi: 300)])
        }
        #expect(text?.problem.contains("not a TIFF, PNG or JPEG") == true, "\(String(describing: text))")

        let noResolution = #expect(throws: SearchablePDFError.self) {
            try writer.render([SearchablePDFPage(source: tiff, pageInFile: 0, recognized: recognized, dpi: 0)])
        }
        #expect(noResolution?.problem.contains("0 dpi") == true)

        let empty = #expect(throws: SearchablePDFError.self) { try writer.render([]) }
        #expect(empty?.problem.contains("'Hồ sơ'") == true)
    }

    private struct WordRow { var text: String; var xMin, yMin, xMax, yMax: Double }

    /// The `<word xMin=… yMin=… xMax=… yMax=…>text</word>` rows of pdftotext -bbox.
    private func wordRows(_ html: String) -> [WordRow] {
        html.split(separator: "\n").compactMap { line -> WordRow? in
            guard line.contains("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { return nil }
            func attribute(_ name: String) -> Double? {
                guard let start = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let x0 = attribute("xMin"), let y0 = attribute("yMin"), let x1 = attribute("xMax"), let y1 = attribute("yMax") else { return nil }
            let text = String(line[line.index(after: open)..<close.lowerBound])
            return WordRow(text: PDFTestSupport.nfc(text), xMin: x0, yMin: y0, xMax: x1, yMax: y1)
        }
    }
}
