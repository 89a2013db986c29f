import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// "Nơi nhận" as the held-out scans gave it: stamp and signature debris beside the label and
/// right of the list, standard items read short, wrapped items, a label OCR could not read.
@Suite struct RecipientListTests {
    let extractor = MetadataExtractor()

    func recipients(_ rows: [(Double, String)], label: String = "Nơi nhận:", beside: (Double, String)? = nil,
                    confidences: [String: Double] = [:]) -> ExtractedField<[String]> {
        SignatureBlockTests().document { b in
            b.wordConfidences = confidences
            if let beside { b.row(0.40, (0.12, label), beside, (0.58, "KT. GIÁM ĐỐC")) } else { b.row(0.40, (0.12, label), (0.58, "KT. GIÁM ĐỐC")) }
            for (index, row) in rows.enumerated() {
                b.row(0.42 + Double(index) * 0.02, (row.0, row.1), (0.62, index == 0 ? "PHÓ GIÁM ĐỐC" : ""))
            }
            b.row(0.42 + Double(rows.count) * 0.02 + 0.04, (0.60, "Võ Thành Nam"))
        }.recipients
    }

    @Test func debrisBesideTheLabelIsNoItem() {
        let m = recipients([(0.12, "- Các ban xây dựng Đảng,"), (0.12, "- Lưu VT.")], beside: (0.26, "tp"), confidences: ["tp": 31])
        #expect(m.value == ["Các ban xây dựng Đảng", "Lưu VT"])
        #expect(m.evidence.rule.contains("'tp' beside the label dropped"))
        #expect(m.confidence >= extractor.reviewThreshold)
        // An item printed on the label's line is kept.
        #expect(recipients([(0.12, "- Lưu VT.")], beside: (0.22, "- Như trên;")).value == ["Như trên", "Lưu VT"])
    }

    @Test func aBracketedNoteALetterFromAUsualOneIsDoubted() {
        // Held-out seed 5800: "(báo cáo)" read "(báo các)" at 91, every word a word.
        let read = recipients([(0.12, "- Thường trực Huyện ủy (báo các),"), (0.12, "- Lưu VT.")])
        #expect(read.confidence < extractor.reviewThreshold)
        #expect(read.evidence.rule.contains("reads like '(bao cao)'"))
        for note in ["(báo cáo)", "(để báo cáo)", "(để biết)", "(để chỉ đạo thực hiện)"] {
            #expect(recipients([(0.12, "- Thường trực Huyện ủy \(note),"), (0.12, "- Lưu VT.")]).confidence >= extractor.reviewThreshold, "\(note)")
        }
    }

    @Test func knownWordsRightOfTheListAndAWordReadTwiceAreDoubted() {
        // Held-out seed 6100: "trực thuộc;" left of its lost "- Các chi bộ", dropped as debris; "Như Như Điều 3".
        let lost = recipients([(0.20, "trực thuộc;"), (0.12, "- Ban Thường vụ Tỉnh ủy (để báo cáo);"), (0.12, "- Lưu: VT.")])
        #expect(lost.confidence < extractor.reviewThreshold, "\(lost.evidence.rule)")
        let twice = recipients([(0.12, "- Như Như Điều 3;"), (0.12, "- Lưu: VT.")])
        #expect(twice.evidence.rule.contains("read twice") && twice.confidence < extractor.reviewThreshold)
        // Stamp debris holding no known word stays a note.
        #expect(recipients([(0.20, "xv Fả"), (0.12, "- Như trên;"), (0.12, "- Lưu: VT.")]).confidence >= extractor.reviewThreshold)
    }

    @Test func aColonInsideAnItemIsDoubted() {
        // Held-out seed 5900: a speck read as a colon after "Thường".
        let read = recipients([(0.12, "- Ban Thường: vụ Tỉnh ủy (để báo cáo),"), (0.12, "- Lưu: VT.")])
        #expect(read.confidence < extractor.reviewThreshold)
        #expect(read.evidence.rule.contains("colon inside"))
        #expect(recipients([(0.12, "- Ban Thường vụ Tỉnh ủy (để báo cáo),"), (0.12, "- Lưu: VT.")]).confidence >= extractor.reviewThreshold)
    }

    @Test func debrisRightOfTheListAndAfterTheArchiveLineIsDropped() {
        let m = recipients([(0.12, "- Các ban xây dựng Đảng,"), (0.36, "hm"), (0.12, "- Lưu: VT, TH."), (0.36, "tà.")])
        #expect(m.value == ["Các ban xây dựng Đảng", "Lưu: VT, TH"])
        #expect(m.evidence.rule.contains("'hm' right of the list dropped"))
    }

