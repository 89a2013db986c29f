import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Review calibration on held-out seeds 5501 and 5502: a word read unsure is trusted when another
/// part of the page reads it again alike, or the format leaves it no alternative; look-alikes and
/// words nothing checks stay routed.
@Suite struct AgreeingReadingsTests {
    let extractor = MetadataExtractor()

    func state(parent: String = "UBND TỈNH ĐỒNG NAI", issuer: String = "SỞ NỘI VỤ", place: String = "Biên Hòa",
               vv: String? = nil, foot: [(Double, String)] = [(0.12, "- Như trên,"), (0.12, "- Lưu: VT, NV.")],
               authority: String = "KT. GIÁM ĐỐC", position: String = "PHÓ GIÁM ĐỐC", confidences: [String: Double] = [:]) -> DocumentMetadata {
        var b = PageBuilder()
        b.wordConfidences = confidences
        b.row(0.06, (0.15, parent), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.08, (0.17, issuer), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        if let vv {
            b.row(0.11, (0.15, "Số: 7/SNV-VP"), (0.50, place + ", ngày 5 tháng 3 năm 2024"))
            b.row(0.125, (0.12, vv))
            b.row(0.17, (0.40, "Kính gửi: Các sở, ban, ngành tỉnh."))
        } else {
            b.row(0.11, (0.15, "Số: 7/KH-SNV"), (0.50, place + ", ngày 5 tháng 3 năm 2024"))
            b.row(0.15, (0.45, "KẾ HOẠCH"))
            b.row(0.165, (0.36, "Kiểm tra công tác lưu trữ"))
        }
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.40, (0.12, "Nơi nhận:"), (0.58, authority))
        for (index, row) in foot.enumerated() { b.row(0.42 + Double(index) * 0.02, (row.0, row.1), (0.62, index == 0 ? position : "")) }
        b.row(0.42 + Double(foot.count) * 0.02 + 0.04, (0.60, "Võ Thành Nam"))
        return extractor.extract([b.page()])
    }

    func routed(_ m: DocumentMetadata, _ field: String) -> Bool { m.reviewReasons.contains { $0.field == field } }

    @Test func tinhReadAsPrintedBeforeAKnownProvinceIsChecked() {
        #expect(MetadataExtractor.provinceUnit(of: "UBND TỈNH ĐỒNG NAI") == ["tinh"])
        #expect(MetadataExtractor.provinceUnit(of: "UBND TĨNH ĐỒNG NAI").isEmpty)
        #expect(MetadataExtractor.provinceUnit(of: "ĐẢNG BỘ XÃ TỈNH BIÊN").isEmpty)
        #expect(!routed(state(confidences: ["TỈNH": 60]), "parent_issuer"))
        // So is the province's name the gazetteer spells alike, marks and all ("NAI" at 40; seeds
        // 8700-9000: "QUẢNG" 48, "HÓA" 48). Below the validated floor, or another word: routed.
        #expect(!routed(state(confidences: ["NAI": 40]), "parent_issuer"))
        #expect(routed(state(confidences: ["NAI": 20]), "parent_issuer"))
        #expect(routed(state(confidences: ["TỈNH": 20]), "parent_issuer"))
        #expect(routed(state(confidences: ["UBND": 40]), "parent_issuer"))
    }

    @Test func luuReadAsPrintedOpeningTheArchiveLineIsChecked() {
        #expect(!routed(state(confidences: ["Lưu:": 38]), "recipients"))
        // Codes the list does not know, or "Lưu" not opening the last item: no format to check it.
        #expect(routed(state(foot: [(0.12, "- Như trên,"), (0.12, "- Lưu: VT, HX.")], confidences: ["Lưu:": 38]), "recipients"))
        #expect(routed(state(foot: [(0.12, "- Lưu trữ lịch sử tỉnh,"), (0.12, "- Như trên.")], confidences: ["Lưu": 38]), "recipients"))
    }

    @Test func aPlaceSpelledAsTheSeatOfTheHeadersProvinceIsConfirmed() {
        let seat = state(confidences: ["Biên": 48])
        #expect(!routed(seat, "place"), "\(seat.place.evidence.rule)")
        #expect(seat.place.evidence.rule.contains("confirmed by the header"))
        // A town of the province that is not its seat: nothing reads it again.
        #expect(routed(state(place: "Long Thành", confidences: ["Long": 48]), "place"))
    }

