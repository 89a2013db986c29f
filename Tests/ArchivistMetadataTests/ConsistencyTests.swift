import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Cross-checks between fields: a misread read the same way nowhere else is caught by the
/// other place the document prints it.
@Suite struct ConsistencyTests {
    let extractor = MetadataExtractor()

    func document(issuer: String = "QUẬN ỦY HẢI CHÂU", number: String = "Số 118-QĐ/QU", date: String = "Hải Châu, ngày 22 tháng 4 năm 2023",
                  body: String = HandWrittenVariantTests.body, archive: String = "- Lưu VT.", archiveConfidence: Double = 95) -> DocumentMetadata {
        var b = PageBuilder()
        b.wordConfidences = ["VI,": archiveConfidence, "QX.": archiveConfidence]
        b.row(0.06, (0.15, "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        b.row(0.08, (0.17, issuer))
        b.row(0.11, (0.15, number), (0.52, date))
        b.row(0.15, (0.45, "QUYẾT ĐỊNH"))
        b.row(0.165, (0.36, "về việc thành lập Tổ công tác"))
        b.row(0.22, (0.12, body))
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "T/M BAN THƯỜNG VỤ"))
        b.row(0.72, (0.12, "- Như trên,"), (0.62, "BÍ THƯ"))
        b.row(0.74, (0.12, archive))
        b.row(0.80, (0.62, "Lê Văn Tám"))
        return extractor.extract([b.page()])
    }

    @Test func placeAndIssuerThatDisagreeInMarksAreBothDoubted() {
        let agreeing = document()
        #expect(agreeing.place.confidence >= extractor.reviewThreshold && agreeing.issuer.confidence >= extractor.reviewThreshold)
        // A hamlet's name, which no gazetteer lists: either reading may be the misread one.
        let m = document(issuer: "CHI BỘ THÔN HẢI CHẦU")
        #expect(m.issuer.confidence < extractor.reviewThreshold)
        #expect(m.place.confidence < extractor.reviewThreshold)
        #expect(m.place.evidence.rule.contains("'HẢI CHẦU' in the header"))
        // A district's: the gazetteer lists Hải Châu, as the place-date line reads it.
        let listed = document(issuer: "QUẬN ỦY HẢI CHẦU")
        #expect(listed.issuer.value == "QUẬN ỦY HẢI CHÂU" && listed.issuer.confidence < extractor.reviewThreshold)
        #expect(listed.place.value == "Hải Châu")
    }

    @Test func yearOfTheDateAgainstTheSymbolAndTheText() {
        let symbol = document(number: "Số: 15/2024/QĐ-UBND")
        #expect(symbol.date.confidence < extractor.reviewThreshold)
        #expect(symbol.date.evidence.rule.contains("2024 in the symbol"))
        // "2016" read for "2018": the text speaks of 2018 only.
        let misread = document(date: "Hải Châu, ngày 22 tháng 4 năm 2016", body: HandWrittenVariantTests.body + " năm 2018")
        #expect(misread.date.confidence < extractor.reviewThreshold)
        #expect(misread.date.evidence.rule.contains("names 2018, never 2016"))
        // A plan of 2020 for 2022: 0 and 2 are not digits OCR takes for one another.
        let plan = document(date: "Hải Châu, ngày 22 tháng 4 năm 2020", body: HandWrittenVariantTests.body + " đến năm 2022")
        #expect(plan.date.confidence >= extractor.reviewThreshold)
    }

    @Test func unusualArchiveCodesNeedASureRead() {
        #expect(document(archive: "- Lưu: VT, NV.").recipients.confidence >= extractor.reviewThreshold)
        // The first code is the văn thư's: "VI" one letter off is "VT", repaired and named.
        let first = document(archive: "- Lưu: VI, NV.", archiveConfidence: 80)
        #expect(first.recipients.value?.last == "Lưu: VT, NV")
        #expect(first.recipients.evidence.rule.contains("Lưu: VI, NV→Lưu: VT, NV"))
        let misread = document(archive: "- Lưu: VT, QX.", archiveConfidence: 80)
        #expect(misread.recipients.value?.last == "Lưu: VT, QX")
        #expect(misread.recipients.confidence < extractor.reviewThreshold)
        #expect(misread.recipients.evidence.rule.contains("archive code QX read at 80"))
        #expect(document(archive: "- Lưu: V NV.").recipients.confidence < extractor.reviewThreshold)
    }

    @Test func recipientItemsThatLostTheirEndAreDoubted() {
        var b = PageBuilder()
        b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "KT. GIÁM ĐỐC"))
        b.row(0.72, (0.12, "- Các đồng chí Ủy viên Ban Chấp"), (0.62, "PHÓ GIÁM ĐỐC"))
        b.row(0.74, (0.12, "- Lưu VT."))
        b.row(0.80, (0.62, "Võ Thành Nam"))
        let m = extractor.extract([b.page()])
        #expect(m.recipients.value == ["Các đồng chí Ủy viên Ban Chấp", "Lưu VT"])
        #expect(m.recipients.evidence.rule.contains("lost its end"))
    }
}
