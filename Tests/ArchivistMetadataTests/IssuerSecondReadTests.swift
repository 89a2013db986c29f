import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Held-out seeds 6100-9000, clean pages: the body's name in bold capitals misread with its marks
/// ("VỌNG THE", "HẢI CHÂẦU", "HUYẸN") while its line's second read and the place-date line print
/// it right. Each with the case where the first read must stand.
@Suite struct IssuerSecondReadTests {
    let escapes = UnseenSeedEscapeTests()
    let extractor = MetadataExtractor()

    /// A Party committee's letter: `issuer` under "ĐẢNG BỘ HUYỆN THOẠI SƠN", `place`-date at right.
    func letter(_ issuer: String, place: String, rereads: [String: String], confidences: [String: Double] = [:]) -> DocumentMetadata {
        var b = PageBuilder()
        b.rereads = rereads
        b.wordConfidences = confidences
        b.row(0.05, (0.15, "ĐẢNG BỘ HUYỆN THOẠI SƠN"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.07, (0.15, issuer))
        b.row(0.10, (0.15, "Số 130-CV/ĐU"), (0.52, "\(place), ngày 14 tháng 7 năm 2024"))
        b.row(0.13, (0.15, "V/v triển khai quản lý hoạt động"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        HandWrittenVariantTests().foot(&b, authority: "T/M ĐẢNG ỦY", position: "BÍ THƯ", name: "Phùng Đức Kiên")
        return extractor.extract([b.page()])
    }

    @Test func aPlaceWordReadFairlyConfirmsASecondReadsVowelMark() {
        // Seed 7300: "VỌNG THE" at 88, read again "THÊ."; the place-date "Thê," at 88.
        let read = letter("ĐẢNG ỦY XÃ VỌNG THE", place: "Vọng Thê", rereads: ["THE": "THÊ."], confidences: ["THE": 88, "Thê,": 88])
        #expect(read.issuer.value == "ĐẢNG ỦY XÃ VỌNG THÊ", "\(read.issuer)")
        // Three readings, one model: name and place still go to a reviewer.
        #expect(escapes.routed(read, "issuer") && escapes.routed(read, "place"))
        // A place word the engine was unsure of is no witness (a hamlet's name: no gazetteer lists it).
        let unsure = letter("CHI BỘ THÔN VỌNG THE", place: "Vọng Thê", rereads: ["THE": "THÊ."], confidences: ["THE": 88, "Thê,": 60])
        #expect(unsure.issuer.value == "CHI BỘ THÔN VỌNG THE", "\(unsure.issuer)")
        #expect(escapes.routed(unsure, "issuer"))
    }

    @Test func aVowelReadTwiceIsReadOnceWhereTwoReadingsSaySo() {
        // Seed 7000: "CHÂẦU" at 33, read again "CHÂU."; the place-date "Châu,".
        let read = letter("QUẬN ỦY HẢI CHÂẦU", place: "Hải Châu", rereads: ["CHÂẦU": "CHÂU."], confidences: ["CHÂẦU": 33])
        #expect(read.issuer.value == "QUẬN ỦY HẢI CHÂU", "\(read.issuer)")
        #expect(escapes.routed(read, "issuer"))
        // Two letters apart is another word, not a vowel read twice.
        let other = letter("QUẬN ỦY HẢI CHÂẦU", place: "Hải Chu", rereads: ["CHÂẦU": "CHU."], confidences: ["CHÂẦU": 33])
        #expect(other.issuer.value == "QUẬN ỦY HẢI CHÂẦU", "\(other.issuer)")
    }

    @Test func aUnitMisreadWithItsMarksIsTheUnitTheSecondReadGives() {
        // Seeds 6600 and 9000: "HUYẸN UY CU CHI" (no longer cut "HUY ẸN"), read again "HUYỆN ỦY CỦ CHI:".
        let read = letter("HUYẸN UY CU CHI", place: "Củ Chi", rereads: ["HUYẸN": "HUYỆN", "UY": "ỦY", "CU": "CỦ", "CHI": "CHI:"],
                          confidences: ["HUYẸN": 78, "CU": 73, "CHI": 79])
        #expect(read.issuer.value == "HUYỆN ỦY CỦ CHI", "\(read.issuer)")
    }

    @Test func aResidentialUnitIsNamedAsItIsPrinted() {
        // Seeds 7000 and 7200: "CHI BỘ KHU PHO 4", read once (a number on the line).
        let m = escapes.party(issuer: "CHI BỘ KHU PHO 4")
        #expect(m.issuer.value == "CHI BỘ KHU PHỐ 4", "\(m.issuer)")
    }

    @Test func aUnitReadWithAnotherToneIsPutAsTheUnitListPrintsIt() {
        // Seeds 6500 and 7400: "ĐẢNG BỘ QUẦN NINH KIỀU"; routed all the same.
        let m = escapes.party { page in
            if let index = page.words.firstIndex(where: { $0.text == "QUẬN" }) { page.words[index].text = "QUẦN" }
        }
        #expect(m.parentIssuer.value == "ĐẢNG BỘ QUẬN NINH KIỀU", "\(m.parentIssuer)")
        #expect(escapes.routed(m, "parent_issuer"))
        #expect(MetadataExtractor.withUnitsAsListed("ĐẢNG BỘ QUẦN NINH KIỀU") == "ĐẢNG BỘ QUẬN NINH KIỀU")
        // "QUÂN" heads military bodies: left as read.
        #expect(MetadataExtractor.withUnitsAsListed("ĐẢNG BỘ QUÂN NINH KIỀU") == "ĐẢNG BỘ QUÂN NINH KIỀU")
    }

    @Test func marksOnlyTheSecondReadGaveAreOneReading() {
        // Seed 6400: "KIEU" read again "KIỂU" for Kiều, and the place-date line read "Kiểu" too.
        // The page text keeps "KIEU"; the place-date line confirms the second read: both routed.
        var word = RecognizedWord(text: "KIEU", confidence: 89, box: PixelBox(left: 0, top: 0, right: 90, bottom: 40), block: 1, line: 1)
        word.reread = "KIỂU."
        #expect(PageTextRepair.syllableOfSecondRead(word) == nil)
        let m = letter("QUẬN ỦY NINH KIEU", place: "Ninh Kiểu", rereads: ["KIEU": "KIỂU."])
        #expect(escapes.routed(m, "issuer") && escapes.routed(m, "place"), "\(m.issuer)")
    }
}
