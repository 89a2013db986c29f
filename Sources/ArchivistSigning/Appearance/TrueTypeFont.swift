import Foundation

/// A TrueType font (glyf outlines) read for the visible signature mark: its table directory,
/// the metrics a PDF font descriptor needs, and the character map. Glyphs and subsets are
/// in `TrueTypeFont+Glyphs.swift` and `TrueTypeSubset.swift`.
public struct TrueTypeFont: Sendable {
    /// The file the font came from, for messages.
    public let path: String
    let bytes: [UInt8]
    /// Each table's byte range in `bytes`, by tag ("head", "glyf", "OS/2"…).
    let tables: [String: Range<Int>]
    public let unitsPerEm: Int
    let glyphCount: Int
    let longLocaOffsets: Bool
    let horizontalMetricCount: Int
    /// Unicode scalar value → glyph id.
    let characterMap: [UInt32: Int]
    /// The PostScript name (name ID 6), the base of the PDF font name.
    public let postScriptName: String
    /// Font-wide box, ascender and descender, in font units.
    let boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    let ascender: Int
    let descender: Int
    let capHeight: Int
    let italicAngle: Double

    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw FontError.unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        try self.init(data: data, path: url.path)
    }

    public init(data: Data, path: String) throws {
        self.path = path
        bytes = [UInt8](data)
        tables = try Self.tableDirectory(bytes, path: path)
        let reader = SFNTReader(bytes: bytes, tables: tables, path: path)
        for required in ["head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap"] where tables[required] == nil {
            throw FontError.damaged(path: path, table: required)
        }
        unitsPerEm = try reader.uint16("head", 18)
        boundingBox = (try reader.int16("head", 36), try reader.int16("head", 38), try reader.int16("head", 40), try reader.int16("head", 42))
        longLocaOffsets = try reader.int16("head", 50) == 1
        ascender = try reader.int16("hhea", 4)
        descender = try reader.int16("hhea", 6)
        horizontalMetricCount = try reader.uint16("hhea", 34)
        glyphCount = try reader.uint16("maxp", 4)
        guard unitsPerEm >= 16, glyphCount > 0, horizontalMetricCount > 0, horizontalMetricCount <= glyphCount,
              tables["hmtx"]!.count >= horizontalMetricCount * 4 + (glyphCount - horizontalMetricCount) * 2,
              tables["loca"]!.count >= (glyphCount + 1) * (longLocaOffsets ? 4 : 2) else {
            throw FontError.damaged(path: path, table: "head/hhea/maxp")
        }
        italicAngle = tables["post"] == nil ? 0 : Double(Int32(truncatingIfNeeded: try reader.uint32("post", 4))) / 65_536
        let os2Version = tables["OS/2"] == nil ? nil : try reader.uint16("OS/2", 0)
        if os2Version != nil, let reason = Self.embeddingRestriction(try reader.uint16("OS/2", 8)) {
            throw FontError.notEmbeddable(path: path, reason: reason)
        }
        capHeight = (os2Version ?? 0) >= 2 ? try reader.int16("OS/2", 88) : ascender
        characterMap = try CharacterMapReader(reader: reader).read()
        postScriptName = Self.postScriptName(reader) ?? Self.nameFromFile(path)
    }

    /// The glyph that draws `scalar`, if the font has one (never .notdef).
    public func glyph(for scalar: Unicode.Scalar) -> Int? {
        guard let glyph = characterMap[scalar.value], glyph > 0, glyph < glyphCount else { return nil }
        return glyph
    }

    /// A glyph's advance width in font units.
    public func advance(ofGlyph glyph: Int) -> Int {
        let hmtx = tables["hmtx"]!.lowerBound
        let index = min(glyph, horizontalMetricCount - 1)
        return Int(bytes[hmtx + index * 4]) << 8 | Int(bytes[hmtx + index * 4 + 1])
    }

    /// Font units → thousandths of the text size, as PDF widths and descriptors use them.
    func thousandths(_ units: Int) -> Int {
        Int((Double(units) * 1000 / Double(unitsPerEm)).rounded())
    }

    /// Why the OS/2 fsType forbids embedding a subset, if it does.
    private static func embeddingRestriction(_ fsType: Int) -> String? {
        if fsType & 0x000E == 0x0002 { return "fsType: restricted license" }
        if fsType & 0x0100 != 0 { return "fsType: no subsetting" }
        if fsType & 0x0200 != 0 { return "fsType: bitmap embedding only" }
        return nil
    }

    private static func tableDirectory(_ bytes: [UInt8], path: String) throws -> [String: Range<Int>] {
        guard bytes.count >= 12 else { throw FontError.notTrueType(path: path, reason: "too short for a font header") }
        switch Array(bytes[0..<4]) {
        case [0, 1, 0, 0], Array("true".utf8): break
        case Array("OTTO".utf8): throw FontError.notTrueType(path: path, reason: "OpenType with CFF outlines, not glyf")
        case Array("ttcf".utf8): throw FontError.notTrueType(path: path, reason: "a font collection (.ttc)")
        default: throw FontError.notTrueType(path: path, reason: "no sfnt header")
        }
        let count = Int(bytes[4]) << 8 | Int(bytes[5])
        guard bytes.count >= 12 + count * 16 else { throw FontError.notTrueType(path: path, reason: "table directory cut short") }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<count {
            let record = 12 + index * 16
            let tag = String(decoding: bytes[record..<record + 4], as: UTF8.self)
            let offset = bytes[record + 8..<record + 12].reduce(0) { $0 << 8 | Int($1) }
            let length = bytes[record + 12..<record + 16].reduce(0) { $0 << 8 | Int($1) }
            guard offset <= bytes.count, length <= bytes.count - offset else { throw FontError.damaged(path: path, table: tag) }
            tables[tag] = offset..<offset + length
        }
        return tables
    }

    /// Name ID 6 from the Windows (UTF-16BE) or Macintosh (ASCII) records.
    private static func postScriptName(_ reader: SFNTReader) -> String? {
        guard let count = try? reader.uint16("name", 2), let storage = try? reader.uint16("name", 4) else { return nil }
        for index in 0..<count {
            let record = 6 + index * 12
            guard let platform = try? reader.uint16("name", record), let nameID = try? reader.uint16("name", record + 6),
                  nameID == 6, platform == 3 || platform == 1,
                  let length = try? reader.uint16("name", record + 8), let offset = try? reader.uint16("name", record + 10),
                  let raw = try? reader.slice("name", storage + offset, length) else { continue }
            let text = platform == 3
                ? String(decoding: stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[raw.startIndex + $0]) << 8 | UInt16(raw[raw.startIndex + $0 + 1]) }, as: UTF16.self)
                : String(decoding: raw, as: UTF8.self)
            let name = sanitized(text)
            if !name.isEmpty { return name }
        }
        return nil
    }

    private static func nameFromFile(_ path: String) -> String {
        let name = sanitized(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        return name.isEmpty ? "Font" : name
    }

    /// Letters, digits and hyphens only: safe in a PDF name.
    private static func sanitized(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }.prefix(63))
    }
}
