import Foundation

/// A TrueType font cut down to the glyphs of a few characters, for embedding in a PDF: the
/// glyphs used, their composite components and .notdef keep their ids (so a PDF CIDFont can
/// use CIDToGIDMap /Identity); every other glyph is empty, and glyphs past the last one used
/// are dropped. Layout tables (GSUB, GPOS, kern) are left out; hinting tables are kept.
public struct TrueTypeSubset: Sendable {
    /// The subset font program (a complete .ttf).
    public let data: Data
    /// "ABCDEF+PostScriptName": the tag names this subset, as PDF asks of subset fonts.
    public let name: String
    /// The glyph drawing each character asked for.
    public let glyphs: [Unicode.Scalar: Int]
    /// Advance widths in font units, by glyph id, of the glyphs drawn.
    public let advances: [Int: Int]

    /// Cuts `font` down to `characters`; a character the font cannot draw is an error naming it.
    public init(font: TrueTypeFont, characters: some Sequence<Unicode.Scalar>) throws {
        var glyphs: [Unicode.Scalar: Int] = [:]
        for scalar in characters where glyphs[scalar] == nil {
            guard let glyph = font.glyph(for: scalar) else { throw FontError.missingGlyph(path: font.path, character: String(scalar)) }
            glyphs[scalar] = glyph
        }
        let kept = try font.closure(of: Set(glyphs.values))
        let count = (kept.max() ?? 0) + 1
        let (glyf, loca, longOffsets) = try Self.outlines(font, kept: kept, count: count)
        var tables: [String: [UInt8]] = ["glyf": glyf, "loca": loca, "hmtx": Self.metrics(font, kept: kept, count: count),
                                         "cmap": Self.characterMap(glyphs)]
        var head = Array(font.bytes[font.tables["head"]!])
        head.set(uint32: 0, at: 8)  // checkSumAdjustment, set once the file is assembled
        head.set(uint16: longOffsets ? 1 : 0, at: 50)
        tables["head"] = head
        var hhea = Array(font.bytes[font.tables["hhea"]!])
        hhea.set(uint16: count, at: 34)
        tables["hhea"] = hhea
        var maxp = Array(font.bytes[font.tables["maxp"]!])
        maxp.set(uint16: count, at: 4)
        tables["maxp"] = maxp
        if let post = font.tables["post"], post.count >= 32 {
            var header = Array(font.bytes[post.lowerBound..<post.lowerBound + 32])
            header.set(uint32: 0x0003_0000, at: 0)  // version 3: no glyph names
            tables["post"] = header
        }
        for tag in ["OS/2", "name", "cvt ", "fpgm", "prep", "gasp"] {
            if let range = font.tables[tag] { tables[tag] = Array(font.bytes[range]) }
        }
        data = Data(Self.assemble(tables))
        self.glyphs = glyphs
        advances = Dictionary(uniqueKeysWithValues: Set(glyphs.values).map { ($0, font.advance(ofGlyph: $0)) })
        name = Self.tag(for: kept, of: font) + "+" + font.postScriptName
    }

    /// New 'glyf' and 'loca': kept outlines copied as they are, 4-byte aligned; short offsets when they fit.
    private static func outlines(_ font: TrueTypeFont, kept: Set<Int>, count: Int) throws -> ([UInt8], [UInt8], Bool) {
        var glyf: [UInt8] = []
        var offsets: [Int] = []
        for glyph in 0..<count {
            offsets.append(glyf.count)
            guard kept.contains(glyph) else { continue }
            glyf += try font.outline(ofGlyph: glyph)
            while glyf.count % 4 != 0 { glyf.append(0) }
        }
        offsets.append(glyf.count)
        let long = glyf.count / 2 > 0xFFFF
        var loca: [UInt8] = []
        for offset in offsets { long ? loca.append(uint32: offset) : loca.append(uint16: offset / 2) }
        return (glyf, loca, long)
    }

    /// 'hmtx' with one full metric per glyph: the font's for kept glyphs, zero for the others.
    private static func metrics(_ font: TrueTypeFont, kept: Set<Int>, count: Int) -> [UInt8] {
        let hmtx = font.tables["hmtx"]!.lowerBound
        var output: [UInt8] = []
        for glyph in 0..<count {
            guard kept.contains(glyph) else { output += [0, 0, 0, 0]; continue }
            let bearing = glyph < font.horizontalMetricCount
                ? hmtx + glyph * 4 + 2
                : hmtx + font.horizontalMetricCount * 4 + (glyph - font.horizontalMetricCount) * 2
            output.append(uint16: font.advance(ofGlyph: glyph))
            output += font.bytes[bearing..<bearing + 2]
        }
        return output
    }

    /// Six capital letters from the kept glyphs and the font: the same subset gets the same tag.
    private static func tag(for kept: Set<Int>, of font: TrueTypeFont) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in Array(font.postScriptName.utf8) + kept.sorted().flatMap({ [UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] }) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return String((0..<6).map { index in Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash >> (index * 10) % 26))) })
    }
}
