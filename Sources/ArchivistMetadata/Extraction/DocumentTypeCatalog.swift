import ArchivistCore
/// The document types of TT 05/2025 with their Party and State symbol abbreviations
/// (HD 36-HD/VPTW, Decree 30/2020), and the native types that map to "32 Khác".
public struct DocumentTypeCatalog: Sendable {
    public struct Entry: Sendable, Hashable {
        public var nativeName: String
        public var code: String
        public var party: String?
        public var state: String?
    }

    public var entries: [Entry]

    public static let standard = DocumentTypeCatalog(entries: [
        Entry(nativeName: "Nghị quyết", code: "01", party: "NQ", state: "NQ"),
        Entry(nativeName: "Quyết định", code: "02", party: "QĐ", state: "QĐ"),
        Entry(nativeName: "Chỉ thị", code: "03", party: "CT", state: "CT"),
        Entry(nativeName: "Quy chế", code: "04", party: "QC", state: "QC"),
        Entry(nativeName: "Quy định", code: "05", party: "QĐi", state: "QyĐ"),
        Entry(nativeName: "Thông cáo", code: "06", party: "TC", state: "TC"),
        Entry(nativeName: "Thông báo", code: "07", party: "TB", state: "TB"),
        Entry(nativeName: "Hướng dẫn", code: "08", party: "HD", state: "HD"),
        Entry(nativeName: "Chương trình", code: "09", party: "CTr", state: "CTr"),
        Entry(nativeName: "Kế hoạch", code: "10", party: "KH", state: "KH"),
        Entry(nativeName: "Phương án", code: "11", party: "PA", state: "PA"),
        Entry(nativeName: "Đề án", code: "12", party: "ĐA", state: "ĐA"),
        Entry(nativeName: "Dự án", code: "13", party: "DA", state: "DA"),
        Entry(nativeName: "Báo cáo", code: "14", party: "BC", state: "BC"),
        Entry(nativeName: "Tờ trình", code: "15", party: "TTr", state: "TTr"),
        Entry(nativeName: "Giấy ủy quyền", code: "16", party: nil, state: "GUQ"),
        Entry(nativeName: "Phiếu gửi", code: "17", party: nil, state: "PG"),
        Entry(nativeName: "Phiếu chuyển", code: "18", party: nil, state: "PC"),
        Entry(nativeName: "Phiếu báo", code: "19", party: nil, state: "PB"),
        Entry(nativeName: "Biên bản", code: "20", party: "BB", state: "BB"),
        Entry(nativeName: "Hợp đồng", code: "21", party: nil, state: "HĐ"),
        Entry(nativeName: "Công văn", code: "22", party: "CV", state: nil),
        Entry(nativeName: "Công điện", code: "23", party: nil, state: "CĐ"),
        Entry(nativeName: "Bản ghi nhớ", code: "24", party: nil, state: "GN"),
        Entry(nativeName: "Bản thỏa thuận", code: "25", party: nil, state: "TTh"),
        Entry(nativeName: "Giấy mời", code: "26", party: nil, state: "GM"),
        Entry(nativeName: "Giấy giới thiệu", code: "27", party: nil, state: "GGT"),
        Entry(nativeName: "Giấy nghỉ phép", code: "28", party: nil, state: "GNP"),
        Entry(nativeName: "Thư công", code: "29", party: nil, state: nil),
        Entry(nativeName: "Bản đồ", code: "30", party: nil, state: nil),
        Entry(nativeName: "Bản vẽ kỹ thuật", code: "31", party: nil, state: nil),
        // Native types without a TT 05 code.
        Entry(nativeName: "Kết luận", code: "32", party: "KL", state: nil),
        Entry(nativeName: "Thông tri", code: "32", party: "TT", state: nil),
        Entry(nativeName: "Nghị định", code: "32", party: nil, state: "NĐ"),
        Entry(nativeName: "Thông tư", code: "32", party: nil, state: "TT"),
    ])

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The type whose abbreviation this is in the given system.
    public func type(abbreviation: String, system: RecordSystem) -> DocumentType? {
        let entry = entries.first { (system == .party ? $0.party : $0.state) == abbreviation }
        return entry.map { DocumentType(nativeName: $0.nativeName, code: $0.code, abbreviation: abbreviation) }
    }

    /// The type whose native name this line is (any case, diacritics tolerated by one edit
    /// for longer names), e.g. "NGHỊ QUYẾT", "KÉT LUẬN".
    public func type(named line: String, system: RecordSystem?) -> DocumentType? {
        let key = Self.key(line)
        guard key.count >= 5, key.count <= 20 else { return nil }
        let exact = entries.first { Self.key($0.nativeName) == key }
        let close = exact ?? entries.first { Self.key($0.nativeName).count >= 7 && EditDistance.between(Self.key($0.nativeName), key) <= 1 }
        guard let entry = close else { return nil }
        let abbreviation = system == .state ? entry.state : (system == .party ? entry.party : entry.party ?? entry.state)
        return DocumentType(nativeName: entry.nativeName, code: entry.code, abbreviation: abbreviation)
    }

    /// Every abbreviation known in a system, longest first (so "QĐi" wins over "QĐ").
    public func abbreviations(for system: RecordSystem) -> [String] {
        Array(Set(entries.compactMap { system == .party ? $0.party : $0.state })).sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
    }

    static func key(_ text: String) -> String {
        VietnameseFolding.fold(text).filter(\.isLetter)
    }
}
