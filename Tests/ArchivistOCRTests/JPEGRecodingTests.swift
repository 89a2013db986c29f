import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("JPEG pages re-coded without touching their pixels")
struct JPEGRecodingTests {
    /// A sample page as a JPEG with libjpeg's standard Huffman tables, as scanners write them.
    private static func standardTablesJPEG() throws -> Data {
        let page = try #require(PixImage(taking: pixRead(PDFTestSupport.sample("box-01/kl-45-hu.png").path)))
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        try #require(pixWriteMemJpeg(&bytes, &size, page.pointer, 85, 0) == 0)
        defer { free(bytes) }
        return Data(bytes: try #require(bytes), count: size)
    }

    private static func decoded(_ jpeg: Data) throws -> PixImage {
        try #require(jpeg.withUnsafeBytes { PixImage(taking: pixReadMemJpeg($0.bindMemory(to: UInt8.self).baseAddress, $0.count, 0, 1, nil, 0)) })
    }

    @Test("Optimised and progressive coding are smaller and decode to the very same pixels")
    func smallerSamePixels() throws {
        let original = try Self.standardTablesJPEG()
        let optimized = try #require(JPEGRecoding.optimized.recode(original).data)
        let progressive = try #require(JPEGRecoding.progressive.recode(original).data)
        #expect(optimized.count < original.count)
        #expect(progressive.count < optimized.count)
        let pixels = try Self.decoded(original)
        for recoded in [optimized, progressive] {
            let decoded = try Self.decoded(recoded)
            var same: Int32 = 0
            withExtendedLifetime((pixels, decoded)) { #expect(pixEqual(pixels.pointer, decoded.pointer, &same) == 0 && same == 1) }
        }
        #expect(JPEGRecoding.copied.recode(original).data == nil)
        print("[jpeg-recoding] 1653x2339 gray page: \(original.count) → optimized \(optimized.count), progressive \(progressive.count) bytes")
    }

    @Test("EXIF, ICC and comment markers survive re-coding")
    func markersKept() throws {
        let original = try Self.standardTablesJPEG()
        func segment(_ marker: UInt8, _ body: [UInt8]) -> [UInt8] {
            [0xFF, marker, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        }
        // EXIF (big-endian TIFF, one IFD entry: orientation 1), a one-chunk ICC profile, a comment.
        let exif = Array("Exif".utf8) + [0, 0] + [0x4D, 0x4D, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]
        let profile = (0..<300).map { UInt8($0 % 251) }
        let icc = Array("ICC_PROFILE".utf8) + [0, 1, 1] + profile
        let comment = Array("Scanned at the provincial archive".utf8)
        let marked = Data([0xFF, 0xD8] + segment(0xE1, exif) + segment(0xE2, icc) + segment(0xFE, comment)) + original.dropFirst(2)
        let recoded = try #require(JPEGRecoding.progressive.recode(marked).data)
        let before = try #require(JPEGHeader.read(marked)), after = try #require(JPEGHeader.read(recoded))
        #expect(after.iccProfile == Data(profile) && before.iccProfile == after.iccProfile)
        #expect(after.exifOrientation == 1)
        #expect(recoded.range(of: Data(comment)) != nil)
    }

    @Test("A damaged JPEG is copied as received, with libjpeg's reason in the page's note")
    func damagedIsCopied() throws {
        let truncated = try Self.standardTablesJPEG().prefix(120_000)
        let result = JPEGRecoding.progressive.recode(Data(truncated))
        #expect(result.data == nil)
        #expect(result.failure?.contains("premature end") == true, "\(result.failure ?? "no reason")")
        let header = try #require(JPEGHeader.read(Data(truncated)))
        let page = PDFImageEncoding.jpeg(header, data: Data(truncated), recoding: .progressive)
        #expect(page.storage == .jpegPassthrough && page.data == Data(truncated))
        #expect(page.note?.contains("could not re-code") == true)
    }

    @Test("In the PDF, poppler renders the re-coded page exactly as the copied one",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func popplerRendersTheSame() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let scan = folder.appendingPathComponent("scan.jpg")
        try Self.standardTablesJPEG().write(to: scan)
        let page = SearchablePDFPage(source: scan, pageInFile: 0,
                                     recognized: PDFTestSupport.page(width: 1653, height: 2339, dpi: 200, lines: ["Kết luận số 45"]), dpi: 200)
        var renders: [Data] = []
        for recoding in [JPEGRecoding.copied, .progressive] {
            let output = folder.appendingPathComponent("\(recoding.rawValue).pdf")
            let pdf = try SearchablePDFWriter(title: "Kết luận 45", jpegRecoding: recoding).write([page], to: output)
            #expect(pdf.imageStorage == [recoding == .copied ? .jpegPassthrough : .jpegRecoded])
            #expect(try PDFTestSupport.structuralProblems(output) == [])
            #expect(try PDFTestSupport.images(output).map(\.encoding) == ["jpeg"])
            let prefix = folder.appendingPathComponent(recoding.rawValue).path
            #expect(try PDFTestSupport.run("pdftoppm", ["-r", "200", "-gray", "-singlefile", output.path, prefix]).status == 0)
            renders.append(try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
        }
        #expect(renders[0] == renders[1])
    }
}
