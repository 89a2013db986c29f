import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Errors that escaped review on held-out seeds 7000 and 7100, scored blind, each caught by a
/// general rule, with the cases where each rule must stay quiet.
@Suite struct SeedSeventyHundredTests {
    let escapes = UnseenSeedEscapeTests()
    let extractor = MetadataExtractor()

    /// A State công văn whose V/v lines are `subject`.
    func letter(_ subject: [String]) -> DocumentMetadata {
        var b = PageBuilder()
        b.row(0.05, (0.15, "ỦY BAN NHÂN DÂN"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.07, (0.15, "TỈNH THANH HÓA"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.10, (0.15, "Số: 1082/UBND-VP"), (0.52, "Thanh Hóa, ngày 06 tháng 8 năm 2022"))
        for (index, line) in subject.enumerated() { b.row(0.115 + 0.015 * Double(index), (0.12, line)) }
        b.row(0.20, (0.30, "Kính gửi: Các sở, ban, ngành tỉnh"))
        b.row(0.24, (0.12, HandWrittenVariantTests.body))
        return extractor.extract([b.page()])
    }

    @Test func aWrappedSubjectLineOfSmallLettersReadInCapitalsIsKeptAndRouted() {
        // Seed 7000: "cơ sở", wrapped under the V/v line, read "CƠ SỞ" and left out of the subject.
        let read = letter(["V/v tăng cường thực hiện dân chủ ở", "CƠ SỞ"])
        #expect(read.subject.value == "tăng cường thực hiện dân chủ ở cơ sở")
        #expect(escapes.routed(read, "subject"), "\(read.subject)")
        // A mark under the subject is no part of it, nor does it doubt it.
        let marked = letter(["V/v tăng cường thực hiện dân chủ ở", "cơ sở", "THƯỢNG KHẨN"])
        #expect(marked.subject.value == "tăng cường thực hiện dân chủ ở cơ sở")
        #expect(marked.urgency.value == .thuongKhan)
        #expect(!escapes.routed(marked, "subject"), "\(marked.subject)")
        #expect(MetadataExtractor.smallLettersReadAsCapitals("MẬT") == nil)
    }

    @Test func aSignerNameThatLostItsLastLetterGoesToReview() {
        // Seed 7000: "Lục Tưởng" read "Lục .c Tưởn 9" under a signature.
        let cut = SeedSixtyFourHundredTests().signed("Lục Tưởn")
        #expect(escapes.routed(cut, "signer_name"), "\(cut.signerName)")
        #expect(!escapes.routed(SeedSixtyFourHundredTests().signed("Lục Tưởng"), "signer_name"))
    }
}
