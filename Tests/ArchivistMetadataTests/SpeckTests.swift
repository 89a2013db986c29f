import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Held-out seeds 6100-9200, degraded pages: subjects and places read with a speck, or a garbled
/// prefix, that the review notes already named. The value is now given without them; it stays
/// for review.
@Suite struct SpeckTests {
    let escapes = UnseenSeedEscapeTests()

    @Test func aPeriodOrSemicolonReadBetweenWordsIsLeftOutOfTheValue() {
        for (read, printed) in [
            ("về. đẩy mạnh phòng, chống tham nhũng", "về đẩy mạnh phòng, chống tham nhũng"),          // seed 7000
            ("Họp Ban.Thường vụ về phòng cháy, chữa cháy", "Họp Ban Thường vụ về phòng cháy, chữa cháy"), // seed 6600
            ("Về việc kiện toàn Tổ công tác chỉnh lý; số hóa hồ sơ", "Về việc kiện toàn Tổ công tác chỉnh lý, số hóa hồ sơ"),
            ("Triển khai quản lý, Sử dụng đất đai", "Triển khai quản lý, sử dụng đất đai"),                     // seed 9200
        ] {
            let m = escapes.party(subject: [read])
            #expect(m.subject.value == printed, "\(m.subject)")
            #expect(escapes.routed(m, "subject"))
        }
        // A sentence's period, an abbreviation's, and "v.v." stay.
        for kept in ["về công tác lưu trữ. Đẩy mạnh số hóa", "về quy hoạch TP.Hồ Chí Minh", "về văn bản, hồ sơ, v.v.",
                     "về tỉnh Sóc Trăng", "khen thưởng đồng chí Võ Văn Sáu"] {
            #expect(MetadataExtractor.mended(ExtractedField(value: kept, confidence: 0.5, evidence: Evidence(rule: "test"))).value == kept)
        }
    }

    @Test func aVVPrefixReadAsAWordIsNoWordOfTheSubject() {
        // Seed 6200: a công văn's "V/v" read "Ví" at 66.
        let m = AgreeingReadingsTests().state(vv: "Ví tăng cường hỗ trợ xóa nhà tạm", confidences: ["Ví": 66])
        #expect(m.subject.value == "tăng cường hỗ trợ xóa nhà tạm", "\(m.subject)")
        // "Về việc" opens a subject: no prefix.
        #expect(MetadataExtractor.vvReadAsWord(in: "Về việc kiện toàn") == nil)
    }

    @Test func aPeriodInsideAPlaceNameIsASpeck() {
        // Seed 9200: "Phú. Mỹ, ngày …".
        #expect(MetadataExtractor.withoutInnerPeriods("Phú. Mỹ") == "Phú Mỹ")
        #expect(MetadataExtractor.withoutInnerPeriods("Tp. Hồ Chí Minh") == "Tp. Hồ Chí Minh")
        #expect(MetadataExtractor.withoutInnerPeriods("TP. Hồ Chí Minh") == "TP. Hồ Chí Minh")
        var b = PageBuilder()
        b.row(0.06, (0.15, "ĐẢNG BỘ THỊ XÃ PHÚ MỸ"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.08, (0.15, "ĐẢNG ỦY PHƯỜNG PHÚ MỸ"))
        b.row(0.11, (0.15, "Số 12-NQ/ĐU"), (0.52, "Phú. Mỹ, ngày 5 tháng 3 năm 2024"))
        b.row(0.15, (0.43, "NGHỊ QUYẾT"))
        b.row(0.165, (0.40, "Về công tác lưu trữ"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        HandWrittenVariantTests().foot(&b, authority: "T/M ĐẢNG ỦY", position: "BÍ THƯ", name: "Tạ Thị Hồng")
        let speck = MetadataExtractor().extract([b.page()])
        #expect(speck.place.value == "Phú Mỹ", "\(speck.place)")
        // The header names the ward "PHÚ MỸ": a second reading confirms the place.
        #expect(speck.place.evidence.rule.contains("confirmed by the header despite: a period inside"))
    }
}
