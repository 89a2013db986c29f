import ArchivistCore
/// A parsed "Số và ký hiệu": number, optional year, type abbreviation and issuer codes.
public struct DocumentSymbol: Sendable, Codable, Hashable {
    public var system: RecordSystem
    /// Digits as printed, leading zeros kept ("08").
    public var number: String
    /// The year segment of a State legal normative document ("113/2025/NĐ-CP").
    public var year: String?
    /// Type abbreviation ("NQ", "QĐ"); nil for a State công văn ("15/UBND-VP").
    public var typeAbbreviation: String?
    /// Issuer codes after the type: ["TU"], ["BTCTU", "BDVTU"], ["UBND"], ["UBND", "VP"].
    public var issuerCodes: [String]
    /// OCR repairs that were needed to make the symbol valid ("Ư→U in issuer").
    public var repairs: [String]
    /// True when the type abbreviation is one the grammar knows.
    public var typeIsKnown: Bool
    /// True when every issuer code is in the known table.
    public var issuersAreKnown: Bool
    /// Why the symbol may be wrong though it validates: a letter glued before the number
    /// ("ó88/SGDĐT-NC", whose ó was a 6), a letter taken for a digit by its shape alone, or a code
    /// after it the grammar could not read ("6/BTC-+VX": VX lost).
    public var doubt: String?

    /// The canonical text: "57-NQ/TW", "45/QĐ-UBND", "113/2025/NĐ-CP", "05-QC/BTCTU-BDVTU".
    public var text: String {
        switch system {
        case .party:
            return "\(number)-\(typeAbbreviation ?? "")/\(issuerCodes.joined(separator: "-"))"
        case .state:
            let parts = (typeAbbreviation.map { [$0] } ?? []) + issuerCodes
            return "\(number)/" + (year.map { "\($0)/" } ?? "") + parts.joined(separator: "-")
        }
    }
}
