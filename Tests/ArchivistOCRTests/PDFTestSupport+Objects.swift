import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

extension PDFTestSupport {
    /// One stream object of a PDF as qpdf reads it.
    struct Stream {
        var reference: String
        /// qpdf's JSON form: names as "/Name", references as "7 0 R".
        var dictionary: [String: Any]
        /// Flate undone; DCT data left as stored.
        var data: Data
    }

    /// Every stream of the PDF, through `qpdf --json=2 --decode-level=generalized`.
    static func streams(_ pdf: URL) throws -> [Stream] {
        let json = try run("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized",
                                    pdf.path, "-"])
        #expect(json.status == 0, "qpdf --json: \(json.output.suffix(500))")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let sections = try #require(root["qpdf"] as? [Any])
        let objects = try #require(sections.last as? [String: Any])
        return objects.compactMap { key, value in
            guard let stream = (value as? [String: Any])?["stream"] as? [String: Any],
                  let dictionary = stream["dict"] as? [String: Any],
                  let base64 = stream["data"] as? String, let data = Data(base64Encoded: base64) else { return nil }
            return Stream(reference: String(key.dropFirst("obj:".count)), dictionary: dictionary, data: data)
        }
    }

    /// The first page rendered in colour at `dpi` by pdftoppm, as 32-bit RGB pixels.
    static func renderedInColour(_ pdf: URL, dpi: Int, folder: URL) throws -> PixImage {
        let prefix = folder.appendingPathComponent("colour").path
        let render = try run("pdftoppm", ["-r", "\(dpi)", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        #expect(render.status == 0, "pdftoppm: \(render.output)")
        return try #require(PixImage(taking: pixRead(prefix + ".ppm")))
    }

    /// A pixel's red, green and blue.
    static func rgb(_ image: PixImage, x: Int, y: Int) -> [Int] {
        var r: Int32 = 0, g: Int32 = 0, b: Int32 = 0
        pixGetRGBPixel(image.pointer, Int32(x), Int32(y), &r, &g, &b)
        return [Int(r), Int(g), Int(b)]
    }
}