    @Test(arguments: [
        ("ư tren", "Như trên"), ("Như trèn", "Như trên"), ("Như Điêu 3", "Như Điều 3"), ("Lu VT", "Lưu VT"),
        ("Lưu VL", "Lưu VT"), ("Lưu: VT; NV", "Lưu: VT, NV"), ("Lưu: VŨ NV", "Lưu: VT, NV"), ("Lưu: VT,NV", "Lưu: VT, NV"),
        ("Lưu Văn phòng", "Lưu Văn phòng"), ("Lưu Vản phòng", "Lưu Văn phòng"),
    ])
    func standardItemsAreRepaired(read: String, standard: String) {
        #expect(StandardRecipients.repair(read)?.text == standard)
        #expect((StandardRecipients.repair(read)?.note == nil) == (read == standard))
    }

    @Test(arguments: ["Nhà trẻ", "Ban Kiểm tra", "Lúa gạo", "Lưu trữ lịch sử", "Như vậy là"])
    func otherItemsAreNotStandard(item: String) {
        #expect(StandardRecipients.repair(item) == nil)
    }

    @Test func standardRepairIsNamedInTheEvidence() {
        let m = recipients([(0.12, "- ư tren;"), (0.12, "- Lưu VL.")])
        #expect(m.value == ["Như trên", "Lưu VT"])
        #expect(m.evidence.rule.contains("ư tren→Như trên") && m.evidence.rule.contains("Lưu VL→Lưu VT"))
    }

    @Test func wrappedItemsJoinAndUnreadableOnesAreRouted() {
        let wrapped = recipients([(0.12, "- Ban Thường vụ Tỉnh ủy (để báo"), (0.12, "cáo),"), (0.12, "- Lưu VT.")])
        #expect(wrapped.value == ["Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu VT"])
        #expect(wrapped.confidence >= extractor.reviewThreshold)
        let broken = recipients([(0.12, "- Thường trực Huyện ủy (báo,"), (0.12, "- Lưu VT.")])
        #expect(broken.confidence < extractor.reviewThreshold)
        #expect(broken.evidence.rule.contains("brackets in"))
        let lower = recipients([(0.12, "- các huyện, thị xã, thành phố;"), (0.12, "- Lưu VT.")])
        #expect(lower.confidence < extractor.reviewThreshold)
        #expect(lower.evidence.rule.contains("starts in lower case"))
    }

    @Test func anItemWrappedAfterACommaInAListOfSemicolonsStaysOneItem() {
        // Held-out seed 7000: "UBND các huyện, thị xã," / "thành phố;" read as two items.
        let rows = [(0.12, "- Các sở, ban, ngành;"), (0.12, "- Như Điều 3;"), (0.12, "- UBND các huyện, thị xã,"), (0.12, "thành phố;"),
                    (0.12, "- Lưu: VT, NV.")]
        #expect(recipients(rows).value == ["Các sở, ban, ngành", "Như Điều 3", "UBND các huyện, thị xã, thành phố", "Lưu: VT, NV"])
        // In a list of commas (Party documents), a comma ends the item.
        let party = recipients([(0.12, "- Các chi bộ trực thuộc,"), (0.12, "- Các ban xây dựng Đảng,"), (0.12, "Như trên,"), (0.12, "- Lưu VT.")])
        #expect(party.value == ["Các chi bộ trực thuộc", "Các ban xây dựng Đảng", "Như trên", "Lưu VT"])
    }

    @Test func aListUnderAnUnreadLabelIsReadAndRouted() {
        let m = recipients([(0.12, "- Các sở, ban, ngành;"), (0.12, "- Như Điều 3;"), (0.12, "- Lưu VT.")], label: "NI NHÂN nén")
        #expect(m.value == ["Các sở, ban, ngành", "Như Điều 3", "Lưu VT"])
        #expect(m.confidence < extractor.reviewThreshold)
        #expect(m.evidence.rule.contains("no Nơi nhận label read"))
    }

    @Test func aLabelThatLostItsFirstWordIsStillTheLabel() {
        #expect(MetadataExtractor.recipientsLabel(in: "¬ nhận: truc thuê") != nil)
        #expect(MetadataExtractor.recipientsLabel(in: "đã tiếp nhận hồ sơ") == nil)
        let m = recipients([(0.12, "- Các chi bộ trực thuộc,"), (0.12, "- Lưu Văn phòng.")], label: "¬ nhận:", beside: (0.26, "truc thuê"))
        #expect(m.value == ["Các chi bộ trực thuộc", "Lưu Văn phòng"])
    }
}
