import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// The foot of the last page in the forms met beyond the samples: minutes signed by chair and
/// secretary without "Nơi nhận", joint documents with two signatures above it, a head signing
/// in own name, marks and names OCR garbled, a name cut in two by a seal.
@Suite struct SignatureBlockTests {
    let extractor = MetadataExtractor()

    @Test func anotherBlocksWordReadIntoTheAuthorityLineLeavesTheMarkAndItsBody() {
        // Blind seed 9500: the left block's last word first in the right block's authority line.
        let m = document { b in
            b.row(0.66, (0.12, "KT. GIÁM ĐỐC SỞ TÀI"))
            b.row(0.68, (0.42, "CHÍNH KT. GIÁM ĐỐC SỞ NỘI VỤ"))
            b.row(0.70, (0.12, "PHÓ GIÁM ĐỐC"), (0.60, "PHÓ GIÁM ĐỐC"))
            b.row(0.78, (0.12, "Lê Văn Phượng"), (0.60, "Vũ Thị Thế Trọng"))
        }
        #expect(m.signerAuthority.value == "KT. GIÁM ĐỐC SỞ NỘI VỤ", "\(m.signerAuthority)")
        #expect(m.signerName.value == "Vũ Thị Thế Trọng", "\(m.signerName)")
        // Blind seed 9600: both blocks' authority lines read as one line, across the middle.
        let joined = document { b in
            b.row(0.68, (0.3, "KT. GIÁM ĐỐC SỞ TÀI CHÍNH KT. GIÁM ĐỐC SỞ NỘI VỤ"))
            b.row(0.70, (0.12, "PHÓ GIÁM ĐỐC"), (0.60, "PHÓ GIÁM ĐỐC"))
            b.row(0.78, (0.12, "Lê Văn Phượng"), (0.60, "Vũ Thị Thế Trọng"))
        }
        #expect(joined.signerAuthority.value == "KT. GIÁM ĐỐC SỞ NỘI VỤ", "\(joined.signerAuthority)")
    }

