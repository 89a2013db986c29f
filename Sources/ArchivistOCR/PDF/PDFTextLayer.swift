import ArchivistCore
import Foundation

/// The invisible text of one page (render mode 3) in the glyphless font: each line on its
/// own baseline at the bottom of the line's box, sized to the line's height; each word
/// starting at its box's left edge and stretched (Tz) to the box's width; a space stretched
/// across the gap to the next word, so that extraction and selection follow the words.
struct PDFTextLayer {
    /// The page's words in reading order; consecutive words with the same block and line form a line.
    var words: [RecognizedWord]
    /// Word box pixels to image pixels (the engine may have read a scaled copy).
    var scaleX: Double
    var scaleY: Double
    /// Image pixels to points.
    var pointsPerPixel: Double
    var pageHeight: Double

    /// Content stream operators (BT … ET), or an empty string when there is no text.
    func operators(font: String) -> String {
        var out = ""
        for line in lines() {
            let top = line.map { Double($0.box.top) }.min()! * scaleY * pointsPerPixel
            let bottom = line.map { Double($0.box.bottom) }.max()! * scaleY * pointsPerPixel
            let size = bottom - top
            guard size > 0 else { continue }
            out += "/\(font) \(PDFSyntax.number(size, digits: 2)) Tf\n"
            let baseline = pageHeight - bottom
            var lineStart: Double?   // x of the previous word: Td moves are relative to it
            for (index, word) in line.enumerated() {
                let text = word.text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
                guard !text.isEmpty else { continue }
                // Rounded to the 1/100 pt written, so that relative Td moves do not drift.
                let left = (Double(word.box.left) * scaleX * pointsPerPixel * 100).rounded() / 100
                let width = max(Double(word.box.right - word.box.left) * scaleX * pointsPerPixel, 0.1)
                if let previous = lineStart {
                    out += "\(PDFSyntax.number(left - previous, digits: 2)) 0 Td\n"
                } else {
                    out += "1 0 0 1 \(PDFSyntax.number(left, digits: 2)) \(PDFSyntax.number(baseline, digits: 2)) Tm\n"
                }
                lineStart = left
                out += "\(stretch(width, units: text.utf16.count, size: size)) Tz <\(PDFSyntax.utf16Hex(text))> Tj\n"
                if index + 1 < line.count {
                    let gap = (Double(line[index + 1].box.left) * scaleX * pointsPerPixel) - (left + width)
                    if gap > 0.01 { out += "\(stretch(gap, units: 1, size: size)) Tz <0020> Tj\n" }
                }
            }
        }
        return out.isEmpty ? "" : "BT\n3 Tr\n" + out + "ET\n"
    }

    /// Horizontal scaling (percent) that makes `units` glyphs of the font span `width` points.
    private func stretch(_ width: Double, units: Int, size: Double) -> String {
        let natural = Double(units) * Double(GlyphlessFont.glyphWidth) / 1000 * size
        return PDFSyntax.number(100 * width / natural, digits: 2)
    }

    /// Runs of consecutive words that share a block and a line.
    private func lines() -> [[RecognizedWord]] {
        var lines: [[RecognizedWord]] = []
        for word in words {
            if let last = lines.last?.last, last.block == word.block, last.line == word.line {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
            }
        }
        return lines
    }
}
