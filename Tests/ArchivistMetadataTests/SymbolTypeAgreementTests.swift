import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// The symbol's type abbreviation against a sure type line: confusable letters repaired and
/// named, any other disagreement routed.
@Suite struct SymbolTypeAgreementTests {
    let extractor = MetadataExtractor()

    func document(number: String, typeLine: String = "CHỈ THỊ") -> DocumentMetadata {
        var b = PageBuilder()
        b.row(0.06, (0.15, "TỈNH ỦY LÂM ĐỒNG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.11, (0.15, number), (0.52, "Đà Lạt, ngày 20 tháng 01 năm 2021"))
        b.row(0.15, (0.45, typeLine))
        b.row(0.165, (0.36, "về việc tăng cường công tác lưu trữ"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "T/M TỈNH ỦY"))
        b.row(0.72, (0.12, "- Như trên,"), (0.62, "BÍ THƯ"))
        b.row(0.74, (0.12, "- Lưu VT."))
        b.row(0.80, (0.62, "Quách Hồng Yến"))
        return extractor.extract([b.page()])
    }

    @Test func aConfusableLetterIsRepairedFromTheTypeLine() {
        let m = document(number: "Số 371-GT/TU")
        #expect(m.symbol.value == "371-CT/TU")
        #expect(m.symbol.evidence.rule.contains("type GT→CT (type line)"))
        #expect(m.documentType.value?.nativeName == "Chỉ thị")
        #expect(m.documentType.confidence >= extractor.reviewThreshold)
    }

    @Test func anyOtherDisagreementIsRouted() {
        let m = document(number: "Số 371-NQ/TU")
        #expect(m.symbol.value == "371-NQ/TU")
        #expect(m.symbol.confidence < extractor.reviewThreshold)
        #expect(m.symbol.evidence.rule.contains("type NQ in the symbol but the type line reads Chỉ thị (CT)"))
    }

    @Test func aTypeALetterOffIsPutAsTheTypeLineHasItAndRouted() {
        // Held-out seeds 6500-8400, degraded: "QĐ" and "QĐI" for a Quy định's QĐi, "TIr" for TTr.
        for (read, typeLine, printed) in [("Số 327-QĐ/TU", "QUY ĐỊNH", "327-QĐi/TU"), ("Số 23-QĐI/TU", "QUY ĐỊNH", "23-QĐi/TU"),
                                          ("Số 312-TIr/TU", "TỜ TRÌNH", "312-TTr/TU")] {
            let m = document(number: read, typeLine: typeLine)
            #expect(m.symbol.value == printed, "\(m.symbol)")
            #expect(m.symbol.confidence < extractor.reviewThreshold)
        }
    }

    @Test func codesGluedWhereAHyphenWasLostAreCutApart() throws {
        // Seeds 6600-8100, degraded: "1116/BYTVP", "49/BNVTCCB".
        let grammar = SymbolGrammar(types: .standard)
        #expect(try #require(grammar.parse("Số: 1116/BYTVP")).text == "1116/BYT-VP")
        #expect(try #require(grammar.parse("Số: 49/BNVTCCB")).text == "49/BNV-TCCB")
        // A code no cut makes two known ones stays as read.
        #expect(try #require(grammar.parse("Số: 49/BNVQZ")).text == "49/BNVQZ")
    }

    @Test func confusableLetters() throws {
        #expect(SymbolGrammar.isConfusable("GT", with: "CT"))
        #expect(SymbolGrammar.isConfusable("OĐ", with: "QĐ"))
        #expect(!SymbolGrammar.isConfusable("NQ", with: "CT"))
        #expect(SymbolGrammar.isConfusable("KIL", with: "KL"), "a stray bar between the capitals")
        #expect(!SymbolGrammar.isConfusable("ILK", with: "KL") && !SymbolGrammar.isConfusable("KTL", with: "KL"))
        #expect(!SymbolGrammar.isConfusable("CT", with: "CT"))
        // A State type taken for an issuer code ("45/OĐ-UBND") moves back to the type.
        let read = try #require(SymbolGrammar().parse("Số: 45/OĐ-UBND"))
        let repaired = try #require(SymbolGrammar().agreeing(read, withType: "QĐ"))
        #expect(repaired.text == "45/QĐ-UBND")
    }
}
