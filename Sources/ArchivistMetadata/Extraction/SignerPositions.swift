import ArchivistCore
/// Signer positions printed in signature blocks, for repairing garbled OCR ("CHÁNH 1VĂN
/// PHÒNG", "CHỊ ICH") and for inferring the position a "K/T" authority implies.
public enum SignerPositions {
    public static let known = [
        "BÍ THƯ", "PHÓ BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
        "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN THƯỜNG TRỰC", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
        "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "TRƯỞNG PHÒNG",
        "PHÓ TRƯỞNG PHÒNG", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG",
        "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "CHÁNH THANH TRA", "THƯ KÝ", "ỦY VIÊN", "TRƯỞNG ĐOÀN", "HIỆU TRƯỞNG",
        "TỔNG BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "CHỦ TRÌ", "CHỦ TỌA", "TRƯỞNG PHÒNG", "THỦ TRƯỞNG", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC",
    ]

    /// Bodies signed for ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN").
    public static let collectives = [
        "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ĐẢNG ỦY", "CHI BỘ", "CHI ỦY",
        "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "ỦY BAN KIỂM TRA", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
        "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO", "ĐOÀN KIỂM TRA", "HỘI ĐỒNG", "CHÍNH PHỦ", "ĐẢNG ĐOÀN",
        "BAN CÁN SỰ ĐẢNG",
    ]

    /// The known position closest to an OCR reading, if it is close enough.
    public static func closest(to reading: String) -> (position: String, similarity: Double)? {
        let key = IssuerNames.squash(reading)
        guard key.count >= 4 else { return nil }
        let scored = known.map { ($0, EditDistance.similarity(IssuerNames.squash($0), key)) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.6 else { return nil }
        return best
    }

    /// The known position or collective body closest to an authority line's body.
    public static func closestAuthority(to reading: String) -> (authority: String, similarity: Double)? {
        let key = IssuerNames.squash(reading)
        guard key.count >= 4 else { return nil }
        return (known + collectives).map { ($0, EditDistance.similarity(IssuerNames.squash($0), key)) }.max { $0.1 < $1.1 }
    }

    /// The position that heads a collective body signed for ("T/M BAN THƯỜNG VỤ" → BÍ THƯ).
    public static let heads: [String: String] = [
        "ỦY BAN NHÂN DÂN": "CHỦ TỊCH", "HỘI ĐỒNG NHÂN DÂN": "CHỦ TỊCH", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN": "CHỦ TỊCH",
        "BAN THƯỜNG VỤ": "BÍ THƯ", "BAN CHẤP HÀNH": "BÍ THƯ", "ĐẢNG ỦY": "BÍ THƯ", "CHI BỘ": "BÍ THƯ", "CHI ỦY": "BÍ THƯ",
        "TỈNH ỦY": "BÍ THƯ", "THÀNH ỦY": "BÍ THƯ", "HUYỆN ỦY": "BÍ THƯ", "QUẬN ỦY": "BÍ THƯ", "THỊ ỦY": "BÍ THƯ",
        "ĐẢNG ĐOÀN": "BÍ THƯ", "BAN CÁN SỰ ĐẢNG": "BÍ THƯ", "ỦY BAN KIỂM TRA": "CHỦ NHIỆM", "BAN CHỈ ĐẠO": "TRƯỞNG BAN",
    ]

    /// A position OCR cut after its first word(s) ("CHỦ"), completed: the one the authority line
    /// implies (the head of the body signed for, or the principal itself), when it starts so.
    public static func completed(_ reading: String, authority: String?) -> String? {
        let key = IssuerNames.squash(reading)
        guard !key.isEmpty, let authority else { return nil }
        let implied = [heads.first { IssuerNames.squash($0.key) == IssuerNames.squash(authority) }?.value,
                       known.first { IssuerNames.squash($0) == IssuerNames.squash(authority) }].compactMap { $0 }
        return implied.first { position in
            let squashed = IssuerNames.squash(position)
            return squashed.count > key.count && squashed.hasPrefix(key)
                && position.split(separator: " ").first.map { IssuerNames.squash(String($0)) == key } == true
        }
    }

    /// "K/T CHỦ TỊCH" is signed by a deputy: "PHÓ CHỦ TỊCH"; a minister's deputy is a "THỨ TRƯỞNG"
    /// (Decree 30/2020: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG").
    public static func deputy(of principal: String) -> String? {
        if principal == "BỘ TRƯỞNG" { return "THỨ TRƯỞNG" }
        let candidate = "PHÓ " + principal
        return known.contains(candidate) ? candidate : nil
    }
}
