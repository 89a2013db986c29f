/// Builds indented XML text element by element, escaping text and attribute values and
/// dropping characters XML 1.0 does not allow. Text is NFC.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.render(attributes) + ">\n"
        open.append(name)
    }

    mutating func end() {
        let name = open.removeLast()
        text += indent + "</" + name + ">\n"
    }

    /// An element with text content; skipped when `value` is nil.
    mutating func leaf(_ name: String, _ value: String?, _ attributes: [(String, String?)] = []) {
        guard let value else { return }
        text += indent + "<" + name + Self.render(attributes) + ">" + Self.escape(value) + "</" + name + ">\n"
    }

    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.render(attributes) + "/>\n"
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    private static func render(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0))\"" } }.joined()
    }

    static func escape(_ raw: String) -> String {
        var result = ""
        for scalar in raw.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result += "&#\(scalar.value);"
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                if allowed { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
