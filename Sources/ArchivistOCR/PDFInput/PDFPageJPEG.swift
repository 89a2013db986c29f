import ArchivistCore
import CLeptonica
import Foundation

/// The JPEG a scanned PDF page is made of, taken out as it is stored, so that the searchable
/// PDF carries the scanner's own JPEG instead of a lossless rendering several times its size.
/// Taken only when the page is that one gray or RGB image drawn upright over the whole page,
/// and when poppler's rendering of the page looks like the JPEG (no inverted, flipped or
/// overdrawn image); any other page is rendered as before.
enum PDFPageJPEG {
    /// Mean gray-level difference, at about 6 dpi, above which the page is not its JPEG alone.
    /// The same page measures under 2; mirrored, 11; a negative, 177; half covered in black, 108.
    static let largestDifference: Float = 6

    static func extract(_ url: URL, page index: Int) throws -> Data? {
        let path = url.path, number = "\(index + 1)"
        let list = String(decoding: try Poppler.run("pdfimages", ["-list", "-f", number, "-l", number, path], for: path), as: UTF8.self)
        // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
        let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        guard rows.count == 1, rows[0].count >= 14, rows[0][2] == "image", rows[0][8] == "jpeg", ["1", "3"].contains(rows[0][6]),
              let width = Int(rows[0][3]), let height = Int(rows[0][4]),
              let xPPI = Double(rows[0][12]), let yPPI = Double(rows[0][13]), abs(xPPI - yPPI) <= 1 else { return nil }
        let info = String(decoding: try Poppler.run("pdfinfo", ["-f", number, "-l", number, path], for: path), as: UTF8.self)
        let rotation = info.split(separator: "\n").first { $0.hasPrefix("Page") && $0.contains(" rot:") }?
            .split(separator: " ").last.flatMap { Int($0) } ?? 0
        guard rotation % 360 == 0, let points = PDFScanInfo.pageSize(index + 1, in: info),
              covers(Double(width) / xPPI * 72, points.0), covers(Double(height) / yPPI * 72, points.1) else { return nil }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archivist-jpeg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("page").path
        _ = try Poppler.run("pdfimages", ["-j", "-f", number, "-l", number, path, prefix], for: path)
        guard let jpeg = try? Data(contentsOf: URL(fileURLWithPath: prefix + "-000.jpg")),
              let header = JPEGHeader.read(jpeg), header.width == width, header.height == height else { return nil }
        _ = try Poppler.run("pdftoppm", ["-r", "25", "-gray", "-f", number, "-l", number, "-singlefile", path, prefix], for: path)
        guard let rendered = PixImage(taking: pixRead(prefix + ".pgm")), looksAlike(jpeg, rendered) else { return nil }
        return jpeg
    }

    /// The image's extent, in points, is the page's to within 1%.
    private static func covers(_ image: Double, _ page: Double) -> Bool {
        abs(image - page) <= page / 100
    }

    private static func looksAlike(_ jpeg: Data, _ rendered: PixImage) -> Bool {
        let reduced = jpeg.withUnsafeBytes { bytes in
            PixImage(taking: pixReadMemJpeg(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, 0, 8, nil, 0))
        }
        // Both brought down to about 6 dpi by area averaging, where resampling filters no longer differ.
        let (width, height) = (Int32(max(rendered.width / 4, 1)), Int32(max(rendered.height / 4, 1)))
        guard let reduced, let gray = PixImage(taking: pixConvertTo8(reduced.pointer, 0)),
              let scaled = PixImage(taking: pixScaleToSize(gray.pointer, width, height)),
              let renderedEight = PixImage(taking: pixConvertTo8(rendered.pointer, 0)),
              let renderedGray = PixImage(taking: pixScaleToSize(renderedEight.pointer, width, height)) else { return false }
        var same: Int32 = 0
        var difference: Float = 0
        let compared = withExtendedLifetime((scaled, renderedGray)) {
            pixCompareGray(scaled.pointer, renderedGray.pointer, Int32(L_COMPARE_ABS_DIFF), 0, &same, &difference, nil, nil)
        }
        return compared == 0 && difference <= largestDifference
    }
}
