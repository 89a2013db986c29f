import Foundation

/// PDF dates ("D:20250131093000+07'00'") and text strings.
enum PDFDate {
    static func parse(_ raw: Data) -> Date? {
        var text = String(decoding: raw, as: UTF8.self)
        if text.hasPrefix("D:") { text.removeFirst(2) }
        let digits = text.prefix { $0.isNumber }
        guard digits.count >= 4 else { return nil }
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        let numbers = stride(from: 4, to: digits.count, by: 2).map { Int(digits.dropFirst($0).prefix(2)) ?? 0 }
        components.year = Int(digits.prefix(4))
        components.month = numbers.count > 0 ? numbers[0] : 1
        components.day = numbers.count > 1 ? numbers[1] : 1
        components.hour = numbers.count > 2 ? numbers[2] : 0
        components.minute = numbers.count > 3 ? numbers[3] : 0
        components.second = numbers.count > 4 ? numbers[4] : 0
        guard var date = Calendar(identifier: .gregorian).date(from: components) else { return nil }
        let zone = text.dropFirst(digits.count)
        if let sign = zone.first, sign == "+" || sign == "-" {
            let parts = zone.dropFirst().split(whereSeparator: { $0 == "'" }).compactMap { Int($0) }
            let offset = ((parts.first ?? 0) * 60 + (parts.count > 1 ? parts[1] : 0)) * 60
            date.addTimeInterval(TimeInterval(sign == "+" ? -offset : offset))
        }
        return date
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding (read as Latin-1).
    static func text(_ raw: Data) -> String {
        if raw.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: raw.count - 1, by: 2).map { UInt16(raw[raw.startIndex + $0]) << 8 | UInt16(raw[raw.startIndex + $0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: raw, as: UTF8.self)
    }
}
