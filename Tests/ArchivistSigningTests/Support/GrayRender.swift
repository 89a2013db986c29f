import Foundation

/// Page 1 of a PDF as pdftoppm renders it (gray, CropBox, annotations shown), read from
/// its PGM output: at 72 dpi one pixel is one point of the page as the reader sees it.
struct GrayRender {
    static let isAvailable = Tool.isInstalled("pdftoppm")
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init(_ pdf: URL, dpi: Int = 72) throws {
        let prefix = pdf.deletingPathExtension().path + "-render"
        try Tool.require("pdftoppm", ["-r", String(dpi), "-gray", "-cropbox", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
        // "P5" width height maxval, each followed by one whitespace byte, then the samples.
        var fields: [Int] = [], position = 2, current = ""
        while fields.count < 3, position < bytes.count {
            let byte = bytes[position]
            position += 1
            if (0x30...0x39).contains(byte) { current.append(Character(Unicode.Scalar(byte))) } else if !current.isEmpty {
                fields.append(Int(current)!)
                current = ""
            }
        }
        guard bytes.starts(with: Array("P5".utf8)), fields.count == 3, bytes.count - position >= fields[0] * fields[1] else {
            throw Tool.ToolFailed(command: "pdftoppm", output: "not a gray PGM")
        }
        (width, height, pixels) = (fields[0], fields[1], Array(bytes[position..<position + fields[0] * fields[1]]))
    }

    func isDark(_ x: Int, _ y: Int) -> Bool { pixels[y * width + x] < 128 }

    /// The box (top-left origin) of the pixels dark here and not in `other`, and their count.
    func newInk(comparedWith other: GrayRender) -> (count: Int, minX: Int, minY: Int, maxX: Int, maxY: Int) {
        var result = (count: 0, minX: Int.max, minY: Int.max, maxX: -1, maxY: -1)
        for y in 0..<min(height, other.height) {
            for x in 0..<min(width, other.width) where isDark(x, y) && !other.isDark(x, y) {
                result = (result.count + 1, min(result.minX, x), min(result.minY, y), max(result.maxX, x), max(result.maxY, y))
            }
        }
        return result
    }
}
