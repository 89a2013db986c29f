/// The closed vocabulary of issuing bodies and recipients: Party and State bodies, their
/// offices and departments, and the set phrases of "Nơi nhận".
public enum AdministrativeTerms {
    public static let party = [
        "Ban Chấp hành Trung ương", "Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành", "Ban Thường vụ",
        "Thường trực", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tuyên giáo và Dân vận", "Ban Nội chính",
        "Ban Kinh tế", "Ban Chỉ đạo", "Ủy ban Kiểm tra", "Văn phòng", "Đảng ủy", "Đảng bộ", "Đảng đoàn",
        "Ban cán sự đảng", "Chi bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Tỉnh ủy viên",
        "Thành ủy viên", "Huyện ủy viên", "Ủy viên", "Ủy viên Ban Thường vụ", "cấp ủy", "tổ chức cơ sở đảng", "đảng viên",
        "Trung ương", "Đảng ủy Khối", "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối các cơ quan Trung ương",
        "Đảng ủy Khối Doanh nghiệp", "Quân ủy Trung ương",
    ]

    public static let state = [
        "Ủy ban nhân dân", "Hội đồng nhân dân", "UBND", "HĐND", "UBMTTQ", "Mặt trận Tổ quốc", "Chính phủ",
        "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Quốc hội", "Bộ Nội vụ", "Bộ Tài chính", "Sở Nội vụ",
        "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương", "Sở Ngoại vụ",
        "Sở Kế hoạch và Đầu tư", "Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ",
        "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường", "Sở Lao động - Thương binh và Xã hội",
        "Thanh tra tỉnh", "Công an tỉnh", "Cục Văn thư và Lưu trữ nhà nước", "Chi cục Văn thư - Lưu trữ",
        "Trung tâm Lưu trữ lịch sử", "Lưu trữ lịch sử",
    ]

    /// Set phrases of recipient lists.
    public static let recipients = [
        "Như trên", "Lưu VT", "các đồng chí", "các sở, ban, ngành", "sở, ban, ngành", "các quận, huyện",
        "quận, huyện", "các huyện, thị xã, thành phố", "các cơ quan, đơn vị", "để báo cáo", "báo cáo", "để biết",
        "để thực hiện", "để phối hợp", "thực hiện", "phối hợp", "trực thuộc", "Thành phố", "thị xã",
        "xây dựng Đảng", "các đoàn thể", "Cổng thông tin điện tử", "phòng, ban chuyên môn", "đảng ủy trực thuộc",
        "chi bộ trực thuộc", "Như Điều", "Thường trực HĐND tỉnh", "Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh",
        "UBND tỉnh", "HĐND tỉnh", "UBND huyện", "HĐND huyện",
    ]

    /// Codes of the archive line ("Lưu: VT, TH"): văn thư, general, internal affairs, office, the
    /// usual departments.
    public static let archiveCodes: Set<String> = ["VT", "TH", "NV", "VP", "HC", "TC", "KT", "TCCB", "TCHC", "KHTC", "VX", "NC",
                                                    "PC", "CT", "XD", "TN", "NN", "GD", "YT", "LĐ", "ĐT", "QT", "TKBT"]

    /// Residential units of two words or more, as body names print them ("CHI BỘ KHU PHỐ 4").
    static let residentialUnits = ["Khu phố", "Tổ dân phố"]

    public static let lexicon = PhraseLexicon(party + state + recipients + residentialUnits + PlaceNames.all)
}
