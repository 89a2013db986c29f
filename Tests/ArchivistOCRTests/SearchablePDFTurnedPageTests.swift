import ArchivistCore
import ArchivistOCR
import ArchivistTestSupport
import CLeptonica
import Foundation
import Testing

/// A page preparation turned or straightened keeps its bytes in the PDF but is drawn turned, so
/// the displayed page is upright and straight and the text layer lands on its words.
@Suite(.enabled(if: PDFTestSupport.has("pdftoppm") && PDFTestSupport.has("pdftotext"), PDFTestSupport.missingTools))
struct SearchablePDFTurnedPageTests {
    private func renderFirstPage(of pages: [SearchablePDFPage], in folder: URL) throws -> (png: URL, pdf: URL) {
        let pdf = folder.appendingPathComponent("turned.pdf")
        try SearchablePDFWriter(title: "turned").write(pages, to: pdf)
        #expect(try PDFTestSupport.structuralProblems(pdf).isEmpty)
        let prefix = folder.appendingPathComponent("rendered")
        #expect(try PDFTestSupport.run("pdftoppm", ["-r", "150", "-gray", "-png", "-singlefile", pdf.path, prefix.path]).status == 0)
        return (prefix.appendingPathExtension("png"), pdf)
    }

    @Test func deskewedPageIsDrawnStraight() async throws {
        let skewed = try transformed("box-02/qd-45-ubnd.tif", name: "skewed.tif", format: Int32(IFF_TIFF_G4)) {
            pixRotate($0, 3 * .pi / 180, Int32(L_ROTATE_SAMPLING), Int32(L_BRING_IN_WHITE), 0, 0)
        }
        let page = try await recognize(skewed, dpi: 300)
        #expect(abs(page.preparation?.skewDegrees ?? 0) > 2)
        let folder = try Samples.scratchFolder()
        let (png, pdf) = try renderFirstPage(of: [SearchablePDFPage(source: skewed, pageInFile: 0, recognized: page, dpi: 300)], in: folder)
        var rendered = pixRead(png.path)
        defer { pixDestroy(&rendered) }
        var bilevel = pixConvertTo1(rendered, 128)
        defer { pixDestroy(&bilevel) }
        var angle: Float = 99, confidence: Float = 0
        #expect(pixFindSkew(bilevel, &angle, &confidence) == 0)
        #expect(abs(angle) < 0.5, "rendered page still skewed by \(angle)°")
        let text = try PDFTestSupport.run("pdftotext", [pdf.path, "-"]).output
        #expect(wordRecall(text, reference: page.text) > 0.98)
    }

    @Test func upsideDownPageIsDrawnUpright() async throws {
        let upsideDown = try transformed("box-01/kl-45-hu.png", name: "upside-down.png") { pixRotateOrth($0, 2) }
        let page = try await recognize(upsideDown, dpi: 200)
        #expect(page.preparation?.rotation == 180)
        let folder = try Samples.scratchFolder()
        let (png, _) = try renderFirstPage(of: [SearchablePDFPage(source: upsideDown, pageInFile: 0, recognized: page, dpi: 200)], in: folder)
        // Read the rendering as it is, without turning it: it must already be upright.
        let shown = try await recognize(png, dpi: 150, preparation: nil)
        #expect(wordRecall(shown.text, reference: page.text) > 0.9)
    }
}
