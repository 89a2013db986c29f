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
    // Seed 6700: "Điê", the tone lost with the "p" under a stroke; only Điệp fits.
    #expect(GivenNames.likelyReading(of: "Điê", middle: false) == "Điệp")
}

@Test func aNameWordThatIsNoSyllableIsTheUsualNameALetterFromIt() {
    // Held-out seeds 7100 and 8500: signature strokes through "Minh" and "Văn".
    #expect(GivenNames.likelyMisread("Miinh") == "Minh")
    #expect(GivenNames.likelyReading(of: "Vău", middle: true) == "Văn")
    // A syllable may be a rarer name ("Vẹn"), and a word of two letters is a letter from many.
    #expect(GivenNames.likelyMisread("Vẹn") == nil && GivenNames.likelyMisread("Tz") == nil)
}

@Test func aFirstWordThatIsNoFamilyNameIsTheOneALetterFromIt() {
    // Held-out seeds 8100 and 7600-8400 (degraded): Trần, Bùi, Cao, Hoàng, Dương under strokes.
    for (read, family) in [("Trầu", "Trần"), ("Bài", "Bùi"), ("Caø", "Cao"), ("Hoànz", "Hoàng"), ("Đưỡng", "Dương")] {
        #expect(Surnames.likelyReading(of: read) == family, "\(read)")
    }
    // Several a letter away ("Tê": Tô, Lê), or a family name as printed: nothing put.
    #expect(Surnames.likelyReading(of: "Tê") == nil && Surnames.likelyReading(of: "Trần") == nil)
}
