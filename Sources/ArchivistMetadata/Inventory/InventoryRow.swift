import ArchivistCore
/// One row of a handover inventory (mục lục hồ sơ, tài liệu nộp lưu).
public struct InventoryRow: Sendable, Codable, Hashable {
    /// 1-based line in the file (header is line 1).
    public var line: Int
    public var order: String?
    /// "15-NQ/TU", "45/QĐ-UBND" as written.
    public var numberSymbol: String?
    /// ISO date, when the written date parsed.
    public var date: String?
    public var dateAsWritten: String?
    public var subject: String?
    public var pages: Int?
    public var note: String?

    /// A confidentiality mark in the note column ("Mật").
    public var confidentiality: Confidentiality? {
        guard let note else { return nil }
        let folded = VietnameseFolding.fold(note)
        return Confidentiality.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
            .first { folded.contains(VietnameseFolding.fold($0.rawValue)) }
    }
}

/// A parsed inventory with what happened on the way: encoding conversion, warnings.
public struct Inventory: Sendable, Codable, Hashable {
    public var rows: [InventoryRow]
    /// Set when the file was converted from a legacy encoding (or left unconverted because unsure).
    public var encodingNote: String?
    public var warnings: [String]
}
