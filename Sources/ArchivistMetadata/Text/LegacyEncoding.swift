import Foundation

/// The pre-Unicode Vietnamese encodings found in born-digital files from old handovers.
public enum LegacyEncoding: String, Sendable, Codable, CaseIterable {
    case tcvn3, vni

    /// The text read as this encoding (its characters taken as Latin-1 bytes), in NFC Unicode.
    /// Characters outside Latin-1 are kept as they are.
    public func decode(_ text: String) -> String {
        switch self {
        case .tcvn3: Self.decodeTCVN3(text)
        case .vni: Self.decodeVNI(text)
        }
    }

    private static func decodeTCVN3(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let letter = LegacyEncodingTables.tcvn3[scalar.value] { output += letter } else { output.unicodeScalars.append(scalar) }
        }
        return output.precomposedStringWithCanonicalMapping
    }

    private static func decodeVNI(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let base = previous.map { Character($0).lowercased() } ?? ""
            let marks: [UInt32]? = switch base {
            case "a": LegacyEncodingTables.vniCircumflex[scalar.value] ?? LegacyEncodingTables.vniBreve[scalar.value]
                ?? LegacyEncodingTables.vniTone[scalar.value].map { [$0] }
            case "e", "o": LegacyEncodingTables.vniCircumflex[scalar.value] ?? LegacyEncodingTables.vniTone[scalar.value].map { [$0] }
            case "i", "u", "y", "ơ", "ư": LegacyEncodingTables.vniTone[scalar.value].map { [$0] }
            default: nil
            }
            if let marks {
                output.append(contentsOf: marks.compactMap(Unicode.Scalar.init))
                previous = nil
            } else if let letter = LegacyEncodingTables.vniLetters[scalar.value] {
                output.append(contentsOf: letter.unicodeScalars)
                previous = letter.unicodeScalars.first
            } else {
                output.append(scalar)
                previous = scalar
            }
        }
        return String(output).precomposedStringWithCanonicalMapping
    }
}
