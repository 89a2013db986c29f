/// Reads a font's Unicode character map: a format 12 subtable (full Unicode) when there is
/// one, else format 4 (the Basic Multilingual Plane).
struct CharacterMapReader {
    let reader: SFNTReader
    /// More mappings than any real font has: a damaged table, not a font.
    static let limit = 1 << 20

    func read() throws -> [UInt32: Int] {
        let count = try reader.uint16("cmap", 2)
        var best: (rank: Int, offset: Int)?
        for index in 0..<count {
            let record = 4 + index * 8
            let platform = try reader.uint16("cmap", record), encoding = try reader.uint16("cmap", record + 2)
            let offset = try reader.uint32("cmap", record + 4)
            let format = try reader.uint16("cmap", offset)
            let rank: Int
            switch (platform, encoding, format) {
            case (3, 10, 12), (0, 4, 12), (0, 6, 12): rank = 2
            case (3, 1, 4), (0, 3, 4), (0, 4, 4), (0, 1, 4), (0, 0, 4): rank = 1
            default: continue
            }
            if rank > best?.rank ?? 0 { best = (rank, offset) }
        }
        guard let best else { throw FontError.damaged(path: reader.path, table: "cmap (no Unicode subtable of format 4 or 12)") }
        return best.rank == 2 ? try format12(at: best.offset) : try format4(at: best.offset)
    }

    private func format4(at table: Int) throws -> [UInt32: Int] {
        let segments = try reader.uint16("cmap", table + 6) / 2
        let ends = table + 14, starts = ends + segments * 2 + 2
        let deltas = starts + segments * 2, rangeOffsets = deltas + segments * 2
        var map: [UInt32: Int] = [:]
        var codes = 0
        for segment in 0..<segments {
            let end = try reader.uint16("cmap", ends + segment * 2), start = try reader.uint16("cmap", starts + segment * 2)
            let delta = try reader.uint16("cmap", deltas + segment * 2)
            let rangeOffsetPosition = rangeOffsets + segment * 2
            let rangeOffset = try reader.uint16("cmap", rangeOffsetPosition)
            guard start <= end, start != 0xFFFF else { continue }
            codes += end - start + 1
            guard codes < Self.limit else { throw FontError.damaged(path: reader.path, table: "cmap") }
            for code in start...end {
                var glyph: Int
                if rangeOffset == 0 {
                    glyph = (code + delta) & 0xFFFF
                } else {
                    glyph = try reader.uint16("cmap", rangeOffsetPosition + rangeOffset + (code - start) * 2)
                    if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                }
                if glyph != 0 { map[UInt32(code)] = glyph }
            }
        }
        return map
    }

    private func format12(at table: Int) throws -> [UInt32: Int] {
        let groups = try reader.uint32("cmap", table + 12)
        var map: [UInt32: Int] = [:]
        for group in 0..<groups {
            let record = table + 16 + group * 12
            let start = try reader.uint32("cmap", record), end = try reader.uint32("cmap", record + 4)
            let firstGlyph = try reader.uint32("cmap", record + 8)
            guard start <= end, end <= 0x10FFFF, map.count + (end - start) < Self.limit else {
                throw FontError.damaged(path: reader.path, table: "cmap")
            }
            for code in start...end where firstGlyph + (code - start) != 0 {
                map[UInt32(code)] = firstGlyph + (code - start)
            }
        }
        return map
    }
}
