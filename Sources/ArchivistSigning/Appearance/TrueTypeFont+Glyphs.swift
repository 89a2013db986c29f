extension TrueTypeFont {
    /// Where a glyph's outline lies in the font's bytes (empty for a glyph with no outline).
    func glyphRange(_ glyph: Int) throws -> Range<Int> {
        let reader = SFNTReader(bytes: bytes, tables: tables, path: path)
        guard glyph >= 0, glyph < glyphCount else { throw FontError.damaged(path: path, table: "loca (glyph \(glyph))") }
        let start = longLocaOffsets ? try reader.uint32("loca", glyph * 4) : try reader.uint16("loca", glyph * 2) * 2
        let end = longLocaOffsets ? try reader.uint32("loca", glyph * 4 + 4) : try reader.uint16("loca", glyph * 2 + 2) * 2
        let glyf = tables["glyf"]!
        guard start <= end, end <= glyf.count else { throw FontError.damaged(path: path, table: "glyf (glyph \(glyph))") }
        return glyf.lowerBound + start..<glyf.lowerBound + end
    }

    /// A glyph's outline bytes as stored in 'glyf'.
    func outline(ofGlyph glyph: Int) throws -> ArraySlice<UInt8> { bytes[try glyphRange(glyph)] }

    /// The glyphs a composite glyph is built from (none for a simple glyph).
    func components(ofGlyph glyph: Int) throws -> [Int] {
        let outline = try outline(ofGlyph: glyph)
        guard outline.count >= 10, Int16(truncatingIfNeeded: Int(outline[outline.startIndex]) << 8 | Int(outline[outline.startIndex + 1])) < 0 else {
            return []
        }
        var components: [Int] = []
        var position = outline.startIndex + 10
        while position + 4 <= outline.endIndex {
            let flags = Int(outline[position]) << 8 | Int(outline[position + 1])
            components.append(Int(outline[position + 2]) << 8 | Int(outline[position + 3]))
            position += 4 + (flags & 0x0001 != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 { position += 2 }        // WE_HAVE_A_SCALE
            else if flags & 0x0040 != 0 { position += 4 }   // WE_HAVE_AN_X_AND_Y_SCALE
            else if flags & 0x0080 != 0 { position += 8 }   // WE_HAVE_A_TWO_BY_TWO
            guard flags & 0x0020 != 0 else { break }        // MORE_COMPONENTS
        }
        return components
    }

    /// The glyphs with every component they are built from, and .notdef (glyph 0).
    func closure(of glyphs: Set<Int>) throws -> Set<Int> {
        var kept: Set<Int> = []
        var pending = Array(glyphs) + [0]
        while let glyph = pending.popLast() {
            guard kept.insert(glyph).inserted else { continue }
            pending += try components(ofGlyph: glyph)
        }
        return kept
    }
}
