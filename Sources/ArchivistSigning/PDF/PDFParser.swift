import Foundation

/// Reads PDF objects from bytes, starting at `position`.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int
    /// Resolves an indirect stream /Length; nil when it cannot.
    var lengthResolver: ((PDFReference) -> Int?)?

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte) }
    static func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }

    var atEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func fail(_ what: String) -> PDFError { .malformed(what, offset: position) }

    mutating func skipWhitespace() {
        while let byte = current {
            if Self.isWhitespace(byte) { position += 1 } else if byte == UInt8(ascii: "%") {
                while let byte = current, byte != 0x0A, byte != 0x0D { position += 1 }
            } else { return }
        }
    }

    /// A bare word: a keyword or a number.
    mutating func word() -> String {
        skipWhitespace()
        let start = position
        while let byte = current, !Self.isWhitespace(byte), !Self.isDelimiter(byte) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func expect(_ keyword: String) throws {
        let found = word()
        guard found == keyword else { throw fail("expected '\(keyword)', found '\(found.prefix(20))'") }
    }

    /// `n g obj … endobj`: the reference and the object (a stream with its raw data).
    mutating func indirectObject() throws -> (PDFReference, PDFObject) {
        guard let number = Int(word()), let generation = Int(word()) else { throw fail("expected an object header") }
        try expect("obj")
        var object = try value()
        skipWhitespace()
        if case .dictionary(let dictionary) = object, bytes[position...].starts(with: Array("stream".utf8)) {
            position += 6
            if current == 0x0D { position += 1 }
            if current == 0x0A { position += 1 }
            object = .stream(dictionary, try streamData(dictionary))
        }
        return (PDFReference(number: number, generation: generation), object)
    }

    private mutating func streamData(_ dictionary: PDFDictionary) throws -> Data {
        let start = position
        var length = dictionary["Length"]?.integer
        if length == nil, let reference = dictionary["Length"]?.reference { length = lengthResolver?(reference) }
        if let length, length >= 0, start + length <= bytes.count {
            position = start + length
            var probe = self
            if probe.word() == "endstream" { self = probe; return Data(bytes[start..<start + length]) }
        }
        // A wrong or unknown /Length: fall back to the endstream keyword.
        guard let end = bytes.firstRange(ofBytes: Array("endstream".utf8), in: start..<bytes.count) else { throw fail("stream without endstream") }
        var stop = end.lowerBound
        if stop > start, bytes[stop - 1] == 0x0A { stop -= 1 }
        if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
        position = end.upperBound
        return Data(bytes[start..<stop])
    }

    /// One direct object; "n g R" becomes a reference.
    mutating func value() throws -> PDFObject {
        skipWhitespace()
        guard let byte = current else { throw fail("unexpected end of file") }
        switch byte {
        case UInt8(ascii: "/"): return .name(name())
        case UInt8(ascii: "("): return .string(try literalString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespace()
                guard let next = current else { throw fail("unterminated array") }
                if next == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try value())
            }
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { return .dictionary(try dictionary()) }
            return .string(try hexString())
        default:
            let start = position
            let token = word()
            switch token {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            case "null": return .null
            case "": throw fail("unexpected '\(Character(Unicode.Scalar(byte)))'")
            default: break
            }
            guard let number = Int(token) else {
                guard let real = Double(token) else { position = start; throw fail("unknown token '\(token.prefix(20))'") }
                return .real(real)
            }
            var probe = self
            if let generation = Int(probe.word()), probe.word() == "R" {
                self = probe
                return .reference(PDFReference(number: number, generation: generation))
            }
            return .integer(number)
        }
    }

    mutating func dictionary() throws -> PDFDictionary {
        position += 2
        var result = PDFDictionary()
        while true {
            skipWhitespace()
            guard let byte = current else { throw fail("unterminated dictionary") }
            if byte == UInt8(ascii: ">") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw fail("expected '>>'") }
                position += 2
                return result
            }
            guard byte == UInt8(ascii: "/") else { throw fail("expected a name as dictionary key") }
            let key = name()
            skipWhitespace()
            let start = position
            result[key] = try value()
            result.spans[key] = start..<position
        }
    }

    mutating func name() -> String {
        position += 1
        var raw: [UInt8] = []
        while let byte = current, !Self.isWhitespace(byte), !Self.isDelimiter(byte) {
            if byte == UInt8(ascii: "#"), position + 2 < bytes.count,
               let code = UInt8(String(decoding: bytes[position + 1...position + 2], as: UTF8.self), radix: 16) {
                raw.append(code)
                position += 3
            } else {
                raw.append(byte)
                position += 1
            }
        }
        return String(decoding: raw, as: UTF8.self)
    }
}
