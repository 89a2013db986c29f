import ArchivistCore
/// Suggested retention (TT 05 maintenance code) by document type code. Configurable: an
/// agency's retention schedule replaces the defaults.
public struct RetentionTable: Sendable, Codable, Hashable {
    /// typeName code ("01") or native name ("Kết luận") → maintenance code ("01" permanent,
    /// "02" 70 years, "03" 50, "04" 30, "05" 20, "06" 10, "07" other). Native names win.
    public var byType: [String: String]
    public var fallback: String

    public init(byType: [String: String], fallback: String = "07") {
        self.byType = byType
        self.fallback = fallback
    }

    /// A general default: normative and directive documents permanent, plans and reports
    /// 30 years... routine correspondence 10-20 years. Replace with the agency's schedule.
    public static let standard = RetentionTable(byType: [
        "01": "01", "02": "01", "03": "01", "04": "01", "05": "01", "06": "01", "12": "01",
        "Kết luận": "01", "Thông tri": "01", "Nghị định": "01", "Thông tư": "01",
        "07": "04", "08": "04", "09": "04", "10": "04", "11": "04", "13": "04", "14": "04",
        "15": "04", "20": "04", "21": "04", "24": "04", "25": "04", "30": "01", "31": "01",
        "22": "05", "23": "05", "29": "05", "16": "06", "17": "06", "18": "06", "19": "06",
        "26": "06", "27": "06", "28": "06",
    ])

    public func suggest(for type: DocumentType) -> String {
        byType[type.nativeName] ?? byType[type.code] ?? fallback
    }
}