    /// Held-out seed 8200: a black seal's erased ring took the n of Văn with it. Held-out seed 6200:
    /// "Bùi Bích" under an erased ring, read "Bùi: Bích".
    @Test(arguments: [("Trần Vă¡: Mạnh Bích", "Trần Văn Mạnh Bích"), ("Bùi: Bích", "Bùi Bích")])
    func aNameWordGarbledByDebrisIsTheNameItsLettersMakeForReview(read: String, name: String) {
        let garbled = document { b in
            b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "KT. CHỦ TỊCH"))
            b.row(0.72, (0.12, "- Như trên,"), (0.62, "PHÓ CHỦ TỊCH"))
            b.row(0.80, (0.62, read))
        }
        #expect(garbled.signerName.value == name, "\(garbled.signerName)")
        #expect(garbled.reviewReasons.contains { $0.field == "signer_name" })
    }

    @Test func aNameWordTheTwoReadsDisagreeOnGoesToReview() {
        // Held-out seed 8000: the page read "Tướng", the name line read alone "Tưởng" (the OCR
        // stage keeps the usual name and the page's read beside it).
        func signed(rereads: [String: String]) -> DocumentMetadata {
            document { b in
                b.rereads = rereads
                b.row(0.70, (0.12, "Nơi nhận:"), (0.58, "T/M ĐẢNG ỦY"))
                b.row(0.72, (0.12, "- Như trên,"), (0.62, "BÍ THƯ"))
                b.row(0.80, (0.56, "Nguyễn Phước Minh Phương Tưởng"))
            }
        }
        let disagreed = signed(rereads: ["Tưởng": "Tướng"])
        #expect(disagreed.signerName.value == "Nguyễn Phước Minh Phương Tưởng")
        #expect(disagreed.signerName.confidence < extractor.reviewThreshold, "\(disagreed.signerName)")
        #expect(signed(rereads: [:]).signerName.confidence >= extractor.reviewThreshold)
    }

    @Test func aDeputyWithNoAuthorityLineOrAMarkReadAloneGoesToReview() {
        // The 29 seeds: "K/T BÍ THƯ" read "KTBÍTHU", no authority line, over "PHÓ BÍ THƯ"; and "KT."
        // read on a line of its own over "GIÁM ĐỐC", the principal's title taken for the position.
        let deputy = document(state: false) { b in
            b.row(0.70, (0.12, "Nơi nhận:"), (0.60, "KTBÍTHU"))
            b.row(0.72, (0.12, "- Như trên,"), (0.62, "PHÓ BÍ THƯ"))
            b.row(0.80, (0.62, "Lương Minh Giang"))
        }
        #expect(deputy.signerAuthority.value == nil && deputy.signerAuthority.confidence < extractor.reviewThreshold,
                "\(deputy.signerAuthority)")
        let apart = document { b in
            b.row(0.70, (0.12, "Nơi nhận:"), (0.62, "GIÁM ĐỐC"))
            b.row(0.72, (0.12, "- Như trên,"), (0.62, "KT."))
            b.row(0.80, (0.62, "Đặng Minh Trọng"))
        }
        #expect(apart.signerPosition.confidence < extractor.reviewThreshold, "\(apart.signerPosition)")
        // A head signing in own name stays sure.
        let head = document { b in
            b.row(0.70, (0.12, "Nơi nhận:"), (0.62, "GIÁM ĐỐC"))
            b.row(0.80, (0.12, "- Như trên,"), (0.62, "Đặng Minh Trọng"))
        }
        #expect(head.signerAuthority.confidence >= extractor.reviewThreshold && head.signerPosition.confidence >= extractor.reviewThreshold)
    }

    @Test(arguments: ["Trần Xq¡: Mạnh Bích", "Trần VĂN Mạnh Bích", "Bùi Bích"])
    func namesNotMended(read: String) {
        // Letters that begin no usual name are no name; a word with no debris was read as it is.
        #expect(MetadataExtractor.nameMended(LayoutSegment(words: PageBuilder.words(read), page: 1)) == nil)
    }

    func document(state: Bool = true, foot: (inout PageBuilder) -> Void) -> DocumentMetadata {
        var b = PageBuilder()
        if state {
            b.row(0.06, (0.15, "UBND TỈNH ĐỒNG NAI"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            b.row(0.08, (0.17, "SỞ NỘI VỤ"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
            b.row(0.11, (0.15, "Số: 7/BB-SNV"), (0.50, "Biên Hòa, ngày 5 tháng 3 năm 2024"))
            b.row(0.15, (0.45, "BIÊN BẢN"))
        } else {
            b.row(0.06, (0.15, "TỈNH ỦY ĐỒNG NAI"), (0.55, "ĐẢNG CỘNG SẢN VIỆT NAM"))
            b.row(0.08, (0.17, "BAN TỔ CHỨC - BAN DÂN VẬN"))
            b.row(0.11, (0.15, "Số 5-HD/BTCTU-BDVTU"), (0.52, "Biên Hòa, ngày 5 tháng 3 năm 2024"))
            b.row(0.15, (0.45, "HƯỚNG DẪN"))
        }
        b.row(0.165, (0.36, "Kiểm tra công tác lưu trữ"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        b.row(0.25, (0.12, "phối hợp thực hiện."))
        foot(&b)
        return extractor.extract([b.page()])
    }

    @Test func minutesSignedByChairAndSecretaryWithoutRecipients() {
        let m = document { b in
            b.row(0.40, (0.18, "THƯ KÝ"), (0.62, "CHỦ TRÌ"))
            b.row(0.48, (0.14, "Nông Thanh Vĩnh"), (0.58, "Triệu Thị Thuận"))
        }
        #expect(m.documentType.value?.code == "20")
        #expect(m.signerPosition.value == "CHỦ TRÌ")
        #expect(m.signerName.value == "Triệu Thị Thuận")
        #expect(m.signerAuthority.value == nil)
        #expect(m.recipients.value == nil)
        #expect(m.recipients.confidence >= extractor.reviewThreshold)
        #expect(m.signerAuthority.confidence >= extractor.reviewThreshold)
    }

    @Test func jointSignaturesAboveTheRecipients() {
        let m = document(state: false) { b in
            b.row(0.40, (0.10, "K/T TRƯỞNG BAN DÂN VẬN"), (0.55, "K/T TRƯỞNG BAN TỔ CHỨC"))
            b.row(0.42, (0.14, "PHÓ TRƯỞNG BAN"), (0.60, "PHÓ TRƯỞNG BAN"))
            b.row(0.50, (0.14, "Kiều Thị Quyết"), (0.60, "Tô Văn Thắng"))
            b.row(0.55, (0.12, "Nơi nhận:"))
            b.row(0.57, (0.12, "- Các đảng ủy trực thuộc;"))
            b.row(0.59, (0.12, "- Lưu VT."))
        }
        #expect(m.signerAuthority.value == "K/T TRƯỞNG BAN TỔ CHỨC")
        #expect(m.signerPosition.value == "PHÓ TRƯỞNG BAN")
        #expect(m.signerName.value == "Tô Văn Thắng")
        #expect(m.recipients.value == ["Các đảng ủy trực thuộc", "Lưu VT"])
    }

    @Test func signatureBlocksStackedInTheRightColumnGoToReview() {
        // Held-out seed 5800: the lower block's name lost to OCR ("h Toàn"), the upper one's taken.
        let m = document { b in
            b.row(0.30, (0.55, "KT. GIÁM ĐỐC SỞ TÀI CHÍNH"))
            b.row(0.32, (0.60, "PHÓ GIÁM ĐỐC"))
            b.row(0.38, (0.60, "Châu Xuân Quyết"))
            b.row(0.42, (0.55, "KT. GIÁM ĐỐC SỞ NỘI VỤ"))
            b.row(0.44, (0.60, "PHÓ GIÁM ĐỐC"))
            b.row(0.50, (0.62, "h Toàn"))
            b.row(0.55, (0.12, "Nơi nhận:"))
            b.row(0.57, (0.12, "- Lưu VT."))
        }
        let routed = Set(m.reviewReasons.map(\.field))
        #expect(routed.isSuperset(of: ["signer_authority", "signer_position", "signer_name"]), "\(m.reviewReasons)")
        #expect(m.signerName.evidence.rule.contains("2 signature blocks"))
    }

    @Test func aLeftColumnNameUnderARightColumnAuthorityGoesToReview() {
        // Held-out seed 5800: joint signatures side by side, the right one's name read "h Toàn".
        func joint(rightName: String) -> DocumentMetadata {
            document { b in
                b.row(0.30, (0.12, "KT. GIÁM ĐỐC SỞ TÀI CHÍNH"), (0.55, "KT. GIÁM ĐỐC SỞ NỘI VỤ"))
                b.row(0.32, (0.16, "PHÓ GIÁM ĐỐC"), (0.60, "PHÓ GIÁM ĐỐC"))
                b.row(0.38, (0.16, "Châu Xuân Quyết"), (0.62, rightName))
                b.row(0.45, (0.12, "Nơi nhận:"))
                b.row(0.47, (0.12, "- Lưu VT."))
            }
        }
        let lost = joint(rightName: "h Toàn")
        #expect(lost.reviewReasons.contains { $0.field == "signer_name" }, "\(lost.signerName)")
        // Both names read: the right one, quiet.
        let read = joint(rightName: "Quách Toàn")
        #expect(read.signerName.value == "Quách Toàn")
        #expect(!read.reviewReasons.contains { $0.field == "signer_name" }, "\(read.signerName)")
        // Held-out seed 8400: signature strokes read before the right one's name ("_>*=-Z Tô Quế").
        let strokes = joint(rightName: "_>*=-Z Tô Quế")
        #expect(strokes.signerName.value == "Tô Quế", "\(strokes.signerName)")
        #expect(strokes.reviewReasons.contains { $0.field == "signer_name" })
        // Words before it that hold a syllable are no strokes.
        #expect(joint(rightName: "của Tô Quế").signerName.value == "Châu Xuân Quyết")
    }

    @Test func aNameWithoutItsFamilyNameGoesToReview() {
        // Held-out seed 6200: a seal hid "Hoàng Phủ"; "Thị Thu Bích" was read sure.
        func signed(_ name: String) -> DocumentMetadata {
            document { b in
                b.row(0.30, (0.12, "Nơi nhận:"), (0.58, "KT. GIÁM ĐỐC"))
                b.row(0.32, (0.12, "- Lưu VT."), (0.60, "PHÓ GIÁM ĐỐC"))
                b.row(0.38, (0.62, name))
            }
        }
        let cut = signed("Thị Thu Bích")
        #expect(cut.signerName.evidence.rule.contains("no family name read"), "\(cut.signerName)")
        #expect(cut.reviewReasons.contains { $0.field == "signer_name" })
        for whole in ["Hoàng Phủ Thị Thu Bích", "Lò Văn Dũng"] {
            #expect(!signed(whole).reviewReasons.contains { $0.field == "signer_name" }, "\(whole)")
        }
    }

    @Test func headSigningInOwnNameIsNotDoubted() {
        let signed = document { b in
            b.row(0.40, (0.12, "Nơi nhận:"), (0.62, "GIÁM ĐỐC"))
            b.row(0.42, (0.12, "- Lưu VT."))
            b.row(0.48, (0.60, "Võ Thành Nam"))
        }
        #expect(signed.signerAuthority.value == nil)
        #expect(signed.signerAuthority.confidence >= extractor.reviewThreshold)
        #expect(signed.signerPosition.value == "GIÁM ĐỐC")
        // Capitals above the position that are no authority line OCR could parse: doubt.
        let unread = document { b in
            b.row(0.40, (0.12, "Nơi nhận:"), (0.58, "XỸM BAN THƯỜNG VỤ"))
            b.row(0.42, (0.12, "- Lưu VT."), (0.64, "BÍ THƯ"))
            b.row(0.48, (0.60, "Võ Thành Nam"))
        }
        #expect(unread.signerAuthority.confidence < extractor.reviewThreshold)
    }

    @Test func garbledAuthorityMarksAndBodiesAreGuessesForReview() throws {
        let mark = try #require(MetadataExtractor.authority(in: "TÍM BAN THƯỜNG VỤ"))
        #expect(mark.mark == "T/M" && mark.body == "BAN THƯỜNG VỤ" && mark.guessed)
        #expect(MetadataExtractor.authority(in: "TM ỦY BAN NHÂN DÂN")?.mark == "TM.")
        #expect(MetadataExtractor.authority(in: "TRƯỞNG BAN") == nil)
        let m = document { b in
            b.row(0.40, (0.12, "Nơi nhận:"), (0.60, "Q.GHM ĐỐC"))
            b.row(0.42, (0.12, "- Lưu VT."))
            b.row(0.48, (0.60, "Võ Thành Nam"))
        }
        #expect(m.signerAuthority.value == "Q. GIÁM ĐỐC")
        #expect(m.signerAuthority.confidence < extractor.reviewThreshold)
        #expect(m.signerAuthority.evidence.rule.contains("GHM ĐỐC→GIÁM ĐỐC"))
        #expect(m.signerPosition.value == nil)
    }

    @Test func nameCutByASealIsJoinedAndItsFamilyNameRepaired() {
        let m = document { b in
            b.row(0.40, (0.12, "Nơi nhận:"), (0.58, "KT. GIÁM ĐỐC"))
            b.row(0.42, (0.12, "- Lưu VT."), (0.62, "PHÓ GIÁM ĐỐC"))
            b.row(0.48, (0.51, "Nguyên"), (0.65, "Phước Thị Đức Nhân"))
        }
        #expect(m.signerName.value == "Nguyễn Phước Thị Đức Nhân")
        #expect(m.signerName.evidence.rule.contains("Nguyên→Nguyễn"))
    }

    @Test func blocksOCRCutShort() {
        // "KT," for "KT."; the position under "TM. ỦY BAN NHÂN DÂN" cut to "CHỦ" by the seal.
        #expect(MetadataExtractor.authority(in: "KT, CHỦ TỊCH")?.mark == "KT.")
        let cut = document { b in
            b.row(0.40, (0.12, "Nơi nhận:"), (0.55, "TM. ỦY BAN NHÂN DÂN"))
            b.row(0.42, (0.12, "- Lưu VT."), (0.62, "CHỦ"))
            b.row(0.48, (0.60, "Châu Văn Xuân Lộc"))
        }
        #expect(cut.signerAuthority.value == "TM. ỦY BAN NHÂN DÂN")
        #expect(cut.signerPosition.value == "CHỦ TỊCH")
        #expect(cut.signerPosition.confidence < extractor.reviewThreshold)
        #expect(cut.signerPosition.evidence.rule.contains("position cut: CHỦ→CHỦ TỊCH"))
        #expect(SignerPositions.completed("CHỦ", authority: "BAN THƯỜNG VỤ") == nil)
        // A capital misread inside a name's word.
        let cased = document { b in
            b.row(0.40, (0.12, "Nơi nhận:"), (0.58, "TL. CHỦ TỊCH"))
            b.row(0.42, (0.12, "- Lưu VT."), (0.57, "CHÁNH VĂN PHÒNG"))
            b.row(0.48, (0.58, "Đoàn THị Tiến Ánh"))
        }
        #expect(cased.signerName.value == "Đoàn Thị Tiến Ánh")
        #expect(cased.signerName.evidence.rule.contains("THị→Thị (case)"))
        #expect(!MetadataExtractor.isPersonalName("BÍ THƯ"))
    }

    @Test func recipientsLabelGluedAndFragmentsDoubted() {
        #expect(MetadataExtractor.recipientsLabel(in: "Nơinhận: - Như trên") != nil)
        let m = document { b in
            b.row(0.40, (0.12, "Nơinhận:"), (0.58, "KT. GIÁM ĐỐC"))
            b.row(0.42, (0.12, "rên,"), (0.62, "PHÓ GIÁM ĐỐC"))
            b.row(0.44, (0.12, "- Lưu VT."))
            b.row(0.48, (0.60, "Võ Thành Nam"))
        }
        #expect(m.recipients.value == ["rên", "Lưu VT"])
        #expect(m.recipients.confidence < extractor.reviewThreshold)
    }

    @Test func unknownCapitalsWithMarksNeedHighConfidence() {
        let unsure = UnsureWords()
        func word(_ text: String, _ confidence: Double) -> RecognizedWord {
            RecognizedWord(text: text, confidence: confidence, box: PixelBox(left: 0, top: 0, right: 10, bottom: 10), block: 1, line: 1)
        }
        #expect(unsure.find(in: [word("HẢI", 95), word("CHẦU", 85)], value: "HẢI CHẦU", check: .syllables) == ["CHẦU (85)"])
        #expect(unsure.find(in: [word("CHẦU", 85)], value: "CHẦU", check: .syllables, vouched: ["chau"]).isEmpty)
        #expect(unsure.find(in: [word("Châu", 85)], value: "Châu", check: .syllables).isEmpty)
        // A word glued to the mark before it still counts: "Q.GHM" holds "GHM".
        #expect(unsure.find(in: [word("Q.GHM", 51)], value: "GHM ĐỐC", check: .syllables) == ["GHM (51)"])
    }
}
