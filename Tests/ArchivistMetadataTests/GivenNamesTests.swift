import ArchivistMetadata
import Testing

@Test func aNameWordAMarkAwayFromAUsualNameIsALikelyMisread() {
    #expect(GivenNames.likelyMisread("Thi") == "Thị")
    #expect(["Anh", "Ánh"].contains(GivenNames.likelyMisread("Ảnh") ?? "-"))
    #expect(GivenNames.likelyMisread("Đúc") == "Đức")
    #expect(GivenNames.likelyMisread("Luyên") == "Luyến")
}

@Test func usualNamesAndNamesFarFromAnyAreNotDoubted() {
    for name in ["Thị", "Tuấn", "Ánh", "Đức", "Luyến", "Đào", "Tưởng", "Hữu"] {
        #expect(GivenNames.likelyMisread(name) == nil, "\(name)")
    }
    // A rare name with no usual name a mark away is left alone.
    #expect(GivenNames.likelyMisread("Khuê") == nil)
}
