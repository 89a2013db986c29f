@testable import ArchivistMetadata

/// Labelled training text for the type classifier, synthesized from per-type templates with
/// shared filler, so a type is told by its own wording and not by the topic.
enum SyntheticDocuments {
    static let templates: [(label: String, phrases: [String])] = [
        ("01|Nghị quyết", ["Ban Thường vụ đã họp, thảo luận và thống nhất ban hành Nghị quyết", "quan điểm và mục tiêu", "nhiệm vụ và giải pháp", "Nghị quyết này được phổ biến đến chi bộ", "phấn đấu đến năm"]),
        ("02|Quyết định", ["Căn cứ Luật Tổ chức chính quyền địa phương", "Xét đề nghị của Giám đốc Sở", "QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký", "chịu trách nhiệm thi hành Quyết định này"]),
        ("03|Chỉ thị", ["Chủ tịch Ủy ban nhân dân chỉ thị", "Thủ trưởng các sở, ban, ngành chịu trách nhiệm", "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này", "để khắc phục những hạn chế nêu trên"]),
        ("07|Thông báo", ["Ban Thường vụ đã họp nghe báo cáo", "kết luận như sau", "Giao cơ quan theo dõi, đôn đốc việc thực hiện Thông báo này", "thông báo ý kiến kết luận"]),
        ("10|Kế hoạch", ["xây dựng Kế hoạch thực hiện như sau", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN", "triển khai Kế hoạch này", "thời gian hoàn thành"]),
        ("14|Báo cáo", ["báo cáo kết quả thực hiện như sau", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG NĂM", "tỷ lệ đạt", "đánh giá chung"]),
        ("22|Công văn", ["Kính gửi", "V/v", "đề nghị các đồng chí", "trân trọng đề nghị", "báo cáo kết quả về Văn phòng trước ngày", "để được hướng dẫn"]),
        ("32|Kết luận", ["Ban Thường vụ đã nghe báo cáo kết quả kiểm tra", "Sau khi thảo luận, Ban Thường vụ kết luận như sau", "thực hiện Kết luận này", "đề nghị các đồng chí bí thư"]),
    ]
    static let filler = [
        "công tác văn thư, lưu trữ", "chuyển đổi số trong các cơ quan Đảng", "cải cách hành chính", "hồ sơ, tài liệu",
        "cán bộ, đảng viên", "các cấp ủy, tổ chức đảng", "ứng dụng công nghệ thông tin", "trên địa bàn tỉnh",
        "bảo đảm an toàn thông tin", "số hóa tài liệu lưu trữ", "các huyện ủy, thành ủy trực thuộc", "trong thời gian tới",
    ]

    /// `count` examples per type, deterministic for a seed.
    static func examples(perType count: Int, seed: UInt64) -> [TypeClassifier.Example] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return templates.flatMap { template in
            (0..<count).map { _ in
                let sentences = (0..<8).map { _ -> String in
                    let own = template.phrases[next(template.phrases.count)]
                    return next(3) == 0 ? filler[next(filler.count)] + " " + filler[next(filler.count)] + "." : own + " " + filler[next(filler.count)] + "."
                }
                return TypeClassifier.Example(text: sentences.joined(separator: " "), label: template.label)
            }
        }
    }
}
