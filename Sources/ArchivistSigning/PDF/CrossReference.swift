import Foundation

/// Where each object lives, gathered from every xref section (tables or streams)
/// reachable from the last `startxref` through /Prev and /XRefStm.
struct CrossReference {
    enum Entry: Equatable {
        case free
        case offset(Int, generation: Int)
        case compressed(stream: Int, index: Int)
    }

    private(set) var entries: [Int: Entry] = [:]
    /// The newest trailer (for an xref stream, its dictionary).
    private(set) var trailer = PDFDictionary()
    /// Offset of the newest xref section: the next update's /Prev.
    private(set) var startOffset = 0
    /// Whether the newest section is a cross-reference stream.
    private(set) var usesStream = false

    init(bytes: [UInt8]) throws {
        startOffset = try Self.lastStartXRef(in: bytes)
        var pending = [startOffset]
        var visited: Set<Int> = []
        var first = true
        while let offset = pending.popLast() {
            guard visited.insert(offset).inserted else { continue }
            guard offset >= 0, offset < bytes.count else { throw PDFError.malformed("xref offset \(offset) outside the file", offset: offset) }
            var parser = PDFParser(bytes: bytes, position: offset)
            parser.skipWhitespace()
            let section: PDFDictionary
            var isStream = false
            if bytes[parser.position...].starts(with: Array("xref".utf8)) {
                section = try readTable(&parser)
            } else {
                section = try readStream(&parser)
                isStream = true
            }
            if first { trailer = section; usesStream = isStream; first = false }
            if let previous = section["Prev"]?.integer { pending.insert(previous, at: 0) }
            if let hybrid = section["XRefStm"]?.integer { pending.append(hybrid) }
        }
    }

    /// The offset after the last `startxref` keyword in the file.
    static func lastStartXRef(in bytes: [UInt8]) throws -> Int {
        let tail = max(0, bytes.count - 2048)
        guard let range = bytes.ranges(ofBytes: Array("startxref".utf8), in: tail..<bytes.count).last else {
            throw PDFError.missing("startxref near the end of the file")
        }
        var parser = PDFParser(bytes: bytes, position: range.upperBound)
        guard let offset = Int(parser.word()) else { throw PDFError.malformed("startxref without an offset", offset: range.lowerBound) }
        return offset
    }

    /// A classic table; earlier-read (newer) entries win.
    private mutating func readTable(_ parser: inout PDFParser) throws -> PDFDictionary {
        try parser.expect("xref")
        while true {
            var probe = parser
            let word = probe.word()
            if word == "trailer" {
                parser = probe
                parser.skipWhitespace()
                return try parser.dictionary()
            }
            guard let first = Int(word), let count = Int(probe.word()), count >= 0 else { throw parser.fail("bad xref subsection header") }
            parser = probe
            for number in first..<first + count {
                guard let offset = Int(parser.word()), let generation = Int(parser.word()) else { throw parser.fail("bad xref entry") }
                let kind = parser.word()
                guard kind == "n" || kind == "f" else { throw parser.fail("bad xref entry type '\(kind)'") }
                if entries[number] == nil { entries[number] = kind == "n" ? .offset(offset, generation: generation) : .free }
            }
        }
    }

    /// A cross-reference stream (PDF 1.5): /W field widths, /Index ranges.
    private mutating func readStream(_ parser: inout PDFParser) throws -> PDFDictionary {
        let start = parser.position
        guard case (_, .stream(let dictionary, let raw)) = try parser.indirectObject(), dictionary["Type"]?.name == "XRef",
              let widths = dictionary["W"]?.array?.compactMap(\.integer), widths.count == 3 else {
            throw PDFError.malformed("no xref table or xref stream at startxref", offset: start)
        }
        let data = try StreamDecoder.decode(raw, dictionary: dictionary)
        let size = dictionary["Size"]?.integer ?? 0
        let index = dictionary["Index"]?.array?.compactMap(\.integer) ?? [0, size]
        let rowLength = widths.reduce(0, +)
        var row = 0
        for pair in stride(from: 0, to: index.count - 1, by: 2) {
            for number in index[pair]..<index[pair] + index[pair + 1] {
                let base = row * rowLength
                row += 1
                guard rowLength > 0, base + rowLength <= data.count else { throw PDFError.malformed("xref stream shorter than its /Index", offset: start) }
                var fields = [0, 0, 0]
                var cursor = base
                for (field, width) in widths.enumerated() {
                    for _ in 0..<width { fields[field] = fields[field] << 8 | Int(data[data.startIndex + cursor]); cursor += 1 }
                }
                if widths[0] == 0 { fields[0] = 1 }
                guard entries[number] == nil else { continue }
                switch fields[0] {
                case 0: entries[number] = .free
                case 1: entries[number] = .offset(fields[1], generation: fields[2])
                case 2: entries[number] = .compressed(stream: fields[1], index: fields[2])
                default: continue
                }
            }
        }
        return dictionary
    }
}
