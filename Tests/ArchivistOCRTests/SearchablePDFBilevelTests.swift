import ArchivistCore
import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("Searchable PDF keeps bilevel pages bilevel")
struct SearchablePDFBilevelTests {
    @Test("A single-strip G4 TIFF page is copied byte for byte and renders with the same ink",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func g4StripPassesThrough() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let tiff = folder.appendingPathComponent("one-strip.tif")
        let source = try #require(PixImage(taking: pixReadTiff(PDFTestSupport.sample("box-01/cv-112-tu.tif").path, 0)))
        source.setResolution(300)
        #expect(pixWriteTiff(tiff.path, source.pointer, Int32(IFF_TIFF_G4), "w") == 0)
        let reader = try TIFFPageReader(path: tiff.path)
        try reader.select(page: 0)
        try #require(reader.stripCount == 1, "Leptonica writes G4 as one strip")
        let strip = try reader.rawStrip(0)

        let recognized = PDFTestSupport.page(width: 2480, height: 3508, dpi: 300, lines: ["Số 112-CV/TU", "V/v chuyển đổi số"])
        let output = folder.appendingPathComponent("g4.pdf")
        let pdf = try SearchablePDFWriter(title: "Công văn 112")
            .write([SearchablePDFPage(source: tiff, pageInFile: 0, recognized: recognized, dpi: 300)], to: output)

        #expect(pdf.imageStorage == [.ccittPassthrough])
        #expect(pdf.data.range(of: strip) != nil, "the G4 strip is in the PDF unchanged")
        #expect(try PDFTestSupport.structuralProblems(output) == [])
        let images = try PDFTestSupport.images(output)
        #expect(images.map { "\($0.width)x\($0.height) \($0.bits) \($0.encoding)" } == ["2480x3508 1 ccitt"])
        #expect(try PDFTestSupport.extractedLines(output) == ["Số 112-CV/TU", "V/v chuyển đổi số"].map(PDFTestSupport.nfc))
        let (expected, rendered) = try PDFTestSupport.inkFractions(source: source, pdf: output, dpi: 300, folder: folder)
        #expect(abs(expected - rendered) < 0.002, "ink \(expected) in the scan, \(rendered) rendered: inverted or shifted?")
        #expect(expected > 0.01, "the sample page has text on it")
        print("[pdf-size] G4 passthrough page (2480x3508, 300 dpi): \(pdf.data.count) bytes (strip \(strip.count))")
    }

    @Test("A multi-page, multi-strip G4 TIFF becomes a multi-page PDF re-encoded as G4, each page its own text",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func multiPageTIFF() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let tiff = PDFTestSupport.sample("box-01/nq-15-tu.tif")
        let pages = (0..<2).map { index in
            SearchablePDFPage(source: tiff, pageInFile: index,
                              recognized: PDFTestSupport.page(width: 2480, height: 3508, dpi: 300,
                                                              lines: ["NGHỊ QUYẾT trang \(index + 1)"], number: index + 1),
                              dpi: 300)
        }
        let output = folder.appendingPathComponent("nq.pdf")
        let pdf = try SearchablePDFWriter(title: "Nghị quyết 15-NQ/TU").write(pages, to: output)

        #expect(pdf.imageStorage == [.ccittEncoded, .ccittEncoded])
        #expect(try PDFTestSupport.structuralProblems(output) == [])
        #expect(try PDFTestSupport.run("qpdf", ["--show-npages", output.path]).output.hasPrefix("2"))
        let images = try PDFTestSupport.images(output)
        #expect(images.map { "p\($0.page) \($0.width)x\($0.height) \($0.bits) \($0.encoding)" }
                == ["p1 2480x3508 1 ccitt", "p2 2480x3508 1 ccitt"])
        #expect(try PDFTestSupport.extractedLines(output, pages: 2...2) == ["NGHỊ QUYẾT trang 2"])
        let sourceBytes = try Data(contentsOf: tiff).count
        #expect(pdf.data.count < sourceBytes * 3 / 2, "G4 re-encoding stays near the TIFF's own size")
        print("[pdf-size] G4 re-encoded pages (2480x3508, 300 dpi): \(pdf.data.count / 2) bytes/page; TIFF \(sourceBytes / 2) bytes/page")
    }

    @Test("A 1-bit PNG is stored as G4, not as gray",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func bilevelPNGBecomesG4() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let png = folder.appendingPathComponent("bilevel.png")
        let source = try #require(PixImage(taking: pixReadTiff(PDFTestSupport.sample("box-02/tb-230-tu.tif").path, 0)))
        #expect(pixWritePng(png.path, source.pointer, 0) == 0)
        let output = folder.appendingPathComponent("png1.pdf")
        let recognized = PDFTestSupport.page(width: 2480, height: 3508, dpi: 300, lines: ["THÔNG BÁO"])
        let pdf = try SearchablePDFWriter(title: "Thông báo 230")
            .write([SearchablePDFPage(source: png, pageInFile: 0, recognized: recognized, dpi: 300)], to: output)

        #expect(pdf.imageStorage == [.ccittEncoded])
        #expect(try PDFTestSupport.images(output).map { "\($0.bits) \($0.encoding)" } == ["1 ccitt"])
        let (expected, rendered) = try PDFTestSupport.inkFractions(source: source, pdf: output, dpi: 300, folder: folder)
        #expect(abs(expected - rendered) < 0.002)
    }
}
