import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Review routing by word: unsure words in a field's value send the field to review.
@Suite struct ReviewRoutingTests {
    let unsure = UnsureWords()

    func word(_ text: String, _ confidence: Double) -> RecognizedWord {
        RecognizedWord(text: text, confidence: confidence, box: PixelBox(left: 0, top: 0, right: 10, bottom: 10), block: 1, line: 1)
    }

    @Test func findsLowConfidenceInvalidSyllablesAndOddFamilyNames() {
        let subject = [word("chống", 96), word("tham", 96), word("những,", 61)]
        #expect(unsure.find(in: subject, value: "chống tham những", check: .syllables) == ["những (61)"])
        #expect(unsure.find(in: [word("lưuưữ", 95)], value: "lưuưữ", check: .syllables) == ["lưuưữ (not a syllable)"])
        // Acronyms and codes are not syllables and need not be.
        #expect(unsure.find(in: [word("UBND", 95), word("HĐND", 95), word("VT.", 95)], value: "UBND HĐND VT", check: .syllables).isEmpty)
        let name = [word("Huynh", 96), word("Thị", 97), word("Hà", 96)]
        #expect(unsure.find(in: name, value: "Huynh Thị Hà", check: .personalName) == ["Huynh (family name Huỳnh?)"])
        #expect(unsure.find(in: name, value: "Huynh Thị Hà", check: .syllables).isEmpty)
    }

    @Test func onlyWordsOfTheValueCount() {
        // Noise beside the value (a speck read as "l") does not send it to review.
        let words = [word("Sở", 95), word("Nội", 97), word("vụ;", 97), word("l", 12)]
        #expect(unsure.find(in: words, value: "Sở Nội vụ", check: .syllables).isEmpty)
    }

    @Test func lexiconVouchesUnlessGarbled() {
        #expect(unsure.find(in: [word("Dâu", 74)], value: "Thủ Dầu Một", check: .syllables, vouched: ["dau"]).isEmpty)
        #expect(unsure.find(in: [word("Dâu", 30)], value: "Thủ Dầu Một", check: .syllables, vouched: ["dau"]) == ["Dâu (30)"])
    }

    func decision(wordConfidences: [String: Double] = [:], name: String = "Võ Thành Nam",
                  subject: String = "Kiểm tra công tác lưu trữ") -> DocumentMetadata {
        var b = PageBuilder()
        b.wordConfidences = wordConfidences
        b.row(0.06, (0.15, "UBND TỈNH ĐỒNG NAI"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.08, (0.17, "SỞ NỘI VỤ"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.11, (0.15, "Số: 7/KH-SNV"), (0.50, "Biên Hòa, ngày 5 tháng 3 năm 2024"))
        b.row(0.15, (0.45, "KẾ HOẠCH"))
        b.row(0.165, (0.345, subject))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "KT. GIÁM ĐỐC"))
        b.row(0.72, (0.12, "- Như trên,"), (0.62, "PHÓ GIÁM ĐỐC"))
        b.row(0.74, (0.12, "- Lưu VT."))
        b.row(0.80, (0.62, name))
        return MetadataExtractor().extract([b.page()])
    }

    @Test func aCleanPageIsNotReviewed() {
        let m = decision()
        #expect(m.reviewReasons.isEmpty, "\(m.reviewReasons)")
    }

    @Test func oneUnsureWordSendsItsFieldToReviewAndSaysWhich() {
        let m = decision(wordConfidences: ["kho": 58], subject: "Kiểm tra kho lưu trữ")
        #expect(m.subject.value == "Kiểm tra kho lưu trữ")
        #expect(m.subject.confidence < 0.75)
        let reason = m.reviewReasons.first { $0.field == "subject" }
        #expect(reason?.reason.contains("kho (58)") == true)
        #expect(m.reviewReasons.count == 1)
    }

    @Test func aPhraseOfTheLexiconVouchesForItsWordsUnlessGarbled() {
        // "Kiểm tra" is a phrase of administrative subjects: read right at 58, it is trusted.
        #expect(decision(wordConfidences: ["Kiểm": 58]).reviewReasons.isEmpty)
        #expect(decision(wordConfidences: ["Kiểm": 30]).reviewReasons.map(\.field) == ["subject"])
    }

    @Test func unsureDateDigitsGoToReviewButItsKeywordsDoNot() {
        #expect(decision(wordConfidences: ["năm": 70]).reviewReasons.isEmpty)
        #expect(decision(wordConfidences: ["2024": 62]).reviewReasons.map(\.field).contains("date"))
    }

    @Test func familyNamesOneLetterAwayAreRepairedOtherNameWordsFlagged() {
        let repaired = decision(name: "Đỉnh Văn Đông")
        #expect(repaired.signerName.value == "Đinh Văn Đông")
        #expect(repaired.signerName.evidence.rule.contains("Đỉnh→Đinh"))
        #expect(repaired.reviewReasons.isEmpty)
        // Given names have no lexicon: a word read unsure still sends the name to review.
        let unsure = decision(wordConfidences: ["Thành": 62])
        #expect(unsure.signerName.value == "Võ Thành Nam")
        #expect(unsure.reviewReasons.contains { $0.field == "signer_name" && $0.reason.contains("Thành (62)") })
    }
}
