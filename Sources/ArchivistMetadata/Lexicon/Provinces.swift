/// Provinces and their seats: the 63 provinces and centrally-run cities before the 2025
/// reorganisation with their capitals, and the 34 after it (Resolution 202/2025/QH15) with the
/// provinces merged into each. Used to judge a place of issue against the issuer's province
/// (Đà Lạt is Lâm Đồng's); never to reject a place it does not list (communes are too many).
public enum Provinces {
    /// Province (of the 63) → its capital (thành phố or thị xã where the committees sit).
    public static let capitals: [String: String] = [
        "An Giang": "Long Xuyên", "Bà Rịa - Vũng Tàu": "Bà Rịa", "Bạc Liêu": "Bạc Liêu", "Bắc Giang": "Bắc Giang",
        "Bắc Kạn": "Bắc Kạn", "Bắc Ninh": "Bắc Ninh", "Bến Tre": "Bến Tre", "Bình Dương": "Thủ Dầu Một",
        "Bình Định": "Quy Nhơn", "Bình Phước": "Đồng Xoài", "Bình Thuận": "Phan Thiết", "Cà Mau": "Cà Mau",
        "Cao Bằng": "Cao Bằng", "Đắk Lắk": "Buôn Ma Thuột", "Đắk Nông": "Gia Nghĩa", "Điện Biên": "Điện Biên Phủ",
        "Đồng Nai": "Biên Hòa", "Đồng Tháp": "Cao Lãnh", "Gia Lai": "Pleiku", "Hà Giang": "Hà Giang", "Hà Nam": "Phủ Lý",
        "Hà Tĩnh": "Hà Tĩnh", "Hải Dương": "Hải Dương", "Hậu Giang": "Vị Thanh", "Hòa Bình": "Hòa Bình",
        "Hưng Yên": "Hưng Yên", "Khánh Hòa": "Nha Trang", "Kiên Giang": "Rạch Giá", "Kon Tum": "Kon Tum",
        "Lai Châu": "Lai Châu", "Lâm Đồng": "Đà Lạt", "Lạng Sơn": "Lạng Sơn", "Lào Cai": "Lào Cai", "Long An": "Tân An",
        "Nam Định": "Nam Định", "Nghệ An": "Vinh", "Ninh Bình": "Ninh Bình", "Ninh Thuận": "Phan Rang - Tháp Chàm",
        "Phú Thọ": "Việt Trì", "Phú Yên": "Tuy Hòa", "Quảng Bình": "Đồng Hới", "Quảng Nam": "Tam Kỳ",
        "Quảng Ngãi": "Quảng Ngãi", "Quảng Ninh": "Hạ Long", "Quảng Trị": "Đông Hà", "Sóc Trăng": "Sóc Trăng",
        "Sơn La": "Sơn La", "Tây Ninh": "Tây Ninh", "Thái Bình": "Thái Bình", "Thái Nguyên": "Thái Nguyên",
        "Thanh Hóa": "Thanh Hóa", "Thừa Thiên Huế": "Huế", "Tiền Giang": "Mỹ Tho", "Trà Vinh": "Trà Vinh",
        "Tuyên Quang": "Tuyên Quang", "Vĩnh Long": "Vĩnh Long", "Vĩnh Phúc": "Vĩnh Yên", "Yên Bái": "Yên Bái",
    ]

    /// Province (of the 34) → the provinces of the 63 merged into it, when it took in others.
    public static let merged: [String: [String]] = [
        "Tuyên Quang": ["Tuyên Quang", "Hà Giang"], "Lào Cai": ["Lào Cai", "Yên Bái"], "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
        "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"], "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"], "Hưng Yên": ["Hưng Yên", "Thái Bình"],
        "Hải Phòng": ["Hải Phòng", "Hải Dương"], "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
        "Quảng Trị": ["Quảng Trị", "Quảng Bình"], "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"], "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
        "Gia Lai": ["Gia Lai", "Bình Định"], "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
        "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"], "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
        "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"], "Đồng Nai": ["Đồng Nai", "Bình Phước"],
        "Tây Ninh": ["Tây Ninh", "Long An"], "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
        "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"], "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
        "Cà Mau": ["Cà Mau", "Bạc Liêu"], "An Giang": ["An Giang", "Kiên Giang"], "Huế": ["Thừa Thiên Huế"],
    ]

    /// Every province name, of the 63 or the 34.
    public static let names: [String] = Array(Set(PlaceNames.provinces63 + PlaceNames.provinces34))

    /// The province names and seats a document of `province` may be dated from: the province, its
    /// capital, and across the 2025 merger the provinces it took in (or was taken into) and theirs.
    public static func seats(of province: String) -> [String] {
        let into = merged.filter { $0.value.contains { PhraseLexicon.samePrinting($0, province) } }.map(\.key)
        let parts = (merged.first { PhraseLexicon.samePrinting($0.key, province) }?.value ?? []) + [province] + into
        return Array(Set(parts + parts.compactMap { capitals[$0] }))
    }

    /// True when `place` names a province or a provincial capital (a place a gazetteer can judge).
    public static func isProvincial(_ place: String) -> Bool {
        (names + Array(capitals.values)).contains { PhraseLexicon.samePrinting($0, place) }
    }
}
