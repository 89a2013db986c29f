import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Extraction on hand-built pages: other issuers, joint symbols, garbled OCR, marks.
@Suite struct HandWrittenVariantTests {
    let extractor = MetadataExtractor()
    static let body = "Thực hiện chủ trương của cấp trên về công tác văn thư, lưu trữ trong các cơ quan, đơn vị trên địa bàn"

    func foot(_ builder: inout PageBuilder, authority: String, position: String, name: String) {
        builder.row(0.70, (0.12, "Nơi nhận:"), (0.58, authority))
        builder.row(0.72, (0.12, "- Như trên,"), (0.62, position))
        builder.row(0.74, (0.12, "- Lưu VT."))
        builder.row(0.80, (0.62, name))
    }

    @Test func stateDocumentWithParentBodyAndUnpaddedDate() {
        var b = PageBuilder()
        b.row(0.06, (0.15, "UBND TỈNH ĐỒNG NAI"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.08, (0.17, "SỞ NỘI VỤ"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.11, (0.15, "Số:7/KH-SNV"), (0.50, "Đồng Nai, ngày 5 tháng 3 năm 2024"))
        b.row(0.15, (0.45, "KẾ HOẠCH"))
        b.row(0.165, (0.30, "Kiểm tra công tác lưu trữ năm 2024"))
        b.row(0.22, (0.12, Self.body))
        foot(&b, authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "Võ Thành Nam")
        let m = extractor.extract([b.page()])
        #expect(m.system.value == .state)
        #expect(m.symbol.value == "7/KH-SNV")
        #expect(m.number.value == "7")
        #expect(m.documentType.value?.nativeName == "Kế hoạch")
        #expect(m.issuer.value == "SỞ NỘI VỤ")
        #expect(m.parentIssuer.value == "UBND TỈNH ĐỒNG NAI")
        #expect(m.place.value == "Đồng Nai")
        #expect(m.date.value == "2024-03-05")
        #expect(m.subject.value == "Kiểm tra công tác lưu trữ năm 2024")
        #expect(m.signerAuthority.value == "KT. GIÁM ĐỐC")
        #expect(m.signerPosition.value == "PHÓ GIÁM ĐỐC")
        #expect(m.signerName.value == "Võ Thành Nam")
        #expect(m.recipients.value == ["Như trên", "Lưu VT"])
        #expect(m.access == .open)
    }

    @Test func garbledPartyHeaderIsRepairedAndFlagged() {
        var b = PageBuilder()
        b.row(0.06, (0.15, "BAN CHẤP HÀNH TRUNG ƯƠNG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.17, "Sô 15-NQ/TƯ"), (0.52, "Hà Nội, ngay 5 thang 3 nam 2024"))
        b.row(0.15, (0.45, "NGHỊ QUYẾT"))
        b.row(0.165, (0.33, "về công tác lưu trữ"))
        b.row(0.22, (0.12, Self.body))
        foot(&b, authority: "T/M BAN CHẤP HÀNH", position: "TỔNG BÍ THƯ", name: "Nguyễn Văn An")
        let m = extractor.extract([b.page()])
        #expect(m.system.value == .party)
        #expect(m.symbol.value == "15-NQ/TU")
        #expect(m.symbol.evidence.rule.contains("TƯ→TU"))
        #expect(m.symbol.confidence < extractor.extract([cleanParty()]).symbol.confidence)
        #expect(m.date.value == "2024-03-05")
        #expect(m.date.evidence.rule.contains("tolerant"))
        #expect(m.issuer.value == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        #expect(m.documentType.value?.code == "01")
    }

    func cleanParty() -> RecognizedPage {
        var b = PageBuilder()
        b.row(0.06, (0.15, "BAN CHẤP HÀNH TRUNG ƯƠNG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.17, "Số 15-NQ/TU"), (0.52, "Hà Nội, ngày 5 tháng 3 năm 2024"))
        b.row(0.15, (0.45, "NGHỊ QUYẾT"))
        return b.page()
    }

    @Test func jointPartyCongVanWithMarks() {
        var b = PageBuilder()
        b.row(0.06, (0.15, "TỈNH ỦY LÂM ĐỒNG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.13, "Số 05-CV/BTCTU-BDVTU"), (0.52, "Đà Lạt, ngày 09 tháng 10 năm 2023"))
        b.row(0.125, (0.12, "V/v phối hợp kiểm tra"))
        b.row(0.14, (0.14, "hồ sơ đảng viên"))
        b.row(0.16, (0.18, "TỐI MẬT"))
        b.row(0.175, (0.18, "HỎA TỐC"))
        b.row(0.22, (0.12, "Kính gửi: Các huyện ủy, thành ủy trực thuộc"))
        b.row(0.26, (0.12, Self.body))
        let m = extractor.extract([b.page()])
        #expect(m.symbol.value == "05-CV/BTCTU-BDVTU")
        #expect(m.documentType.value == DocumentType(nativeName: "Công văn", code: "22", abbreviation: "CV"))
        #expect(m.subject.value == "phối hợp kiểm tra hồ sơ đảng viên")
        #expect(m.confidentiality.value == .toiMat)
        #expect(m.urgency.value == .hoaToc)
        #expect(m.access == .restricted)
    }

    @Test func tuyetMatIsQuarantined() {
        var b = PageBuilder()
        b.row(0.06, (0.15, "TỈNH ỦY AN GIANG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.17, "Số 3-BC/TU"), (0.52, "Long Xuyên, ngày 1 tháng 2 năm 2020"))
        b.row(0.13, (0.18, "TUYỆT MẬT"))
        b.row(0.16, (0.45, "BÁO CÁO"))
        let m = extractor.extract([b.page()])
        #expect(m.confidentiality.value == .tuyetMat)
        #expect(m.access == .quarantine)
        #expect(m.reviewReasons.contains { $0.reason.contains("quarantine") })
    }

    @Test func bodyMentionsOfMarksAreNotMarks() {
        var b = PageBuilder()
        b.row(0.06, (0.15, "TỈNH ỦY AN GIANG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.17, "Số 4-HD/TU"), (0.52, "Long Xuyên, ngày 1 tháng 2 năm 2020"))
        b.row(0.14, (0.45, "HƯỚNG DẪN"))
        b.row(0.155, (0.35, "về bảo vệ bí mật"))
        b.row(0.22, (0.12, "Không số hóa tài liệu Tuyệt mật; tài liệu Mật, Tối mật chỉ số hóa khi được phép."))
        let m = extractor.extract([b.page()])
        #expect(m.confidentiality.value == nil)
        #expect(m.access == .open)
    }
}

@Test func documentsWithoutTextAreReviewedNotCrashed() {
    let blank = RecognizedPage(number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 1654, height: 2339, dpi: 200,
                               language: "vie", text: "", meanConfidence: 0, words: [], recognizeSeconds: 0)
    for pages in [[], [blank], [blank, blank]] {
        let metadata = MetadataExtractor().extract(pages)
        #expect(metadata.documentType.value == nil && metadata.symbol.value == nil)
        #expect(metadata.needsReview)
    }
}
