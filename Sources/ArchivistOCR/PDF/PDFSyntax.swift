import Foundation

/// Spelling of PDF values: numbers without exponents, strings as hex, dates in PDF form.
enum PDFSyntax {
    /// A real number with at most `digits` decimals and no trailing zeros ("12.5", "-3", "0.125").
    static func number(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// UTF-16BE code units as a hex string body, without the angle brackets.
    static func utf16Hex(_ text: String) -> String {
        text.utf16.map { String(format: "%04X", $0) }.joined()
    }

    /// A text string (document information, titles) as `<FEFF…>`: any Unicode survives.
    static func textString(_ text: String) -> String {
        "<FEFF\(utf16Hex(text.precomposedStringWithCanonicalMapping))>"
    }

    /// A literal string of ASCII, with the characters PDF reserves escaped.
    static func literal(_ ascii: String) -> String {
        var out = "("
        for scalar in ascii.unicodeScalars {
            switch scalar {
            case "(", ")", "\\": out += "\\\(scalar)"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "?"
            }
        }
        return out + ")"
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02X", $0) }.joined()
    }

    /// `D:YYYYMMDDHHmmSSZ` in UTC, the same instant as `xmpDate`.
    static func date(_ date: Date) -> String {
        "D:" + utcFormat("yyyyMMddHHmmss").string(from: date) + "Z"
    }

    /// ISO 8601 in UTC, as XMP wants it.
    static func xmpDate(_ date: Date) -> String {
        utcFormat("yyyy-MM-dd'T'HH:mm:ss").string(from: date) + "Z"
    }

    private static func utcFormat(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = pattern
        return formatter
    }
}
