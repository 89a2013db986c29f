extension TrueTypeSubset {
    /// A (3, 1) format 4 'cmap' for the characters of the Basic Multilingual Plane.
    static func characterMap(_ glyphs: [Unicode.Scalar: Int]) -> [UInt8] {
        var segments: [(start: Int, end: Int, delta: Int)] = []
        for (scalar, glyph) in glyphs.filter({ $0.key.value < 0xFFFF }).sorted(by: { $0.key < $1.key }) {
            let code = Int(scalar.value), delta = (glyph - code) & 0xFFFF
            if let last = segments.last, last.end + 1 == code, last.delta == delta {
                segments[segments.count - 1].end = code
            } else {
                segments.append((code, code, delta))
            }
        }
        segments.append((0xFFFF, 0xFFFF, 1))
        let count = segments.count
        let power = 1 << (Int.bitWidth - 1 - count.leadingZeroBitCount)
        var table: [UInt8] = []
        for value in [4, 16 + count * 8, 0, count * 2, power * 2, power.trailingZeroBitCount, count * 2 - power * 2] {
            table.append(uint16: value)
        }
        for segment in segments { table.append(uint16: segment.end) }
        table.append(uint16: 0)
        for segment in segments { table.append(uint16: segment.start) }
        for segment in segments { table.append(uint16: segment.delta) }
        for _ in segments { table.append(uint16: 0) }
        var cmap: [UInt8] = []
        for value in [0, 1, 3, 1] { cmap.append(uint16: value) }
        cmap.append(uint32: 12)
        return cmap + table
    }

    /// The sfnt file: directory sorted by tag, tables 4-byte aligned with their checksums,
    /// and head's checkSumAdjustment making the whole file sum to 0xB1B0AFBA.
    static func assemble(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted()
        let power = 1 << (Int.bitWidth - 1 - tags.count.leadingZeroBitCount)
        var output: [UInt8] = []
        output.append(uint32: 0x0001_0000)
        for value in [tags.count, power * 16, power.trailingZeroBitCount, tags.count * 16 - power * 16] { output.append(uint16: value) }
        var offset = 12 + tags.count * 16
        var body: [UInt8] = []
        var headOffset = 0
        for tag in tags {
            let table = tables[tag]!
            output += Array(tag.utf8)
            output.append(uint32: Int(checksum(table)))
            output.append(uint32: offset)
            output.append(uint32: table.count)
            if tag == "head" { headOffset = offset }
            body += table
            while body.count % 4 != 0 { body.append(0) }
            offset = 12 + tags.count * 16 + body.count
        }
        output += body
        output.set(uint32: Int(UInt32(0xB1B0_AFBA) &- checksum(output)), at: headOffset + 8)
        return output
    }

    /// The sum of a table's big-endian 32-bit words (zero-padded), modulo 2³².
    static func checksum(_ table: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        for start in stride(from: 0, to: table.count, by: 4) {
            var word: UInt32 = 0
            for index in start..<start + 4 { word = word << 8 | UInt32(index < table.count ? table[index] : 0) }
            sum &+= word
        }
        return sum
    }
}

extension [UInt8] {
    mutating func append(uint16 value: Int) { append(contentsOf: [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]) }

    mutating func append(uint32 value: Int) {
        append(contentsOf: [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }

    mutating func set(uint16 value: Int, at offset: Int) { self[offset] = UInt8(value >> 8 & 0xFF); self[offset + 1] = UInt8(value & 0xFF) }

    mutating func set(uint32 value: Int, at offset: Int) {
        set(uint16: value >> 16, at: offset)
        set(uint16: value & 0xFFFF, at: offset + 2)
    }
}
