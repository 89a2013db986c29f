import ArchivistCore
import ArchivistOCR
import ArchivistTestSupport
import CLeptonica
import Foundation
import Testing

/// The same page written in each format a box of scans may hold, read back through the
/// inspector and the engine: every one must give the page's text.
private let page = "box-01/kl-45-hu.png" // gray, 200 dpi
private let phrase = "Ban Thường vụ Huyện ủy"

private func convert(_ name: String, format: Int32, _ transform: @escaping (UnsafeMutablePointer<PIX>) -> UnsafeMutablePointer<PIX>?) throws -> URL {
    try transformed(page, name: name, format: format) { source in
        pixSetResolution(source, 200, 200)
        guard let result = transform(source) else { return nil }
        pixSetResolution(result, 200, 200)
        return result
    }
}

@Test(arguments: [
    ("lzw.tif", Int32(IFF_TIFF_LZW)), ("deflate.tif", Int32(IFF_TIFF_ZIP)), ("jpeg-in.tif", Int32(IFF_TIFF_JPEG)),
])
func compressedTIFFsAreRead(name: String, format: Int32) async throws {
    let file = try convert(name, format: format) { pixClone($0) }
    #expect(try LeptonicaImageInspector().inspect(file).format == .tiff)
    #expect(try await recognize(file).text.contains(phrase))
}

@Test func sixteenBitPaletteAndAlphaPNGsAreRead() async throws {
    let sixteen = try convert("sixteen.png", format: Int32(IFF_PNG)) { pixConvert8To16($0, 8) }
    let palette = try convert("palette.png", format: Int32(IFF_PNG)) { pixConvertGrayToColormap($0) }
    let alpha = try convert("alpha.png", format: Int32(IFF_PNG)) { source in
        guard let rgb = pixConvertTo32(source) else { return nil }
        pixSetSpp(rgb, 4)
        pixSetComponentArbitrary(rgb, Int32(L_ALPHA_CHANNEL), 255) // opaque
        return rgb
    }
    for file in [sixteen, palette, alpha] {
        #expect(try await recognize(file).text.contains(phrase), "\(file.lastPathComponent)")
    }
    #expect(try LeptonicaImageInspector().inspect(sixteen).pages[0].bitsPerPixel == 16)
}

@Test(.enabled(if: ExternalTool.path("pdftoppm") != nil, "needs poppler-utils to read PDFs"))
func imageOnlyPDFIsRenderedAtItsScanResolutionAndRead() async throws {
    // An image-only PDF made from the sample: the writer with no words gives exactly that.
    let empty = RecognizedPage(number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 0, height: 0, dpi: 200,
                               language: "vie", text: "", meanConfidence: 0, words: [], recognizeSeconds: 0)
    let pdf = try Samples.scratchFolder().appendingPathComponent("scan.pdf")
    try SearchablePDFWriter(title: "scan").write([SearchablePDFPage(source: Samples.file(page), pageInFile: 0, recognized: empty, dpi: 200)], to: pdf)
    let info = try LeptonicaImageInspector().inspect(pdf)
    #expect(info.format == .pdf && info.pages.count == 1 && info.pages[0].dpi == 200)
    #expect(info.pdf?.pagesWithText.isEmpty == true && info.pdf?.keptAsReceived == false)
    let read = try await recognize(pdf, dpi: info.pages[0].dpi)
    #expect(read.text.contains(phrase))
}

@Test(.enabled(if: ExternalTool.path("pdftoppm") != nil, "needs poppler-utils to read PDFs"))
func aBilevelScanInAPDFReadsAlikeEveryTime() async throws {
    // pdftoppm's -mono dithers at random: the bench's bilevel PDF pages read with other words
    // from run to run (0.9-1.5% order-free error). Rendered gray and thresholded, they do not.
    let empty = RecognizedPage(number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 0, height: 0, dpi: 300,
                               language: "vie", text: "", meanConfidence: 0, words: [], recognizeSeconds: 0)
    let pdf = try Samples.scratchFolder().appendingPathComponent("bilevel-scan.pdf")
    try SearchablePDFWriter(title: "scan").write([SearchablePDFPage(source: Samples.file("box-01/nq-15-tu.tif"), pageInFile: 0, recognized: empty, dpi: 300)],
                                                 to: pdf)
    let first = try await recognize(pdf, dpi: 300), second = try await recognize(pdf, dpi: 300)
    #expect(first.preparation?.binarized == true)
    #expect(first.preparation?.inkFraction == second.preparation?.inkFraction)
    let readAlike = first.words.map(\.text) == second.words.map(\.text)
    #expect(readAlike)
}
