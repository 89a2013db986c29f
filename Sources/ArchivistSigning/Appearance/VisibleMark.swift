import Foundation

/// The optional visible mark of the archive's signature (DOMAIN §3): at the top right of page 1
/// as the reader sees it, two right-aligned lines, the agency's name and the signing time
/// (ISO 8601, +07:00), 10 pt, black, no seal, in an embedded subset of `font`.
public struct VisibleMark: Sendable {
    /// The agency named on line 1; nil takes the signing certificate's O, else its CN.
    public var agency: String?
    /// A TrueType font that covers Vietnamese; Times New Roman's metric twin by default.
    public var font: TrueTypeFont
    public var fontSize: Double
    /// Distance from the top and right edges of the visible page, in points.
    public var margin: Double

    public init(agency: String? = nil, font: TrueTypeFont, fontSize: Double = 10, margin: Double = 18) {
        self.agency = agency
        self.font = font
        self.fontSize = fontSize
        self.margin = margin
    }

    /// A mark in the font at `fontPath` (nil: Liberation Serif), checked to draw `agency`.
    /// Throws `FontError` naming the font file, or the character it lacks.
    public init(agency: String?, fontPath: String?) throws {
        let url = fontPath.map { URL(fileURLWithPath: $0) } ?? Self.defaultFontURL() ?? URL(fileURLWithPath: Self.defaultFontPath)
        self.init(agency: agency, font: try TrueTypeFont(contentsOf: url))
        try checkCoverage(of: agency ?? "")
    }

    /// Where Debian's fonts-liberation2 puts Liberation Serif Regular (metric-compatible with Times New Roman).
    public static let defaultFontPath = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"

    /// Liberation Serif Regular: at its Debian path, else the first found under /usr/share/fonts; nil when absent.
    public static func defaultFontURL() -> URL? {
        if FileManager.default.fileExists(atPath: defaultFontPath) { return URL(fileURLWithPath: defaultFontPath) }
        let root = "/usr/share/fonts", name = (defaultFontPath as NSString).lastPathComponent
        let found = FileManager.default.enumerator(atPath: root)?.lazy.compactMap { $0 as? String }
            .first { ($0 as NSString).lastPathComponent == name }
        return found.map { URL(fileURLWithPath: root).appendingPathComponent($0) }
    }

    /// The time as the mark shows it, in Vietnam's time zone: "2026-11-29T11:42:07+07:00".
    public static func timeText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return formatter.string(from: date)
    }

    /// Line 1, the agency (NFC, spaces collapsed): the configured one, else the certificate's O, else its CN.
    public func agencyName(signer: Certificate) -> String {
        let candidates = [agency, signer.organization, signer.commonName, signer.subject]
        let cleaned = candidates.compactMap { $0?.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return (cleaned.first { !$0.isEmpty } ?? "").precomposedStringWithCanonicalMapping
    }

    /// The two lines for a signature by `signer` at `time`.
    public func lines(signer: Certificate, time: Date) -> [String] {
        [agencyName(signer: signer), Self.timeText(time)]
    }

    /// Throws `FontError.missingGlyph` when the font cannot draw a character of `text` (NFC).
    public func checkCoverage(of text: String) throws {
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars where font.glyph(for: scalar) == nil {
            throw FontError.missingGlyph(path: font.path, character: String(scalar))
        }
    }
}
