import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// The place of issue against the header's locality and the province gazetteer.
@Suite struct PlaceCalibrationTests {
    let extractor = MetadataExtractor()

    func place(_ line: String, parent: String = "ĐẢNG BỘ HUYỆN CỦ CHI", issuer: String = "ĐẢNG ỦY XÃ TÂN PHÚ TRUNG",
               confidences: [String: Double] = [:]) -> ExtractedField<String> {
        var b = PageBuilder()
        b.wordConfidences = confidences
        b.row(0.06, (0.15, parent), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.08, (0.17, issuer))
        b.row(0.11, (0.15, "Số 35-BB/ĐU"), (0.48, line))
        b.row(0.15, (0.45, "BIÊN BẢN"))
        b.row(0.165, (0.36, "Hội nghị xây dựng nông thôn mới"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.40, (0.18, "THƯ KÝ"), (0.62, "CHỦ TRÌ"))
        b.row(0.48, (0.14, "Nông Thanh Vĩnh"), (0.58, "Triệu Thị Thuận"))
        return extractor.extract([b.page()]).place
    }

    @Test func aFirstWordMisreadIsRestoredFromTheHeader() {
        let m = place("lân Phú Trung, ngày 02 tháng 6 năm 2023")
        #expect(m.value == "Tân Phú Trung")
        #expect(m.evidence.rule.contains("lân Phú Trung→Tân Phú Trung (header)"))
        #expect(m.confidence >= extractor.reviewThreshold)
        let oneLetter = place("Tên Phú Trung, ngày 02 tháng 6 năm 2023", confidences: ["Tên": 37])
        #expect(oneLetter.value == "Tân Phú Trung")
    }

    @Test func aPlaceThatIsOnlyTheEndOfTheLocalityIsRouted() {
        let m = place("Phú Trung, ngày 02 tháng 6 năm 2023")
        #expect(m.value == "Phú Trung")
        #expect(m.confidence < extractor.reviewThreshold)
        #expect(m.evidence.rule.contains("end of 'Tân Phú Trung'"))
    }

    @Test func provincialSeatsAgreeAndOthersDoNot() {
        let seat = place("Đà Lạt, ngày 02 tháng 6 năm 2023", parent: "ĐẢNG BỘ TỈNH LÂM ĐỒNG", issuer: "BAN TỔ CHỨC")
        #expect(seat.confidence >= extractor.reviewThreshold)
        let elsewhere = place("Đà Lạt, ngày 02 tháng 6 năm 2023", parent: "ĐẢNG BỘ TỈNH NGHỆ AN", issuer: "BAN TỔ CHỨC")
        #expect(elsewhere.confidence < extractor.reviewThreshold)
        #expect(elsewhere.evidence.rule.contains("no seat of Nghệ An"))
        // A commune the gazetteer does not list is kept, with a little less confidence.
        let unknown = place("Hiệp Thạnh, ngày 02 tháng 6 năm 2023")
        #expect(unknown.value == "Hiệp Thạnh")
        #expect(unknown.evidence.rule.contains("not the header's locality"))
    }

    @Test func aPlaceALetterAwayFromTheSeatOfTheHeadersProvinceIsRouted() {
        let misread = place("Miệt Trì, ngày 02 tháng 6 năm 2023", parent: "TỈNH ỦY PHÚ THỌ", issuer: "BAN TUYÊN GIÁO")
        #expect(misread.value == "Miệt Trì")
        #expect(misread.confidence < extractor.reviewThreshold)
        #expect(misread.evidence.rule.contains("a letter away from Việt Trì"))
        // The seat itself agrees; a place a letter from some other province's seat ("Phú Mỹ",
        // "Phủ Lý") is a real town and stays.
        let seat = place("Việt Trì, ngày 02 tháng 6 năm 2023", parent: "TỈNH ỦY PHÚ THỌ", issuer: "BAN TUYÊN GIÁO")
        #expect(seat.confidence >= extractor.reviewThreshold)
        let town = place("Phú Mỹ, ngày 02 tháng 6 năm 2023", parent: "TỈNH ỦY BÀ RỊA - VŨNG TÀU", issuer: "BAN TUYÊN GIÁO")
        #expect(!town.evidence.rule.contains("a letter away"))
        // With the province unread in the header, any province or city is the reference.
        let unread = place("Miệt Trì, ngày 02 tháng 6 năm 2023", parent: "TỈNH ỦY PHÚTHỌO", issuer: "BAN TUYÊN GIÁO")
        #expect(unread.confidence < extractor.reviewThreshold)
        #expect(unread.evidence.rule.contains("a letter away from Việt Trì, and the header names no province"))
    }

    @Test func seatsCrossTheMerger() {
        #expect(Provinces.seats(of: "Lâm Đồng").contains("Phan Thiết"))
        #expect(Provinces.seats(of: "Bình Thuận").contains("Lâm Đồng"))
        #expect(!Provinces.seats(of: "Nghệ An").contains("Đà Lạt"))
        #expect(Set(Provinces.merged.values.flatMap { $0 }).isSubset(of: Set(PlaceNames.provinces63)))
        #expect(Set(Provinces.merged.keys).isSubset(of: Set(PlaceNames.provinces34)))
        #expect(Set(Provinces.capitals.keys).isSubset(of: Set(PlaceNames.provinces63)))
    }

    @Test(arguments: [
        ("ĐẢNG BỘ XÃ TÂN PHÚ TRUNG", "TÂN PHÚ TRUNG"), ("HUYỆN ỦY THOẠI SƠN", "THOẠI SƠN"), ("THÀNH ỦY TP. HỒ CHÍ MINH", "HỒ CHÍ MINH"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "CẦN THƠ"), ("CHI BỘ ẤP BÀU TRÂM", "BÀU TRÂM"), ("SỞ NỘI VỤ - SỞ TÀI CHÍNH", nil),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", nil), ("UBND THỊ XÃ BẾN CÁT", "BẾN CÁT"),
    ] as [(String, String?)])
    func localityOfABody(body: String, locality: String?) {
        #expect(MetadataExtractor.locality(of: body)?.joined(separator: " ") == locality)
    }
}
