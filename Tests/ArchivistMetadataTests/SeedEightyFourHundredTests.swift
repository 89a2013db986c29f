import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Held-out seeds 8400-8600, scored blind: the marks of bold capitals taken from a second read a
/// third reading confirms, a range wrapped at its dash, an item opening a letter from "Các", and
/// names put as the usual name they most likely are. Each with the cases where it must stay quiet.
@Suite struct SeedEightyFourHundredTests {
    let escapes = UnseenSeedEscapeTests()
    let extractor = MetadataExtractor()

    /// A commune's decision: "ỦY BAN NHÂN DÂN" / `commune` at left, `place`-date at right.
    func commune(_ commune: String, place: String = "Đông Thịnh", rereads: [String: String] = [:]) -> DocumentMetadata {
        var b = PageBuilder()
        b.rereads = rereads
        b.row(0.05, (0.15, "UBND HUYỆN ĐÔNG SƠN"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.07, (0.15, "ỦY BAN NHÂN DÂN"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.09, (0.15, commune))
        b.row(0.11, (0.15, "Số: 1802/2024/QĐ-UBND"), (0.52, "\(place), ngày 03 tháng 4 năm 2024"))
        b.row(0.15, (0.45, "QUYẾT ĐỊNH"))
        b.row(0.165, (0.30, "Về việc thành lập Ban Chỉ đạo"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        HandWrittenVariantTests().foot(&b, authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "Tạ Văn Mỹ")
        return extractor.extract([b.page()])
    }

    @Test func aSecondReadAThirdReadingConfirmsGivesTheIssuerItsMarks() {
        // Seed 8400: "XA ĐÓNG THỊNH" for XÃ ĐÔNG THỊNH; the second read gave XÃ and ĐÔNG, the
        // place-date line "Đông Thịnh", and only units stand where XÃ does.
        let confirmed = commune("XA ĐÓNG THỊNH", rereads: ["XA": "XÃ", "ĐÓNG": "ĐÔNG"])
        #expect(confirmed.issuer.value == "ỦY BAN NHÂN DÂN XÃ ĐÔNG THỊNH", "\(confirmed.issuer)")
        #expect(confirmed.issuer.evidence.text == "ỦY BAN NHÂN DÂN XA ĐÓNG THỊNH")
        #expect(confirmed.issuer.evidence.rule.contains("ĐÓNG→ĐÔNG"))
        // The place-date line is read by the same model, which may misread it alike (seed 6400:
        // "Kiểu" for Kiều in the header's second read and the place): name and place go to review.
        #expect(escapes.routed(confirmed, "issuer") && escapes.routed(confirmed, "place"))
        // Only units stand where XÃ does: a unit re-marked needs no review.
        let unit = commune("XA ĐÔNG THỊNH", rereads: ["XA": "XÃ"])
        #expect(unit.issuer.value == "ỦY BAN NHÂN DÂN XÃ ĐÔNG THỊNH")
        #expect(!escapes.routed(unit, "issuer") && !escapes.routed(unit, "place"), "\(unit.issuer)")
        // Read once only, the reads of header and place-date disagree: for a reviewer.
        let once = commune("XA ĐÓNG THỊNH")
        // (The unit is put as the unit list prints it, the locality as read.)
        #expect(once.issuer.value == "ỦY BAN NHÂN DÂN XÃ ĐÓNG THỊNH")
        #expect(escapes.routed(once, "issuer"))
        // A second read the place-date line does not print so is one read against one.
        let alone = commune("XÃ ĐÔNG THỊNH", place: "Thanh Hóa", rereads: ["ĐÔNG": "ĐỐNG"])
        #expect(alone.issuer.value == "ỦY BAN NHÂN DÂN XÃ ĐÔNG THỊNH")
        #expect(escapes.routed(alone, "issuer"))
        // Seed 8700: one the place-date line prints as the first read did is outvoted ("HẢI" read again "HÃI").
        let outvoted = commune("XÃ ĐÔNG THỊNH", rereads: ["ĐÔNG": "ĐỐNG"])
        #expect(outvoted.issuer.value == "ỦY BAN NHÂN DÂN XÃ ĐÔNG THỊNH")
        #expect(!escapes.routed(outvoted, "issuer"), "\(outvoted.issuer)")
    }

    @Test func aRangeWrappedAtItsDashKeepsTheDash() {
        // Seed 8500: "… nhiệm kỳ 2025" / "- 2027" was stored "2025 2027", sure.
        let wrapped = escapes.party(subject: ["Tổ chức đại hội chi bộ nhiệm kỳ 2025", "- 2027"])
        #expect(wrapped.subject.value == "Tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027", "\(wrapped.subject)")
        // A dash opening a wrapped line of words is no range's: a speck, left out.
        let words = escapes.party(subject: ["Tổ chức đại hội chi bộ", "- nhiệm kỳ 2025-2027"])
        #expect(words.subject.value == "Tổ chức đại hội chi bộ nhiệm kỳ 2025-2027", "\(words.subject)")
    }

    @Test func anItemOpeningALetterFromCacGoesToReview() {
        // Seed 8500: "- Gác ban xây dựng Đảng," read at 81.
        let misread = SeedSixtyFourHundredTests().signed("Võ Thành Nam", recipients: ["- Gác ban xây dựng Đảng,", "- Lưu VT."])
        #expect(escapes.routed(misread, "recipients"), "\(misread.recipients)")
        for item in ["- Các ban xây dựng Đảng,", "- Cục Thuế tỉnh,"] {
            let read = SeedSixtyFourHundredTests().signed("Võ Thành Nam", recipients: [item, "- Lưu VT."])
            #expect(!escapes.routed(read, "recipients"), "\(read.recipients)")
        }
    }

    @Test func anItemReadAsMarksGoesToReview() {
        // Seed 8800 (faded, 200 dpi, blurred): "- Như Điều 3," read as "`." 166 px wide, and dropped.
        func list(_ lost: String) -> DocumentMetadata {
            SignatureBlockTests().document { b in
                b.row(0.30, (0.10, "Nơi nhận:"), (0.58, "KT. GIÁM ĐỐC"))
                b.row(0.32, (0.10, lost), (0.60, "PHÓ GIÁM ĐỐC"))
                b.row(0.34, (0.10, "- Các phòng, ban chuyên môn,"))
                b.row(0.36, (0.10, "- Lưu: VT, NV."))
                b.row(0.45, (0.62, "Võ Thành Nam"))
            }
        }
        let lost = list("`....")
        #expect(lost.recipients.value == ["Các phòng, ban chuyên môn", "Lưu: VT, NV"])
        #expect(escapes.routed(lost, "recipients"), "\(lost.recipients)")
        // A speck there is no item.
        #expect(!escapes.routed(list("."), "recipients"), "\(list(".").recipients)")
    }

    @Test func signatureStrokesReadAsLettersAreNoPosition() {
        // Seeds 6100-8600: "fKWWuw", "€Ỹww»", "xýœ" read between the authority line and the name.
        func signed(_ between: String) -> DocumentMetadata {
            SignatureBlockTests().document { b in
                b.row(0.30, (0.12, "Nơi nhận:"), (0.58, "TM. ỦY BAN NHÂN DÂN"))
                b.row(0.32, (0.12, "- Lưu VT."), (0.62, between))
                b.row(0.40, (0.62, "Võ Thành Nam"))
            }
        }
        for strokes in ["fKWWuw", "€Ỹww»", "xýœ"] {
            let read = signed(strokes)
            #expect(read.signerPosition.value == nil, "\(read.signerPosition)")
            #expect(escapes.routed(read, "signer_position"))
        }
        // A line of words no list knows stays, for a reviewer.
        #expect(signed("KẾ TOÁN").signerPosition.value == "KẾ TOÁN")
    }

    @Test func aNameWordThatIsNoUsualNameIsPutAsTheOneItMostLikelyIs() {
        // Held-out seeds 6100-8600: "Trỉnh" (5 times), "Đúc", "Vàn", "Hiểu" on clean pages, all routed.
        for (read, usual) in [("Bùi Thu Trỉnh", "Bùi Thu Trinh"), ("Huỳnh Đúc Điệp", "Huỳnh Đức Điệp"), ("Lò Vàn Dũng", "Lò Văn Dũng"),
                              ("Hồ Hiểu", "Hồ Hiếu")] {
            let name = SeedSixtyFourHundredTests().signed(read)
            #expect(name.signerName.value == usual, "\(name.signerName)")
            #expect(name.signerName.evidence.text == read)
            #expect(escapes.routed(name, "signer_name"), "\(read)")
        }
        // Two usual names a mark from the read, neither the usual middle name: left as read.
        #expect(GivenNames.likelyReading(of: "Tướng", middle: false) == nil)
        #expect(GivenNames.likelyReading(of: "Văn", middle: true) == nil)
        #expect(SeedSixtyFourHundredTests().signed("Trần Văn Nam").signerName.value == "Trần Văn Nam")
    }
}

/// The date line read again by the English model (seeds 6900-8100): where it reads another
/// number, its number is the value, and the date goes to review; a letter it reads for a digit
/// ("OS" for 08) sends the date to review as it was read.
@Suite struct DateWitnessTests {
    let escapes = UnseenSeedEscapeTests()

    func dated(_ line: String, rereads: [String: String], model: String? = "eng", confidences: [String: Double] = [:]) -> DocumentMetadata {
        var b = PageBuilder()
        b.rereads = rereads
        b.rereadModel = model
        b.wordConfidences = confidences
        b.row(0.05, (0.15, "ỦY BAN NHÂN DÂN"), (0.48, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        b.row(0.07, (0.15, "THÀNH PHỐ HÀ NỘI"), (0.56, "Độc lập - Tự do - Hạnh phúc"))
        b.row(0.10, (0.15, "Số: 3124/QĐ-UBND"), (0.52, line))
        b.row(0.15, (0.45, "QUYẾT ĐỊNH"))
        b.row(0.165, (0.30, "Về việc thành lập Ban Chỉ đạo"))
        b.row(0.22, (0.12, HandWrittenVariantTests.body))
        return MetadataExtractor().extract([b.page()])
    }

    @Test func aNumberTheSecondReadReadsOtherwiseIsTakenFromItForReview() {
        let read = dated("Hà Nội, ngày 06 tháng 9 năm 2021", rereads: ["06": "08", "9": "9", "2021": "2021"])
        #expect(read.date.value == "2021-09-08", "\(read.date)")
        #expect(escapes.routed(read, "date"))
        // A line with no date as read ("tháng Š5") has one with the second read's numbers.
        let lost = dated("Sơn La, ngày 06 tháng Š5 năm 2022", rereads: ["06": "06", "Š5": "5", "2022": "2022"])
        #expect(lost.date.value == "2022-05-06", "\(lost.date)")
        #expect(escapes.routed(lost, "date"))
        // Seed 8600: "tháng ồ" for 8, a letter with no digit.
        let letter = dated("Hà Nội, ngày 29 tháng ồ năm 2024", rereads: ["29": "29", "ồ": "8", "2024": "2024"])
        #expect(letter.date.value == "2024-08-29", "\(letter.date)")
        #expect(escapes.routed(letter, "date"))
    }

    @Test func aNumberTwoModelsReadAlikeIsChecked() {
        let rereads = ["12": "12", "9": "9", "2021": "2021"]
        let agreed = dated("Hà Nội, ngày 12 tháng 9 năm 2021", rereads: rereads, confidences: ["12": 76])
        #expect(agreed.date.value == "2021-09-12")
        #expect(!escapes.routed(agreed, "date"), "\(agreed.date)")
        // One model twice proves little: the number read at 76 goes to review.
        #expect(escapes.routed(dated("Hà Nội, ngày 12 tháng 9 năm 2021", rereads: rereads, model: nil, confidences: ["12": 76]), "date"))
        // A digit guessed from a letter ("s": 5 or 8?) is settled by another model's digits.
        let guessed = dated("Hà Nội, ngày 1s tháng 9 năm 2021", rereads: ["1s": "18", "9": "9", "2021": "2021"])
        #expect(guessed.date.value == "2021-09-18")
        #expect(!escapes.routed(guessed, "date"), "\(guessed.date)")
        #expect(escapes.routed(dated("Hà Nội, ngày 1s tháng 9 năm 2021", rereads: ["1s": "1s", "9": "9", "2021": "2021"]), "date"))
    }

    @Test func lettersTheSecondReadReadsForDigitsChangeNothing() {
        let read = dated("Hà Nội, ngày 08 tháng 9 năm 2021", rereads: ["08": "OS", "9": "§", "2021": "2021"])
        #expect(read.date.value == "2021-09-08")
        #expect(escapes.routed(read, "date"), "\(read.date)")
        let agreed = dated("Hà Nội, ngày 08 tháng 9 năm 2021", rereads: ["08": "08", "9": "9", "2021": "2021"])
        #expect(!escapes.routed(agreed, "date"), "\(agreed.date)")
    }
}
