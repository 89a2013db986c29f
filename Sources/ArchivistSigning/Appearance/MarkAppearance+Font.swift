import ArchivistCore
import Foundation

extension MarkAppearance {
    /// Writes the subset as a Type0 font (Identity-H) over a CIDFontType2 whose CIDs are glyph
    /// ids (CIDToGIDMap /Identity), with /W from 'hmtx', the font program as /FontFile2 and a
    /// ToUnicode map; returns the Type0 font's reference.
    func writeFont(into update: inout IncrementalUpdate) throws -> PDFReference {
        let type0 = update.allocate(), cidFont = update.allocate(), descriptor = update.allocate()
        let program = update.allocate(), toUnicode = update.allocate()
        let font = mark.font, name = PDFObject.name(subset.name)
        update.set(type0, .dictionary(PDFDictionary([
            "Type": .name("Font"), "Subtype": .name("Type0"), "BaseFont": name, "Encoding": .name("Identity-H"),
            "DescendantFonts": .array([.reference(cidFont)]), "ToUnicode": .reference(toUnicode),
        ])))
        let widths = subset.advances.keys.sorted().flatMap { glyph -> [PDFObject] in [.integer(glyph), .array([.integer(width(ofGlyph: glyph))])] }
        update.set(cidFont, .dictionary(PDFDictionary([
            "Type": .name("Font"), "Subtype": .name("CIDFontType2"), "BaseFont": name,
            "CIDSystemInfo": .dictionary(PDFDictionary(["Registry": .string(Data("Adobe".utf8)), "Ordering": .string(Data("Identity".utf8)),
                                                        "Supplement": .integer(0)])),
            "FontDescriptor": .reference(descriptor), "CIDToGIDMap": .name("Identity"),
            "DW": .integer(1000), "W": .array(widths),
        ])))
        let box = font.boundingBox
        update.set(descriptor, .dictionary(PDFDictionary([
            "Type": .name("FontDescriptor"), "FontName": name, "Flags": .integer(4),
            "FontBBox": .array([box.xMin, box.yMin, box.xMax, box.yMax].map { .integer(font.thousandths($0)) }),
            "ItalicAngle": .real(font.italicAngle), "Ascent": .integer(font.thousandths(font.ascender)),
            "Descent": .integer(font.thousandths(font.descender)), "CapHeight": .integer(font.thousandths(font.capHeight)),
            "StemV": .integer(80), "FontFile2": .reference(program),
        ])))
        update.set(program, .stream(PDFDictionary(["Length1": .integer(subset.data.count), "Filter": .name("FlateDecode")]),
                                    try StreamCompression.deflate(subset.data)))
        update.set(toUnicode, .stream(PDFDictionary(["Filter": .name("FlateDecode")]),
                                      try StreamCompression.deflate(Data(toUnicodeMap().utf8))))
        return type0
    }

    /// A CMap giving each glyph drawn back as the character it stands for (UTF-16BE).
    func toUnicodeMap() -> String {
        var characters: [Int: Unicode.Scalar] = [:]
        for (scalar, glyph) in subset.glyphs where characters[glyph].map({ scalar < $0 }) ?? true { characters[glyph] = scalar }
        let pairs = characters.sorted { $0.key < $1.key }.map { glyph, scalar in
            "<\(String(format: "%04X", glyph))> <\(String(scalar).utf16.map { String(format: "%04X", $0) }.joined())>"
        }
        return ToUnicodeCMap.text(.bfchar, entries: pairs)
    }
}
