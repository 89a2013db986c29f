/// Big-endian reads inside one table of an sfnt font; a read outside the table is a
/// `FontError.damaged` naming it.
struct SFNTReader {
    let bytes: [UInt8]
    let tables: [String: Range<Int>]
    let path: String

    func slice(_ table: String, _ offset: Int, _ length: Int) throws -> ArraySlice<UInt8> {
        guard let range = tables[table], offset >= 0, length >= 0, offset <= range.count, length <= range.count - offset else {
            throw FontError.damaged(path: path, table: table)
        }
        return bytes[range.lowerBound + offset..<range.lowerBound + offset + length]
    }

    func uint16(_ table: String, _ offset: Int) throws -> Int {
        try slice(table, offset, 2).reduce(0) { $0 << 8 | Int($1) }
    }

    func int16(_ table: String, _ offset: Int) throws -> Int {
        Int(Int16(truncatingIfNeeded: try uint16(table, offset)))
    }

    func uint32(_ table: String, _ offset: Int) throws -> Int {
        try slice(table, offset, 4).reduce(0) { $0 << 8 | Int($1) }
    }
}
