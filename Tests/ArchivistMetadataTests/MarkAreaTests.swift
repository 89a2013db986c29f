import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Marks OCR garbled or did not read, and what else is printed where marks go.
@Suite struct MarkAreaTests {
    let extractor = MetadataExtractor()

    /// A Party notice with `mark` (as read, at `confidence`) under the number, and `aboveMotto` at the top right.
    func notice(mark: String? = nil, confidence: Double = 95, aboveMotto: String? = nil, overMotto: String? = nil) -> DocumentMetadata {
        var b = PageBuilder()
        if let mark { b.wordConfidences = [mark: confidence] }
        if let aboveMotto { b.row(0.04, (0.62, aboveMotto)) }
        b.row(0.06, (0.15, "TỈNH ỦY HƯNG YÊN"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        if let overMotto {
            for word in overMotto.split(separator: " ") { b.wordConfidences[String(word)] = 5 }
            b.row(0.063, (0.60, overMotto))
        }
        b.row(0.10, (0.17, "Số 380-TB/TU"), (0.52, "Hưng Yên, ngày 29 tháng 03 năm 2021"))
        if let mark { b.row(0.12, (0.22, mark)) }
        b.row(0.14, (0.44, "THÔNG BÁO"))
        b.row(0.155, (0.34, "Ý kiến chỉ đạo về học tập"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "T/L BAN THƯỜNG VỤ"))
        b.row(0.72, (0.12, "- Như trên,"), (0.60, "CHÁNH VĂN PHÒNG"))
        b.row(0.74, (0.12, "- Lưu Văn phòng."))
        b.row(0.80, (0.62, "Ngô Hữu Quế"))
        return extractor.extract([b.page()])
    }

    @Test func boxBarsReadAsLettersAroundTheMark() {
        // Seed 777, party/03-tb-380: a boxed MẬT read "JMATI" at 22 was missed and not routed.
        #expect(MetadataExtractor.isMark("JMATI", Confidentiality.mat.rawValue))
        #expect(MetadataExtractor.isMark("lMẬTJ", Confidentiality.mat.rawValue))
        #expect(!MetadataExtractor.isMark("JMATX", Confidentiality.mat.rawValue))
        let m = notice(mark: "JMATI", confidence: 22)
        #expect(m.confidentiality.value == .mat)
        #expect(m.access == .restricted)
        #expect(m.reviewReasons.contains { $0.field == "confidentiality" })
    }

    @Test func unexplainedTextUnderTheNumberRoutesTheMarks() {
        let m = notice(mark: "XQRB", confidence: 40)
        #expect(m.confidentiality.value == nil)
        #expect(m.confidentiality.evidence.rule.contains("unexplained text 'XQRB'"))
        #expect(m.reviewReasons.contains { $0.field == "confidentiality" })
        #expect(m.reviewReasons.contains { $0.field == "urgency" })
    }

    @Test func unexplainedTextAboveTheMottoRoutesTheMarks() {
        let m = notice(aboveMotto: "QRXB")
        #expect(m.reviewReasons.contains { $0.field == "confidentiality" })
    }

    @Test func textReadAgainOverTheMottoIsNoMark() {
        // Seed 31337, state/34-qd-1609: the motto's underline read "pciạp- RRnP" at 0-11 over it.
        let m = notice(aboveMotto: nil, overMotto: "pciạp- RRnP")
        #expect(!m.reviewReasons.contains { $0.field == "confidentiality" }, "\(m.reviewReasons)")
    }

    @Test func aMarkReadExactlyIsTrustedAtLowerConfidenceOneLetterOffIsNot() {
        let exact = notice(mark: "MẬT", confidence: 45)
        #expect(exact.confidentiality.value == .mat)
        #expect(exact.reviewReasons.isEmpty, "\(exact.reviewReasons)")
        // Under the lower floor the mark is still found, and routed.
        #expect(notice(mark: "MẬT", confidence: 20).reviewReasons.map(\.field) == ["confidentiality"])
        var b = PageBuilder()
        b.wordConfidences = ["MẬF": 45]
        b.row(0.06, (0.15, "TỈNH ỦY HƯNG YÊN"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.10, (0.17, "Số 380-TB/TU"), (0.52, "Hưng Yên, ngày 29 tháng 03 năm 2021"))
        b.row(0.125, (0.20, "TỐI MẬF"))
        b.row(0.15, (0.44, "THÔNG BÁO"))
        let offByOne = extractor.extract([b.page()])
        #expect(offByOne.confidentiality.value == .toiMat)
        #expect(offByOne.reviewReasons.contains { $0.field == "confidentiality" })
    }

    @Test func nothingInTheMarkAreaRoutesNothing() {
        #expect(notice().reviewReasons.isEmpty, "\(notice().reviewReasons)")
    }

    /// A State công văn: V/v lines under the number, "Kính gửi" at `kinhGui` (fraction of the height).
    func letter(kinhGui: Double) -> DocumentMetadata {
        var b = PageBuilder()
        b.row(0.05, (0.15, "UBND TỈNH NGHỆ AN"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.07, (0.17, "SỞ NỘI VỤ"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.10, (0.15, "Số: 52/SNV-VP"), (0.52, "Vinh, ngày 5 tháng 3 năm 2024"))
        b.row(0.125, (0.12, "V/v góp ý dự thảo kế hoạch"))
        b.row(0.14, (0.14, "thực hành tiết kiệm"))
        b.row(kinhGui, (0.30, "Kính gửi: Các sở, ban, ngành tỉnh"))
        b.row(kinhGui + 0.04, (0.12, HandWrittenVariantTests.body))
        return extractor.extract([b.page()])
    }

    @Test func theUsualSpaceBeforeKinhGuiIsNoUnreadMark() {
        // Seeds 20261129 and 777: 3.4-5.1% of the page between the V/v lines and "Kính gửi".
        let usual = letter(kinhGui: 0.20)
        #expect(usual.confidentiality.confidence >= 0.75)
        #expect(!usual.reviewReasons.contains { $0.field == "confidentiality" })
        // A mark line more (an unread box) is not.
        let unread = letter(kinhGui: 0.22)
        #expect(unread.reviewReasons.contains { $0.field == "confidentiality" })
        #expect(unread.confidentiality.evidence.rule.contains("unread region"))
    }
}
