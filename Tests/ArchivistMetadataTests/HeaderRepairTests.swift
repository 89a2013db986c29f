import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Repairs of closed vocabularies in the header and foot: issuers, places, marks, symbols.
@Suite struct HeaderRepairTests {
    let extractor = MetadataExtractor()

    func partyPage(issuer: String, place: String, mark: String? = nil, markGap: Bool = false) -> RecognizedPage {
        var b = PageBuilder()
        b.row(0.06, (0.15, "TỈNH ỦY ĐỒNG NAI"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.08, (0.17, issuer))
        b.row(0.10, (0.20, "*"))
        b.row(0.11, (0.15, "Số 21-KH/BTCTU"), (0.52, "\(place), ngày 5 tháng 3 năm 2024"))
        if let mark { b.row(0.13, (0.18, mark)) }
        b.row(markGap ? 0.20 : 0.15, (0.45, "KẾ HOẠCH"))
        b.row(markGap ? 0.215 : 0.165, (0.33, "rà soát hồ sơ đảng viên"))
        b.row(0.26, (0.12, HandWrittenVariantTests.body))
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "T/M BAN THƯỜNG VỤ"))
        b.row(0.72, (0.12, "- Sơ Nội vụ,"), (0.62, "TRƯỞNG BAN"))
        b.row(0.74, (0.12, "- Thường trực HDND tỉnh,"))
        b.row(0.76, (0.12, "- Lưu VT."))
        b.row(0.80, (0.62, "Trần Văn Bình"))
        return b.page()
    }

    @Test func repairsIssuerPlaceAndRecipientsAndRecordsIt() {
        let clean = extractor.extract([partyPage(issuer: "BAN TỔ CHỨC", place: "Biên Hòa")])
        let m = extractor.extract([partyPage(issuer: "BAN TỐ CHỨC", place: "Biên Hoa")])
        #expect(m.issuer.value == "BAN TỔ CHỨC")
        #expect(m.issuer.evidence.rule.contains("TỐ→TỔ"))
        #expect(m.issuer.evidence.text == "BAN TỐ CHỨC")
        #expect(m.issuer.confidence < clean.issuer.confidence)
        #expect(m.issuer.confidence >= extractor.reviewThreshold)
        #expect(m.place.value == "Biên Hòa")
        #expect(m.place.evidence.rule.contains("Hoa→Hòa"))
        #expect(m.recipients.value == ["Sở Nội vụ", "Thường trực HĐND tỉnh", "Lưu VT"])
        #expect(m.recipients.evidence.rule.contains("HDND→HĐND"))
        #expect(m.reviewReasons.isEmpty, "\(m.reviewReasons)")
    }

    @Test func anIssuerOpeningReadWithoutItsMarksIsRepairedForReview() {
        let m = extractor.extract([partyPage(issuer: "ĐANG UY KHÔI DOANH NGHIỆP", place: "Biên Hòa")])
        #expect(m.issuer.value == "ĐẢNG ỦY KHỐI DOANH NGHIỆP")
        #expect(m.reviewReasons.contains { $0.field == "issuer" }, "more words misread than the lexicon repairs alone")
        let longer = extractor.extract([partyPage(issuer: "ĐANG UY KHÔI CÁC CƠ QUAN TỈNH", place: "Biên Hòa")])
        #expect(longer.issuer.value == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")
        let joint = extractor.extract([partyPage(issuer: "BAN TÔ CHÚC - BAN DÂN VẬN", place: "Biên Hòa")])
        #expect(joint.issuer.value == "BAN TỔ CHỨC - BAN DÂN VẬN")
        // "QUAN UY" folds like Quận ủy and like Quân ủy, the army's, which is "Quân ủy Trung ương" alone.
        let district = extractor.extract([partyPage(issuer: "QUẠN UY BA ĐÌNH", place: "Biên Hòa")])
        #expect(district.issuer.value == "QUẬN ỦY BA ĐÌNH")
        #expect(district.reviewReasons.contains { $0.field == "issuer" })
        #expect(extractor.extract([partyPage(issuer: "QUAN UY TRUNG ƯƠNG", place: "Hà Nội")]).issuer.value == "QUÂN ỦY TRUNG ƯƠNG")
    }

    @Test func aLoneMarkAtALinesEndIsNoPartOfTheName() {
        #expect(extractor.extract([partyPage(issuer: "BAN TỔ CHỨC ˆ", place: "Biên Hòa")]).issuer.value == "BAN TỔ CHỨC")
    }

    @Test(arguments: ["|KHẨN)", "KHAN", "[KHẨN]", "IKHẨNI", "lKHANl"])
    func readsBoxedUrgencyMarks(read: String) {
        let m = extractor.extract([partyPage(issuer: "BAN TỔ CHỨC", place: "Biên Hòa", mark: read)])
        #expect(m.urgency.value == .khan)
        #expect(m.confidentiality.value == nil)
    }

    @Test func readsMarksWithoutDiacriticsAndRecordsIt() {
        let m = extractor.extract([partyPage(issuer: "BAN TỔ CHỨC", place: "Biên Hòa", mark: "|MAT|")])
        #expect(m.confidentiality.value == .mat)
        #expect(m.confidentiality.evidence.rule.contains("repaired"))
        #expect(m.access == .restricted)
    }

    @Test func anUnreadBoxUnderTheNumberSendsBothMarksToReview() {
        let m = extractor.extract([partyPage(issuer: "BAN TỔ CHỨC", place: "Biên Hòa", markGap: true)])
        #expect(Set(m.reviewReasons.map(\.field)) == ["confidentiality", "urgency"])
        let plain = extractor.extract([partyPage(issuer: "BAN TỔ CHỨC", place: "Biên Hòa")])
        #expect(plain.reviewReasons.isEmpty)
    }

    @Test(arguments: [
        ("Số: 05CT-UBND", "05/CT-UBND"),
        ("Số: 12QĐ-UBND", "12/QĐ-UBND"),
        ("Số 15NQ/TU", "15-NQ/TU"),
        ("Số 7KH/BTCTU-BDVTU", "7-KH/BTCTU-BDVTU"),
        // Held-out seed 8100: the year's slash lost, the number before it kept (was "2020/NQ-HĐND").
        ("Số:58/2020NQ-HĐND", "58/2020/NQ-HĐND"),
    ])
    func restoresALostSeparatorWhenUnambiguous(line: String, symbol: String) throws {
        let parsed = try #require(SymbolGrammar().parse(line))
        #expect(parsed.text == symbol)
        #expect(parsed.repairs.first?.contains("inserted") == true)
    }

    @Test func leavesAmbiguousGluedSymbolsAlone() {
        // Unknown type letters, or an unknown issuer: no symbol rather than a guess.
        #expect(SymbolGrammar().parse("Số: 05XY-UBND") == nil)
        #expect(SymbolGrammar().parse("Số: 05CT-ABCXYZ") == nil)
        #expect(SymbolGrammar().parse("Tổng 2024 KH-UBND") == nil)
    }

    @Test func readsVVWhoseSecondVWasLost() {
        var b = PageBuilder()
        b.row(0.06, (0.15, "TỈNH ỦY AN GIANG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.13, "Số 05-CV/TU"), (0.52, "Long Xuyên, ngày 09 tháng 10 năm 2023"))
        b.row(0.125, (0.12, "V/ phối hợp kiểm tra"))
        b.row(0.16, (0.12, "Kính gửi: Các huyện ủy, thành ủy trực thuộc"))
        let m = extractor.extract([b.page()])
        #expect(m.subject.value == "phối hợp kiểm tra")
    }
}
