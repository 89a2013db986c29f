import Foundation

/// The text of a tag file decoded with the bag's declared encoding, split into lines.
struct TagFileText {
    var lines: [String]

    /// Maps a Tag-File-Character-Encoding name to a Foundation encoding.
    static func encoding(named name: String) -> String.Encoding? {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": .utf8
        case "utf-16", "utf16": .utf16
        case "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1": .isoLatin1
        case "us-ascii", "ascii": .ascii
        case "windows-1252", "cp1252": .windowsCP1252
        default: nil
        }
    }

    /// nil when the bytes are not text in `encoding`.
    init?(data: Data, encoding: String.Encoding) {
        var bytes = data
        if encoding == .utf8, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(data: bytes, encoding: encoding) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        lines = Self.split(text)
    }

    /// Splits on CRLF, LF or CR; a final line terminator does not make an empty last line.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pendingCR = false
        while let scalar = scalars.next() {
            if pendingCR {
                pendingCR = false
                lines.append(current)
                current = ""
                if scalar == "\n" { continue }
            }
            switch scalar {
            case "\r": pendingCR = true
            case "\n": lines.append(current); current = ""
            default: current.unicodeScalars.append(scalar)
            }
        }
        if pendingCR || !current.isEmpty { lines.append(current) }
        return lines
    }
}
