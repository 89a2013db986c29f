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

    @Test("Asked to, a gray PNG page is stored as JPEG while a G4 page stays G4 and a JPEG page passes through",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func lossyGrayPagesOnlyWhenAsked() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let pages = [("box-02/bc-27-ubnd.png", 2480, 3508, 300), ("box-01/cv-112-tu.tif", 2480, 3508, 300), ("box-02/ct-05-ubnd.jpg", 1653, 2339, 200)]
            .enumerated().map { index, page in
                SearchablePDFPage(source: PDFTestSupport.sample(page.0), pageInFile: 0,
                                  recognized: PDFTestSupport.page(width: page.1, height: page.2, dpi: page.3, lines: ["Trang \(index + 1)"],
                                                                  number: index + 1),
                                  dpi: page.3)
            }
        let output = folder.appendingPathComponent("lossy.pdf")
        let pdf = try SearchablePDFWriter(title: "Báo cáo 27", grayJPEGQuality: 80).write(pages, to: output)
        #expect(pdf.imageStorage == [.jpegEncoded, .ccittEncoded, .jpegPassthrough])
        #expect(try PDFTestSupport.structuralProblems(output) == [])
        #expect(try PDFTestSupport.images(output).map { "\($0.width)x\($0.height) \($0.bits) \($0.encoding) \($0.color)" }
                == ["2480x3508 8 jpeg gray", "2480x3508 1 ccitt gray", "1653x2339 8 jpeg gray"])
        let lossless = try SearchablePDFWriter(title: "Báo cáo 27").render(Array(pages.prefix(1)))
        #expect(lossless.imageStorage == [.flate])
    }
}
