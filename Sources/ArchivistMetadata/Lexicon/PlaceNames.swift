/// Provinces and major cities of Vietnam, for repairing and confirming place names in
/// headers ("Thủ Dâu Một" → "Thủ Dầu Một", "ỦYBÌNHDƯƠNG").
public enum PlaceNames {
    /// The 63 provinces and centrally-run cities before the 2025 reorganisation.
    public static let provinces63 = [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
        "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
        "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
        "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
        "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
        "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
        "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]

    /// The 34 provinces and centrally-run cities from 12 June 2025 (Resolution 202/2025/QH15).
    public static let provinces34 = [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
        "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ]

    /// Provincial capitals and other cities (thành phố) and towns that head documents.
    public static let cities = [
        "Long Xuyên", "Châu Đốc", "Bà Rịa", "Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Từ Sơn", "Bến Tre",
        "Thủ Dầu Một", "Dĩ An", "Thuận An", "Tân Uyên", "Bến Cát", "Quy Nhơn", "Đồng Xoài", "Phan Thiết",
        "Buôn Ma Thuột", "Gia Nghĩa", "Điện Biên Phủ", "Biên Hòa", "Long Khánh", "Cao Lãnh", "Sa Đéc", "Hồng Ngự",
        "Pleiku", "Phủ Lý", "Chí Linh", "Vị Thanh", "Ngã Bảy", "Nha Trang", "Cam Ranh", "Rạch Giá", "Hà Tiên",
        "Phú Quốc", "Đà Lạt", "Bảo Lộc", "Tân An", "Nam Định", "Tam Điệp", "Phan Rang - Tháp Chàm", "Việt Trì",
        "Tuy Hòa", "Đồng Hới", "Tam Kỳ", "Hội An", "Hạ Long", "Móng Cái", "Uông Bí", "Cẩm Phả", "Đông Triều",
        "Đông Hà", "Sóc Trăng", "Sơn La", "Thái Bình", "Sông Công", "Phổ Yên", "Sầm Sơn", "Mỹ Tho", "Gò Công",
        "Vĩnh Yên", "Phúc Yên", "Yên Bái", "Thủ Đức", "Lào Cai", "Lạng Sơn", "Hòa Bình", "Hưng Yên", "Hải Dương",
        "Kon Tum", "Lai Châu", "Hà Giang", "Tuyên Quang", "Trà Vinh", "Vĩnh Long", "Tây Ninh", "Cà Mau", "Bạc Liêu",
        "Cao Bằng", "Ninh Bình", "Thái Nguyên", "Thanh Hóa", "Hà Tĩnh", "Quảng Ngãi", "Kiên Giang", "Long An",
    ]

    /// Every name, longest first (so "Bà Rịa - Vũng Tàu" wins over "Vũng Tàu").
    public static let all: [String] = Array(Set(provinces63 + provinces34 + cities)).sorted {
        $0.count > $1.count || ($0.count == $1.count && $0 < $1)
    }

    public static let lexicon = PhraseLexicon(all)
}
