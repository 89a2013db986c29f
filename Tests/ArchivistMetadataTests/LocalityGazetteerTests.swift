import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// The districts and communes of the gazetteer against the locality a body is named after: held-out
/// seeds 6100-9000 read "NINH KIỂU", "NINH KIEU" (Ninh Kiều), "TẤN PHU TRUNG" (Tân Phú Trung) and a
/// place "Củ Chỉ" under HUYỆN ỦY CỦ CHI.
@Suite struct LocalityGazetteerTests {
    let escapes = UnseenSeedEscapeTests()

    @Test func aNameIsPutAsListedOnlyWhenOneListedNameHasItsLetters() {
        #expect(Localities.asListed("Ninh Kiểu", at: .district) == "Ninh Kiều")
        #expect(Localities.asListed("NINH KIEU", at: .district) == "Ninh Kiều")
        #expect(Localities.asListed("Tấn Phu Trung", at: .commune) == "Tân Phú Trung")
        // Listed as read, in either tone placement: nothing to put.
        #expect(Localities.asListed("Ninh Kiều", at: .district) == nil)
        #expect(Localities.asListed("Hoà Cường Bắc", at: .commune) == nil)
        // Thanh Trì and Thạnh Trị share their letters: neither is chosen.
        #expect(Localities.asListed("Thanh Tri", at: .district) == nil)
        // A district is not looked up among communes, nor an unlisted name anywhere.
        #expect(Localities.asListed("Ninh Kiểu", at: .commune) == nil)
        #expect(Localities.asListed("Kiều Ninh", at: .district) == nil)
    }

    @Test func aDistrictOrCommuneReadWithOtherMarksIsPutAsListedForReview() {
        let district = escapes.party(issuer: "QUẬN ỦY NINH KIỂU")
        #expect(district.issuer.value == "QUẬN ỦY NINH KIỀU", "\(district.issuer)")
        #expect(escapes.routed(district, "issuer"))
        let commune = escapes.party(issuer: "ĐẢNG ỦY XÃ TẤN PHU TRUNG")
        #expect(commune.issuer.value == "ĐẢNG ỦY XÃ TÂN PHÚ TRUNG", "\(commune.issuer)")
        #expect(escapes.routed(commune, "issuer"))
        // A hamlet's name is in no list ("THÔN ĐÔNG HAI" stays as read), nor is a body with no locality.
        #expect(MetadataExtractor.withLocalityAsListed("CHI BỘ THÔN ĐÔNG HAI") == nil)
        #expect(MetadataExtractor.withLocalityAsListed("SỞ NỘI VỤ") == nil)
        #expect(MetadataExtractor.withLocalityAsListed("HUYỆN ỦY CỦ CHI") == nil)
    }

    @Test func aPlaceReadWithOtherMarksThanTheListedHeaderIsTheHeaders() {
        let read = IssuerSecondReadTests().letter("HUYỆN ỦY CỦ CHI", place: "Củ Chỉ", rereads: [:])
        #expect(read.place.value == "Củ Chi", "\(read.place)")
        // Where the header's locality is in no list, the place stays as read.
        let hamlet = IssuerSecondReadTests().letter("CHI BỘ THÔN ĐÔNG HẢI", place: "Đông Hái", rereads: [:])
        #expect(hamlet.place.value == "Đông Hái", "\(hamlet.place)")
    }
}

/// Blind seed 9400: the parent body's bold name spaced wide ("TỈNH ỦY      CÀ MAU") was cut into
/// two segments, and the parent read "CÀ MAU", sure, which escaped review.
@Test func aBodyNameCutAtAWideGapIsOneName() {
    var b = PageBuilder()
    b.row(0.06, (0.22, "TỈNH ỦY"), (0.34, "CÀ MAU"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
    b.row(0.08, (0.15, "BAN TUYÊN GIÁO VÀ DÂN VẬN"))
    b.row(0.11, (0.15, "Số 167-BC/BTGDVTU"), (0.52, "Cà Mau, ngày 5 tháng 3 năm 2024"))
    b.row(0.15, (0.43, "BÁO CÁO"))
    b.row(0.165, (0.3, "Kết quả công tác tuyên giáo năm 2023"))
    b.row(0.22, (0.12, HandWrittenVariantTests.body))
    HandWrittenVariantTests().foot(&b, authority: "T/M BAN THƯỜNG VỤ", position: "TRƯỞNG BAN", name: "Tạ Thị Hồng")
    let m = MetadataExtractor().extract([b.page()])
    #expect(m.parentIssuer.value == "TỈNH ỦY CÀ MAU", "\(m.parentIssuer)")
    #expect(m.issuer.value == "BAN TUYÊN GIÁO VÀ DÂN VẬN", "\(m.issuer)")
}
