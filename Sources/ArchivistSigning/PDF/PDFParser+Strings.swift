import Foundation

extension PDFParser {
    /// `<…>`: pairs of hex digits, whitespace ignored, an odd last digit padded with 0.
    mutating func hexString() throws -> Data {
        position += 1
        var digits: [UInt8] = []
        while let byte = current, byte != UInt8(ascii: ">") {
            position += 1
            if Self.isWhitespace(byte) { continue }
            guard let digit = Self.hexValue(byte) else { throw fail("bad hex digit in string") }
            digits.append(digit)
        }
        guard current != nil else { throw fail("unterminated hex string") }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return Data(stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] })
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `(…)`: balanced parentheses, backslash escapes, octal codes, line continuations.
    mutating func literalString() throws -> Data {
        position += 1
        var depth = 1
        var result: [UInt8] = []
        while let byte = current {
            position += 1
            switch byte {
            case UInt8(ascii: "("): depth += 1; result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return Data(result) }
                result.append(byte)
            case UInt8(ascii: "\\"):
                guard let escaped = current else { throw fail("unterminated string") }
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0D: if current == 0x0A { position += 1 }
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard let next = current, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) else { break }
                        code = code * 8 + Int(next - UInt8(ascii: "0"))
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: code))
                default: result.append(escaped)
                }
            default: result.append(byte)
            }
        }
        throw fail("unterminated string")
    }
}
