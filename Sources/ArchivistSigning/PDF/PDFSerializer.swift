import Foundation

/// Writes PDF objects as bytes for an incremental update.
enum PDFSerializer {
    static func bytes(_ object: PDFObject) -> [UInt8] {
        var output: [UInt8] = []
        write(object, to: &output)
        return output
    }

    static func write(_ object: PDFObject, to output: inout [UInt8]) {
        switch object {
        case .null: output += Array("null".utf8)
        case .boolean(let value): output += Array((value ? "true" : "false").utf8)
        case .integer(let value): output += Array(String(value).utf8)
        case .real(let value): output += Array(String(format: "%.6f", value).utf8)
        case .string(let value): output += literal(value)
        case .name(let value): output += name(value)
        case .reference(let reference): output += Array("\(reference.number) \(reference.generation) R".utf8)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(0x20) }
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary): write(dictionary, to: &output)
        case .stream(let dictionary, let data):
            var withLength = dictionary
            withLength["Length"] = .integer(data.count)
            write(withLength, to: &output)
            output += Array("\nstream\n".utf8) + Array(data) + Array("\nendstream".utf8)
        }
    }

    static func write(_ dictionary: PDFDictionary, to output: inout [UInt8]) {
        output += Array("<<".utf8)
        for key in dictionary.keys {
            guard let value = dictionary[key] else { continue }
            output += name(key)
            output.append(0x20)
            write(value, to: &output)
            output.append(0x0A)
        }
        output += Array(">>".utf8)
    }

    static func name(_ value: String) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "/")]
        for byte in value.utf8 {
            if byte < 0x21 || byte > 0x7E || byte == UInt8(ascii: "#") || PDFParser.isDelimiter(byte) {
                output += Array(String(format: "#%02X", byte).utf8)
            } else {
                output.append(byte)
            }
        }
        return output
    }

    static func literal(_ value: Data) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "(")]
        for byte in value {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), byte]
            case 0x0D: output += Array("\\r".utf8)
            case 0x0A: output += Array("\\n".utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: ")"))
        return output
    }

    /// A text string: ASCII as is, anything else as UTF-16BE with a byte-order mark.
    static func textString(_ text: String) -> PDFObject {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .string(Data(text.utf8)) }
        var data = Data([0xFE, 0xFF])
        for unit in text.utf16 { data += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .string(data)
    }
}
