import ArchivistCore
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("Searchable PDF from sample scans")
struct SearchablePDFWriterTests {
    @Test("A gray JPEG passes through as DCT and its Vietnamese words come back out",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func jpegPassthroughWithVietnameseText() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let source = PDFTestSupport.sample("box-02/ct-05-ubnd.jpg")
        let lines = ["ĐẢNG CỘNG SẢN VIỆT NAM", "về đẩy mạnh chuyển đổi số trong các cơ quan Đảng", "Thành phố Hồ Chí Minh"]
        let recognized = PDFTestSupport.page(width: 1653, height: 2339, dpi: 200, lines: lines)
        let output = folder.appendingPathComponent("out.pdf")
        let pdf = try SearchablePDFWriter(title: "Chỉ thị 05/CT-UBND")
            .write([SearchablePDFPage(source: source, pageInFile: 0, recognized: recognized, dpi: 200)], to: output)

        #expect(pdf.imageStorage == [.jpegPassthrough])
        #expect(pdf.data.range(of: try Data(contentsOf: source)) != nil, "the JPEG's bytes are copied unchanged")
        #expect(try PDFTestSupport.structuralProblems(output) == [])
        let images = try PDFTestSupport.images(output)
        #expect(images.count == 1)
        #expect(images.first.map { ($0.width, $0.height, $0.encoding, $0.color) } ?? (0, 0, "", "") == (1653, 2339, "jpeg", "gray"))
        #expect(try PDFTestSupport.extractedLines(output) == lines.map(PDFTestSupport.nfc))
        print("[pdf-size] JPEG page (gray 1653x2339, 200 dpi): \(pdf.data.count) bytes")
    }
}
