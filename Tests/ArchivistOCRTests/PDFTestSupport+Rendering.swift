import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

extension PDFTestSupport {
    /// Share of dark pixels in the scan and in the PDF's first page rendered at the scan's resolution.
    static func inkFractions(source: PixImage, pdf: URL, dpi: Int, folder: URL) throws -> (Double, Double) {
        let prefix = folder.appendingPathComponent("render").path
        #expect(try PDFTestSupport.run("pdftoppm", ["-r", "\(dpi)", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix]).status == 0)
        let rendered = try #require(PixImage(taking: pixRead(prefix + ".pgm")))
        // Points are rounded to 1/1000: the rendering may be one pixel larger.
        #expect(abs(rendered.width - source.width) <= 1 && abs(rendered.height - source.height) <= 1)
        return (inkFraction(source), inkFraction(rendered))
    }

    static func inkFraction(_ image: PixImage) -> Double {
        guard let binary = PixImage(taking: pixConvertTo1(image.pointer, 128)) else { return -1 }
        var count: Int32 = 0
        pixCountPixels(binary.pointer, &count, nil)
        return Double(count) / Double(image.width * image.height)
    }
}
