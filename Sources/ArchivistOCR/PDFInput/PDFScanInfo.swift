import ArchivistCore
import Foundation

/// What a PDF is, from pdfinfo and pdfimages: its pages (size in pixels at the resolution of
/// the scan inside), whether it is encrypted or signed, and which pages carry a text layer.
enum PDFScanInfo {
    /// Resolution assumed for pages with no image (born-digital pages).
    static let defaultDPI = 300

    static func inspect(_ url: URL) throws -> ImageInfo {
        let path = url.path
        let info = String(decoding: try Poppler.run("pdfinfo", [path], for: path), as: UTF8.self)
        let pageCount = Int(field("Pages", in: info) ?? "") ?? 0
        guard pageCount > 0 else { throw PDFInputError.toolFailed(tool: "pdfinfo", path: path, message: "no pages") }
        let encrypted = field("Encrypted", in: info)?.hasPrefix("yes") ?? false
        let signed = try containsSignature(url)
        if encrypted {
            return ImageInfo(format: .pdf, pages: [], pdf: PDFSource(encrypted: true, signed: signed, pagesWithText: []))
        }
        let sizes = String(decoding: try Poppler.run("pdfinfo", ["-f", "1", "-l", "\(pageCount)", path], for: path), as: UTF8.self)
        let images = try scanImages(path)
        let text = String(decoding: try Poppler.run("pdftotext", ["-layout", path, "-"], for: path), as: UTF8.self)
            .components(separatedBy: "\u{0C}")
        var pages: [PageGeometry] = []
        var withText: [Int] = []
        for number in 1...pageCount {
            let points = pageSize(number, in: sizes) ?? (595, 842)
            let image = images[number]
            let dpi = image?.dpi ?? defaultDPI
            pages.append(PageGeometry(width: Int((points.0 * Double(dpi) / 72).rounded()), height: Int((points.1 * Double(dpi) / 72).rounded()),
                                      dpi: dpi, bitsPerPixel: image?.bits ?? 8))
            if number <= text.count, text[number - 1].filter(\.isLetter).count >= 20 { withText.append(number - 1) }
        }
        return ImageInfo(format: .pdf, pages: pages, pdf: PDFSource(encrypted: false, signed: signed, pagesWithText: withText))
    }

    private static func field(_ name: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// "Page    2 size:  595.2 x 841.92 pts (A4)" → (595.2, 841.92).
    static func pageSize(_ number: Int, in text: String) -> (Double, Double)? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Page") && $0.contains(" size:")
                  && $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } == number }),
              let match = line.firstMatch(of: /size:\s+([\d.]+) x ([\d.]+) pts/) else { return nil }
        return (Double(match.1) ?? 595, Double(match.2) ?? 842)
    }

    /// The largest image on each page: its resolution and bit depth.
    private static func scanImages(_ path: String) throws -> [Int: (dpi: Int, bits: Int)] {
        let list = String(decoding: try Poppler.run("pdfimages", ["-list", path], for: path), as: UTF8.self)
        var best: [Int: (area: Int, dpi: Int, bits: Int)] = [:]
        for line in list.split(separator: "\n").dropFirst(2) {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard columns.count >= 14, let page = Int(columns[0]), let width = Int(columns[3]), let height = Int(columns[4]),
                  let bits = Int(columns[7]), let ppi = Int(columns[12]) else { continue }
            if width * height > best[page]?.area ?? 0 { best[page] = (width * height, ppi, bits) }
        }
        return best.mapValues { (dpi: min(max($0.dpi, 70), 1200), bits: $0.bits) }
    }

    /// A signature dictionary's /ByteRange, looked for in the file's bytes (signature
    /// dictionaries are never inside compressed object streams).
    private static func containsSignature(_ url: URL) throws -> Bool {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)
        return data.range(of: Data("/ByteRange".utf8)) != nil
    }
}