    @Test func anIssuersLocalityReadAlikeByTheSurePlaceLineIsTrusted() {
        let alike = state(parent: "UBND HUYỆN LONG THÀNH", issuer: "ỦY BAN NHÂN DÂN XÃ AN PHƯỚC", place: "An Phước",
                          confidences: ["PHƯỚC": 74])
        #expect(!routed(alike, "issuer"), "\(alike.issuer.evidence.rule)")
        // The place line names another locality, or reads the word unsure too: routed.
        #expect(routed(state(parent: "UBND HUYỆN LONG THÀNH", issuer: "ỦY BAN NHÂN DÂN XÃ AN PHƯỚC", place: "Long Thành",
                             confidences: ["PHƯỚC": 74]), "issuer"))
        #expect(routed(state(parent: "UBND HUYỆN LONG THÀNH", issuer: "ỦY BAN NHÂN DÂN XÃ AN PHƯỚC", place: "An Phước",
                             confidences: ["PHƯỚC": 74, "Phước,": 80]), "issuer"))
    }

    @Test func theDeputysPositionReadsThePrincipalAgain() {
        let sure = ExtractedField<String>(value: "PHÓ GIÁM ĐỐC", confidence: 0.9, evidence: Evidence(rule: "test"))
        let unsure = ExtractedField<String>(value: "PHÓ GIÁM ĐỐC", confidence: 0.5, evidence: Evidence(rule: "test"))
        #expect(MetadataExtractor.principalReadAlike(mark: "KT.", body: "GIÁM ĐỐC SỞ NỘI VỤ", position: sure, sureAbove: 0.75) == ["giam", "doc"])
        #expect(MetadataExtractor.principalReadAlike(mark: "TM.", body: "GIÁM ĐỐC SỞ NỘI VỤ", position: sure, sureAbove: 0.75).isEmpty)
        #expect(MetadataExtractor.principalReadAlike(mark: "KT.", body: "GIÁM ĐỐC SỞ NỘI VỤ", position: unsure, sureAbove: 0.75).isEmpty)
        #expect(MetadataExtractor.principalReadAlike(mark: "KT.", body: "GIẢM ĐỐC SỞ NỘI VỤ", position: sure, sureAbove: 0.75).isEmpty)
        #expect(!routed(state(authority: "KT. GIÁM ĐỐC SỞ NỘI VỤ", confidences: ["GIÁM": 77]), "signer_authority"))
        #expect(routed(state(authority: "KT. GIÁM ĐỐC SỞ NỘI VỤ", confidences: ["NỘI": 40]), "signer_authority"))
    }

    @Test func aMinistersDeputyIsAThuTruong() {
        #expect(SignerPositions.deputy(of: "BỘ TRƯỞNG") == "THỨ TRƯỞNG")
        #expect(SignerPositions.deputy(of: "CHỦ TỊCH") == "PHÓ CHỦ TỊCH")
        #expect(MetadataExtractor.markAgrees("KT.", body: "BỘ TRƯỞNG", signer: "THỨ TRƯỞNG"))
        #expect(!MetadataExtractor.markAgrees("KT.", body: "BỘ TRƯỞNG", signer: "THỦ TRƯỞNG"))
    }

    @Test func theVVPrefixIsNoWordOfTheSubject() {
        let garbled = state(vv: "V#W đề nghị báo cáo công tác lưu trữ", confidences: ["V#W": 16])
        #expect(garbled.subject.value == "đề nghị báo cáo công tác lưu trữ")
        #expect(!routed(garbled, "subject"), "\(garbled.subject)")
        // A word of the subject itself read that unsure still routes it.
        #expect(routed(state(vv: "V/v đề nghị báo cáo công tác lưu trữ", confidences: ["nghị": 16]), "subject"))
    }

    @Test func aYearRangeIsATermNotAYearTheTextNames() {
        var m = DocumentMetadata()
        m.date = ExtractedField(value: "2021-02-20", confidence: 0.95, evidence: Evidence(rule: "test"))
        var ranged = m
        extractor.crossCheckYear(&ranged, text: "ngày 20 tháng 02 năm 2021 … đại hội chi bộ nhiệm kỳ 2025 - 2027")
        #expect(ranged.date.confidence >= extractor.reviewThreshold)
        extractor.crossCheckYear(&m, text: "ngày 20 tháng 02 năm 2021 … kế hoạch năm 2027")
        #expect(m.date.confidence < extractor.reviewThreshold)
    }
}
