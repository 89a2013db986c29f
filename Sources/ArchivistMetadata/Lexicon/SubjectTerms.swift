/// The common phrases of administrative subjects (trích yếu): Party building, State
/// administration, the economy and society, security, records. Written from general usage,
/// not from any test document. A word OCR misread by one letter's marks inside such a phrase
/// ("hồ trợ", "đầy mạnh", "tham những") is repaired; a word that is no syllable is repaired
/// to the variant that makes one of these phrases ("câp xã" → "cấp xã").
public enum SubjectTerms {
    public static let partyBuilding = [
        "xây dựng Đảng", "công tác", "tổ chức", "công tác Đảng", "tổ chức đảng", "tổ chức cơ sở đảng", "đảng viên", "đảng viên mới",
        "phát triển đảng viên", "kết nạp đảng viên", "sinh hoạt chi bộ", "cấp ủy", "cấp ủy viên", "nhiệm kỳ", "đại hội",
        "đại hội đảng bộ", "đại hội chi bộ", "kiểm tra", "giám sát", "kỷ luật", "thi hành kỷ luật", "đảng phí",
        "lý luận chính trị", "bồi dưỡng", "học tập", "quán triệt", "nghị quyết", "chỉ thị", "kết luận", "tư tưởng",
        "đạo đức", "phong cách", "Hồ Chí Minh", "làm theo", "chính trị nội bộ", "bảo vệ chính trị nội bộ", "dân vận",
        "công tác dân vận", "tuyên giáo", "tuyên truyền", "cán bộ", "công chức", "viên chức", "đội ngũ", "cán bộ chủ chốt",
        "quy hoạch cán bộ", "luân chuyển", "bổ nhiệm", "đánh giá", "xếp loại", "tự phê bình", "phê bình", "đoàn kết",
        "thống nhất", "dân chủ", "dân chủ ở cơ sở", "tập trung dân chủ", "hệ thống chính trị", "Mặt trận Tổ quốc", "đoàn thể",
        "chính quyền", "nhân dân", "quần chúng", "Đảng Cộng sản Việt Nam", "ngày thành lập Đảng", "bảo vệ nền tảng tư tưởng",
        // Commemorations print "Ngày" with a capital.
        "Ngày thành lập Đảng", "Ngày Quốc khánh", "Ngày Thương binh - Liệt sĩ", "Ngày Nhà giáo Việt Nam", "Ngày Quốc tế Phụ nữ",
    ]

    public static let administration = [
        "cải cách hành chính", "thủ tục hành chính", "hành chính", "đơn vị hành chính", "sắp xếp", "sáp nhập", "hợp nhất",
        "tinh gọn", "bộ máy", "tổ chức bộ máy", "biên chế", "tinh giản biên chế", "chức năng", "nhiệm vụ", "quyền hạn",
        "cơ cấu tổ chức", "quy chế", "quy định", "hướng dẫn", "kế hoạch", "chương trình", "đề án", "phương án", "báo cáo",
        "tờ trình", "thông báo", "quyết định", "ban hành", "phê duyệt", "thành lập", "kiện toàn", "giải thể", "bổ sung",
        "sửa đổi", "điều chỉnh", "triển khai", "thực hiện", "tổ chức thực hiện", "sơ kết", "tổng kết", "kết quả", "tình hình",
        "phương hướng", "giải pháp", "chỉ đạo", "lãnh đạo", "điều hành", "quản lý", "quản lý nhà nước", "nhà nước",
        "cơ quan", "đơn vị", "địa phương", "địa bàn", "cơ sở", "cấp xã", "cấp huyện", "cấp tỉnh", "cấp cơ sở", "thị trấn",
        "thành phố", "trực thuộc", "ngân sách", "kinh phí", "tài chính", "tài sản công", "đầu tư", "đầu tư công", "dự án",
        "xây dựng", "công trình", "hạ tầng", "tiếp công dân", "khiếu nại", "tố cáo", "giải quyết", "kiến nghị", "phản ánh",
        "thanh tra", "kiểm toán", "pháp luật", "phổ biến", "giáo dục pháp luật", "văn bản", "quy phạm pháp luật",
        "văn thư", "lưu trữ", "hồ sơ", "tài liệu", "chỉnh lý", "số hóa", "chuyển đổi số", "công nghệ thông tin",
        "chính phủ điện tử", "dịch vụ công", "trực tuyến", "chữ ký số", "an toàn thông tin", "an ninh mạng", "bí mật nhà nước",
        "hội nghị", "hội thảo", "tập huấn", "đoàn kiểm tra", "tổ công tác", "ban chỉ đạo", "thường trực", "ý kiến",
        "ý kiến chỉ đạo", "góp ý", "dự thảo", "đề nghị", "đề xuất", "xin ý kiến", "về việc", "giai đoạn", "đầu năm",
        "cuối năm", "hằng năm", "chỉ số hài lòng", "người dân", "doanh nghiệp", "công dân", "theo dõi", "đôn đốc",
        "phối hợp", "kịp thời", "khó khăn", "vướng mắc", "thi đua", "khen thưởng", "biểu dương", "rút kinh nghiệm",
    ]

    public static let society = [
        "phát triển", "kinh tế", "xã hội", "kinh tế - xã hội", "tăng trưởng", "nông nghiệp", "nông thôn", "nông thôn mới",
        "nâng cao", "công nghiệp", "thương mại", "dịch vụ", "du lịch", "khu vực nhà nước", "kinh tế tư nhân", "hợp tác xã",
        "đất đai", "sử dụng đất", "tài nguyên", "môi trường", "bảo vệ môi trường", "khoáng sản", "khai thác", "làng nghề",
        "thiên tai", "phòng, chống", "phòng chống", "tìm kiếm cứu nạn", "cứu hộ", "phòng cháy", "chữa cháy",
        "an toàn giao thông", "trật tự", "an ninh", "quốc phòng", "an ninh trật tự", "quân sự", "nhập ngũ", "tuyển chọn",
        "nghĩa vụ quân sự", "giáo dục", "đào tạo", "y tế", "dịch bệnh", "gia súc", "gia cầm", "chăn nuôi", "giảm nghèo",
        "hộ nghèo", "hộ cận nghèo", "bền vững", "an sinh xã hội", "chính sách", "người có công", "gia đình chính sách",
        "thương binh", "liệt sĩ", "chăm lo", "hỗ trợ", "nhà ở", "nhà tạm", "dột nát", "việc làm", "lao động", "văn hóa",
        "thể thao", "gia đình", "trẻ em", "người cao tuổi", "phụ nữ", "thanh niên", "tiết kiệm", "lãng phí", "chống lãng phí",
        "tham nhũng", "tiêu cực", "thực hành tiết kiệm", "chi thường xuyên", "kỷ niệm", "lễ kỷ niệm", "Tết Nguyên đán",
        "đẩy mạnh", "tăng cường", "đẩy nhanh", "tiến độ", "hiệu quả", "hiệu lực", "chất lượng", "đổi mới", "phương thức",
        "toàn diện", "trọng tâm", "trọng điểm", "thường xuyên", "định kỳ", "đột xuất", "khu dân cư", "dân cư",
    ]

    /// Subject phrases and the bodies and places they name, one letter's marks repaired at most.
    public static let lexicon = PhraseLexicon(partyBuilding + administration + society + AdministrativeTerms.party
                                              + AdministrativeTerms.state + PlaceNames.all, maximumLetterEdits: 1)
}
