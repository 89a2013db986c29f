import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Review calibration: a value the grammar or another field checks is trusted at a lower OCR
/// confidence; one nothing checks is not.
@Suite struct ValidatedFieldTests {
    let extractor = MetadataExtractor()

    func plan(symbol: String = "Số: 7/KH-SNV", typeLine: String = "KẾ HOẠCH", date: String = "Biên Hòa, ngày 5 tháng 3 năm 2024",
              archive: String = "- Lưu VT.", authority: String = "KT. GIÁM ĐỐC", position: String = "PHÓ GIÁM ĐỐC",
              confidences: [String: Double] = [:]) -> DocumentMetadata {
        var b = PageBuilder()
        b.wordConfidences = confidences
        b.row(0.06, (0.15, "UBND TỈNH ĐỒNG NAI"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.08, (0.17, "SỞ NỘI VỤ"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.11, (0.15, symbol), (0.50, date))
        b.row(0.15, (0.45, typeLine))
        b.row(0.165, (0.345, "Kiểm tra công tác lưu trữ"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, authority))
        b.row(0.72, (0.12, "- Như trên,"), (0.62, position))
        b.row(0.74, (0.12, archive))
        b.row(0.80, (0.62, "Võ Thành Nam"))
        return extractor.extract([b.page()])
    }

    func fields(_ m: DocumentMetadata) -> [String] { m.reviewReasons.map(\.field) }

    @Test func aSymbolWhoseTypeAndCodesAgreeIsTrustedAtLowerConfidence() {
        // Seeds 20261129 and 777: 22 symbols read right at 32-78, none wrong.
        let agreeing = plan(confidences: ["7/KH-SNV": 50])
        #expect(agreeing.symbol.value == "7/KH-SNV")
        #expect(fields(agreeing).isEmpty, "\(agreeing.reviewReasons)")
        #expect(agreeing.symbol.evidence.rule.contains("agree"))
        // Too garbled, an unknown code, or no type line to agree with: routed.
        #expect(fields(plan(confidences: ["7/KH-SNV": 20])).contains("symbol"))
        #expect(fields(plan(symbol: "Số: 7/KH-SXQ", confidences: ["7/KH-SXQ": 50])).contains("symbol"))
        #expect(fields(plan(typeLine: "", confidences: ["7/KH-SNV": 50])).contains("symbol"))
    }

    @Test func agreementVouchesForTheLettersNotForADigitReadAsALetter() {
        // Held-out seed 5800: "ó88/SGDĐT-NC" at 72, its type and codes agreeing, stored as 88.
        let read = plan(symbol: "Số: ó7/KH-SNV", confidences: ["ó7/KH-SNV": 72])
        #expect(read.symbol.value == "67/KH-SNV")
        #expect(fields(read).contains("symbol") && fields(read).contains("number"), "\(read.reviewReasons)")
        #expect(fields(plan(symbol: "Số: 67/KH-SNV", confidences: ["67/KH-SNV": 72])).isEmpty)
    }

    @Test func aKnownArchiveCodeIsTrustedAtLowerConfidence() {
        #expect(!fields(plan(confidences: ["VT.": 41])).contains("recipients"))
        #expect(fields(plan(confidences: ["VT.": 20])).contains("recipients"))
    }

    @Test func aGuessedAuthorityMarkIsConfirmedByThePosition() {
        // "KIT" is K/T with its slash read as I: a deputy's position under it confirms it.
        let confirmed = plan(authority: "KIT GIÁM ĐỐC")
        #expect(confirmed.signerAuthority.value == "KT. GIÁM ĐỐC" || confirmed.signerAuthority.value == "K/T GIÁM ĐỐC")
        #expect(!fields(confirmed).contains("signer_authority"), "\(confirmed.reviewReasons)")
        #expect(confirmed.signerAuthority.evidence.rule.contains("as the position confirms"))
        // The head's own position does not fit a deputy's mark.
        #expect(fields(plan(authority: "KIT GIÁM ĐỐC", position: "GIÁM ĐỐC")).contains("signer_authority"))
    }

    @Test func aPositionSpelledAsTheListHasItIsTrustedAtLowerConfidence() {
        #expect(!fields(plan(confidences: ["PHÓ": 40])).contains("signer_position"))
        let head = plan(authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", confidences: ["CHỦ": 40])
        #expect(head.signerPosition.value == "CHỦ TỊCH")
        #expect(!fields(head).contains("signer_position"), "\(head.reviewReasons)")
        #expect(fields(plan(authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", confidences: ["CHỦ": 20])).contains("signer_position"))
    }

    @Test func aDigitReadAsABarIsSureOtherLettersAreGuesses() {
        let bar = plan(date: "Biên Hòa, ngày I5 tháng 3 năm 2024")
        #expect(bar.date.value == "2024-03-15")
        #expect(!fields(bar).contains("date"), "\(bar.reviewReasons)")
        let letter = plan(date: "Biên Hòa, ngày 2s tháng 3 năm 2024")
        #expect(letter.date.value == "2024-03-28")
        #expect(fields(letter).contains("date"))
    }

    @Test func aYearTheSymbolNamesTooIsTrustedAtLowerConfidence() {
        let named = plan(symbol: "Số: 7/2024/QĐ-UBND", typeLine: "QUYẾT ĐỊNH", confidences: ["2024": 82])
        #expect(!fields(named).contains("date"), "\(named.reviewReasons)")
        // Month and day digits nothing checks keep the high threshold, and so does a year alone.
        #expect(fields(plan(confidences: ["2024": 82])).contains("date"))
        #expect(fields(plan(symbol: "Số: 7/2024/QĐ-UBND", typeLine: "QUYẾT ĐỊNH", confidences: ["3": 82])).contains("date"))
    }
}

/// The parent body above the issuer when a speck before the issuer line reads as a dash.
@Suite struct IssuerDashTests {
    func header(_ second: String, confidence: Double) -> DocumentMetadata {
        var b = PageBuilder()
        b.wordConfidences = [String(second.split(separator: " ")[0]): confidence]
        b.row(0.06, (0.12, "ĐẢNG BỘ TỈNH ĐỒNG NAI"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.08, (0.15, second))
        b.row(0.10, (0.13, "CÁC CƠ QUAN TỈNH"))
        b.row(0.13, (0.15, "Số: 361-QĐi/ĐUK"), (0.52, "Biên Hòa, ngày 31 tháng 03 năm 2024"))
        b.row(0.16, (0.44, "QUY ĐỊNH"))
        return MetadataExtractor().extract([b.page()])
    }

    @Test func anUnsureDashGluedToABodyUnderACompleteOneStartsANewBody() {
        // Seed 777, party/17-qdi-361: "-ĐẢNG ỦY KHỐI" at 31 merged the parent into the issuer, unrouted.
        let m = header("-ĐẢNG ỦY KHỐI", confidence: 31)
        #expect(m.parentIssuer.value == "ĐẢNG BỘ TỈNH ĐỒNG NAI")
        #expect(m.issuer.value == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")
        // Had the dash been real, the parent would be wrong: it goes to review.
        #expect(m.reviewReasons.contains { $0.field == "parent_issuer" && $0.reason.contains("starts with a dash") })
    }

    @Test func aDashReadSurelyOrStandingAloneStillJoins() {
        let layout = { (text: String) in
            var b = PageBuilder()
            b.row(0.06, (0.12, "BAN TỔ CHỨC TỈNH ỦY"))
            b.row(0.08, (0.12, text))
            return PageLayout(page: b.page()).lines[1].segments[0]
        }
        #expect(!MetadataExtractor.isDashDebris(layout("- BAN DÂN VẬN TỈNH ỦY"), after: "BAN TỔ CHỨC TỈNH ỦY", below: 80))
        var sure = layout("-BAN DÂN VẬN TỈNH ỦY")
        sure.words[0].confidence = 95
        #expect(!MetadataExtractor.isDashDebris(sure, after: "BAN TỔ CHỨC TỈNH ỦY", below: 80))
        sure.words[0].confidence = 31
        #expect(MetadataExtractor.isDashDebris(sure, after: "BAN TỔ CHỨC TỈNH ỦY", below: 80))
        // Under a name still waiting for its place, the line goes on it.
        #expect(!MetadataExtractor.isDashDebris(sure, after: "BAN TỔ CHỨC", below: 80))
    }
}

@Suite struct ReviewReasonScoreTests {
    @Test func countsReasonsThatCaughtErrorsAndReviewsWithNone() throws {
        let records = try TruthRecord.records(jsonl: """
            {"id": "a", "files": [], "pages": [], "fields": {"symbol": "7/KH-SNV"}}
            {"id": "b", "files": [], "pages": [], "fields": {"symbol": "8/KH-SNV"}}
            """)
        func routed(_ symbol: String) -> DocumentMetadata {
            var m = DocumentMetadata()
            m.symbol = ExtractedField(value: symbol, confidence: 0.5, evidence: Evidence(rule: "test"))
            m.reviewReasons = [ReviewReason(field: "symbol", confidence: 0.5, reason: "low"),
                               ReviewReason(field: "date", confidence: 0.5, reason: "low")]
            return m
        }
        let evaluation = MetadataEvaluation.evaluate(truth: records, extracted: ["a": routed("7/KH-SNV"), "b": routed("3/KH-SNV")])
        #expect(evaluation.reasons.first { $0.field == "symbol" } == .init(field: "symbol", raised: 2, caught: 1))
        #expect(evaluation.reasons.first { $0.field == "date" } == .init(field: "date", raised: 2, caught: 0))
        #expect(evaluation.needlessReviews.keys.sorted() == ["a"])
        #expect(evaluation.escapedErrors == 0)
    }
}
