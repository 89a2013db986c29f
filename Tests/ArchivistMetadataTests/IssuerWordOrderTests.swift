@testable import ArchivistMetadata
import Testing

/// A body name read with its words in another order: each word right, only the order wrong.
@Suite struct IssuerWordOrderTests {
    @Test func wordsOfAKnownBodyOutOfOrderAreFound() {
        #expect(MetadataExtractor.scrambledPhrase(in: "SỞ TẾ Y") == "Sở Y tế")
        #expect(MetadataExtractor.scrambledPhrase(in: "SỞ NỘI VỤ - SỞ TẾ Y") == "Sở Y tế")
    }

    @Test func bodiesInTheirOrderAndOtherNamesAreLeftAlone() {
        for name in ["SỞ Y TẾ", "BAN TỔ CHỨC - BAN DÂN VẬN", "ĐẢNG ỦY XÃ TÂN PHÚ TRUNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"] {
            #expect(MetadataExtractor.scrambledPhrase(in: name) == nil, "\(name)")
        }
    }
}
