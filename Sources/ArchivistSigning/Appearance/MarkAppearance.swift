import Foundation

/// The PDF objects of one visible mark: a form XObject (the widget's /AP /N) drawing the lines
/// right-aligned in black, and the embedded subset font it uses (Type0, Identity-H). Kept
/// PDF/A-2b friendly: embedded font with ToUnicode and widths from the font, no transparency.
struct MarkAppearance {
    let mark: VisibleMark
    /// The lines in NFC, top first.
    let lines: [String]
    let subset: TrueTypeSubset

    init(mark: VisibleMark, lines: [String]) throws {
        self.mark = mark
        self.lines = lines.map(\.precomposedStringWithCanonicalMapping)
        subset = try TrueTypeSubset(font: mark.font, characters: self.lines.flatMap(\.unicodeScalars))
    }

    /// Space around the lines inside the box, in points.
    static let padding = 2.0
    var leading: Double { mark.fontSize * 1.2 }
    var ascent: Double { Double(mark.font.ascender) / Double(mark.font.unitsPerEm) * mark.fontSize }
    var descent: Double { Double(-mark.font.descender) / Double(mark.font.unitsPerEm) * mark.fontSize }

    /// A glyph's width in thousandths of the text size, as the PDF's /W states it.
    func width(ofGlyph glyph: Int) -> Int { mark.font.thousandths(subset.advances[glyph] ?? 0) }

    func glyphs(of line: String) -> [Int] { line.unicodeScalars.compactMap { subset.glyphs[$0] } }

    func lineWidth(_ line: String) -> Double {
        Double(glyphs(of: line).map(width(ofGlyph:)).reduce(0, +)) / 1000 * mark.fontSize
    }

    /// The box the lines need, upright.
    var size: (width: Double, height: Double) {
        let widest = lines.map(lineWidth).max() ?? 0
        return (widest + 2 * Self.padding, 2 * Self.padding + ascent + descent + Double(max(lines.count - 1, 0)) * leading)
    }

    /// The content stream: each line right-aligned, top line first.
    func operators() -> String {
        let (width, height) = size
        var text = "q 0 g BT /F1 \(Self.number(mark.fontSize)) Tf\n"
        for (index, line) in lines.enumerated() {
            let x = width - Self.padding - lineWidth(line)
            let y = height - Self.padding - ascent - Double(index) * leading
            let codes = glyphs(of: line).map { String(format: "%04X", $0) }.joined()
            text += "1 0 0 1 \(Self.number(x)) \(Self.number(y)) Tm <\(codes)> Tj\n"
        }
        return text + "ET Q\n"
    }

    /// Writes the appearance and its font into `update`; returns the widget's /Rect (default
    /// user space: the top-right corner as shown, /Rotate and CropBox respected) and the form.
    func write(into update: inout IncrementalUpdate, on page: PageGeometry) throws -> (rect: PDFObject, form: PDFReference) {
        let (width, height) = size
        let right = max(page.displayedWidth - mark.margin, width), top = max(page.displayedHeight - mark.margin, height)
        let rect = page.userRectangle(left: right - width, bottom: top - height, right: right, top: top)
        let font = try writeFont(into: &update)
        let form = update.allocate()
        update.set(form, .stream(PDFDictionary([
            "Type": .name("XObject"), "Subtype": .name("Form"),
            "BBox": .array([.integer(0), .integer(0), .real(width), .real(height)]),
            "Matrix": .array(page.uprightMatrix.map { .integer($0) }),
            "Resources": .dictionary(PDFDictionary(["Font": .dictionary(PDFDictionary(["F1": .reference(font)]))])),
            "Filter": .name("FlateDecode"),
        ]), try StreamCompression.deflate(Data(operators().utf8))))
        return (.array(rect.map { .real($0) }), form)
    }

    /// A number for content streams: at most three decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.3f", rounded)
            .replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }
}
