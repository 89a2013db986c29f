@testable import ArchivistMetadata
import Testing

/// Closed-vocabulary repair: phrases of issuers and recipients, places, family names.
@Suite struct LexiconTests {
    let terms = AdministrativeTerms.lexicon

    @Test(arguments: [
        ("BAN TỐ CHỨC", "BAN TỔ CHỨC", ["TỐ→TỔ"]),
        ("Sơ Nội vụ;", "Sở Nội vụ;", ["Sơ→Sở"]),
        ("TT. Thành ủy, TT. HDND Thành phố", "TT. Thành ủy, TT. HĐND Thành phố", ["HDND→HĐND"]),
        ("Các đông chí Huyện ủy viên", "Các đồng chí Huyện ủy viên", ["đông→đồng"]),
        ("Cấc sở, ban, ngành Thành phố", "Các sở, ban, ngành Thành phố", ["Cấc→Các"]),
        ("VĂN PHÒNG TỈNH ỦY ĐỒNG NAI", "VĂN PHÒNG TỈNH ỦY ĐỒNG NAI", []),
        ("- Ban Tuyên giáo Tĩnh ủy", "- Ban Tuyên giáo Tỉnh ủy", ["Tĩnh→Tỉnh"]),
    ] as [(String, String, [String])])
    func repairsMisreadPhrases(read: String, repaired: String, repairs: [String]) {
        let reading = terms.read(read)
        #expect(reading.text == repaired)
        #expect(reading.repairs == repairs)
    }

    @Test func keepsOldStyleTonePlacementAsPrinted() {
        let reading = terms.read("HUYỆN UỶ DẦU TIẾNG")
        #expect(reading.text == "HUYỆN UỶ DẦU TIẾNG")
        #expect(reading.repairs.isEmpty)
        #expect(reading.confirmed.contains("uy"))
    }

    @Test func neverRepairsASingleOrdinaryWord() {
        // "sơ" is a word ("sơ kết"); only the phrase "Sở Nội vụ" makes it "Sở".
        #expect(terms.read("Hội nghị sơ kết công tác").repairs.isEmpty)
        #expect(terms.read("Tô Lâm").repairs.isEmpty)
    }

    @Test func neverBreaksUpAPhraseReadExactly() {
        let page = PageTextRepair.standard.lexicon
        // "kết quả" stands as printed: "số kết" is no misread "sơ kết" there.
        #expect(page.read("đạt được một số kết quả bước đầu").repairs.isEmpty)
        // With nothing read exactly across it, the misread phrase is still repaired.
        #expect(page.read("thực hiện; số kết, rút kinh nghiệm").repairs == ["số→sơ"])
        #expect(page.read("Hội nghị tống kết công tác năm").repairs == ["tống→tổng"])
    }

    @Test func needsMostOfThePhraseReadRight() {
        // Two misread words of three: too far from the phrase to rewrite it.
        #expect(terms.read("Bàn Tố chức").repairs.isEmpty)
        #expect(terms.read("Bàn Tố chúc").text == "Bàn Tố chúc")
    }

    @Test func provinceListsAreComplete() {
        #expect(Set(PlaceNames.provinces63).count == 63)
        #expect(Set(PlaceNames.provinces34).count == 34)
        // Every post-2025 name is a pre-2025 one, but for Huế (formerly Thừa Thiên Huế).
        #expect(Set(PlaceNames.provinces34).subtracting(PlaceNames.provinces63) == ["Huế"])
        #expect(PlaceNames.all.allSatisfy { $0 == $0.precomposedStringWithCanonicalMapping })
    }

    @Test(arguments: [
        ("Thủ Dâu Một", "Thủ Dầu Một"),
        ("Buôn Mê Thuột", "Buôn Mê Thuột"),
        ("Đà Lát", "Đà Lạt"),
        ("Thành phố Hô Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Biên Hoà", "Biên Hoà"),
        ("Rạch Giá", "Rạch Giá"),
        ("Phan Rang - Tháp Chảm", "Phan Rang - Tháp Chàm"),
    ])
    func repairsPlaceNames(read: String, place: String) {
        #expect(PlaceNames.lexicon.read(read).text == place)
    }

    @Test func flagsFamilyNamesWithUnusualMarks() {
        #expect(Surnames.likelyMisread("Huynh") == "Huỳnh")
        #expect(Surnames.likelyMisread("Đỉnh") == "Đinh")
        #expect(Surnames.likelyMisread("Nguyên") == "Nguyễn")
        #expect(Surnames.likelyMisread("Nguyễn") == nil)
        #expect(Surnames.likelyMisread("HUỲNH") == nil)
        #expect(Surnames.likelyMisread("Smith") == nil)
    }
}
