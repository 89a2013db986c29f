import ArchivistCore
import CLeptonica
import Foundation

/// Renders one page of a scanned PDF with pdftoppm at the resolution of the scan inside it:
/// 1-bit when the page's image is bilevel (so it stays bilevel), 8-bit gray otherwise.
enum PDFPageRenderer {
    static func render(_ url: URL, page index: Int, dpi: Int) throws -> PixImage {
        let path = url.path
        let number = "\(index + 1)"
        let list = String(decoding: try Poppler.run("pdfimages", ["-list", "-f", number, "-l", number, path], for: path), as: UTF8.self)
        let bilevel = list.split(separator: "\n").dropFirst(2).contains { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            return columns.count > 7 && columns[7] == "1"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archivist-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("page").path
        _ = try Poppler.run("pdftoppm", ["-r", "\(dpi)", "-f", number, "-l", number, "-singlefile", bilevel ? "-mono" : "-gray", path, prefix],
                            for: path)
        let rendered = prefix + (bilevel ? ".pbm" : ".pgm")
        guard let image = PixImage(taking: pixRead(rendered)) else {
            throw RecognitionError.undecodable(path: path, page: index + 1, reason: "pdftoppm produced no readable page")
        }
        image.setResolution(dpi)
        return image
    }
}
