import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// OCR-word repair of subjects and signer names: one letter's marks, backed by the phrases of
/// administrative Vietnamese or by the orthography, recorded in the evidence.
@Suite struct WordRepairTests {
    let repair = MetadataExtractor.subjectRepair

    @Test(arguments: [
        ("về đẩy mạnh hồ trợ xóa nhà tạm", "về đẩy mạnh hỗ trợ xóa nhà tạm", ["hồ→hỗ"]),       // both syllables: the phrase decides
        ("đầy nhanh tiến độ số hóa", "đẩy nhanh tiến độ số hóa", ["đầy→đẩy"]),
        ("phòng, chống tham những, tiêu cực", "phòng, chống tham nhũng, tiêu cực", ["những→nhũng"]),
        ("sắp xếp đơn vị hành chính câp xã", "sắp xếp đơn vị hành chính cấp xã", ["câp→cấp"]),  // no syllable: cấp or cập, "cấp xã"
        ("Y kiến chỉ đạo về công tác dân vận", "Ý kiến chỉ đạo về công tác dân vận", ["Y→Ý"]),
        ("phát triển đảng. viên mới", "phát triển đảng viên mới", []),                           // debris inside a phrase
    ] as [(String, String, [String])])
    func repairsSubjectWords(read: String, repaired: String, repairs: [String]) {
        let reading = repair.repair(read)
        #expect(reading.text == repaired)
        #expect(reading.repairs == repairs)
    }

    @Test func leavesWhatNoPhraseOrRuleBacks() {
        // A syllable outside any phrase stays as read, even when it could be a misread.
        #expect(repair.repair("về việc thăm hồ Tây").repairs.isEmpty)
        // Two marks away from the phrase: too far to be one misread letter.
        #expect(repair.repair("hô trở xóa nhà tạm").text == "hô trở xóa nhà tạm")
        // No syllable, but two variants and no phrase to choose: left for review.
        #expect(repair.repair("mầt khẩu").repairs.isEmpty)
        // Acronyms and codes are not syllables and need no repair.
        #expect(repair.repair("UBND các huyện, 2021-2025").repairs.isEmpty)
    }

    @Test func variantsChangeOneLetterOnly() {
        let variants = SyllableRepair.variants(of: "câp")
        #expect(variants.contains("cấp") && variants.contains("cập") && variants.contains("cap"))
        #expect(!variants.contains("cấm"))
        #expect(SyllableRepair.variants(of: "Dột").contains("Đột"))
        #expect(variants.filter(VietnameseSyllable.isValid).sorted() == ["cáp", "cạp", "cấp", "cập", "cắp", "cặp"])
    }

    @Test(arguments: [("Đỉnh", "Đinh"), ("Nguyên", "Nguyễn"), ("Huynh", "Huỳnh"), ("HOANG", "HOÀNG")] as [(String, String)])
    func familyNamesOneLetterAwayAreRepaired(read: String, surname: String) {
        #expect(Surnames.repaired(read) == surname)
    }

    @Test func familyNamesAsPrintedOrFarAreLeft() {
        #expect(Surnames.repaired("Lê") == nil)        // a family name as printed
        #expect(Surnames.repaired("La") == nil)        // La and Lã are both family names
        #expect(Surnames.repaired("Ngùyến") == nil)    // two letters away
        #expect(Surnames.repaired("Tâ") == nil)        // Tạ, or Tô cut by a seal's ring (held-out seed 6600)
        let name = MetadataExtractor.repairName("Đỉnh Văn Đông")
        #expect(name.text == "Đinh Văn Đông")
        #expect(name.repairs == ["Đỉnh→Đinh (family name)"])
    }

    @Test func subjectRepairIsRecordedAndCostsALittle() {
        // The page of ReviewRoutingTests, with the subject under test.
        func decision(_ subject: String) -> DocumentMetadata { ReviewRoutingTests().decision(subject: subject) }
        let clean = decision("Triển khai hỗ trợ hộ nghèo")
        let repaired = decision("Triển khai hồ trợ hộ nghèo")
        #expect(repaired.subject.value == clean.subject.value)
        #expect(repaired.subject.evidence.rule.contains("hồ→hỗ"))
        #expect(repaired.subject.confidence < clean.subject.confidence)
        #expect(repaired.subject.confidence >= 0.75)
    }
}
