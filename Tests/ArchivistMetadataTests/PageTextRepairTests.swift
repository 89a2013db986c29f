import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Words on lines, left to right, 40 px high, with the given confidence.
private func words(_ lines: [String], confidence: Double = 90, top: Int = 1000) -> [RecognizedWord] {
    lines.enumerated().flatMap { line, text in
        text.split(separator: " ").enumerated().map { offset, word in
            RecognizedWord(text: String(word), confidence: confidence,
                           box: PixelBox(left: 100 + offset * 200, top: top + line * 60, right: 260 + offset * 200, bottom: top + line * 60 + 40),
                           block: 0, line: line)
        }
    }
}

@Test func misreadTonesInsideSetPhrasesAreRepairedAndRecorded() {
    let (repaired, repairs) = PageTextRepair.standard.repair(words([
        "ĐÁNG CỘNG SẢN VIỆT NAM", "tiếp tục đầy mạnh cải cách hành chính", "công tác tống kết năm",
    ]))
    #expect(repaired.map(\.text).joined(separator: " ")
        == "ĐẢNG CỘNG SẢN VIỆT NAM tiếp tục đẩy mạnh cải cách hành chính công tác tổng kết năm")
    #expect(Set(repairs) == ["ĐÁNG→ĐẢNG", "đầy→đẩy", "tống→tổng"])
}

@Test func wordsOutsideAPhraseOrRightAlreadyAreLeftAlone() {
    // "Thủ trưởng" and "Thứ trưởng" fold alike and are both phrases: one read exactly stays.
    let lines = ["hồ sơ đầy đủ", "ĐÁNG chú ý", "Đảng Cộng sản Việt Nam", "Thủ trưởng cơ quan", "THỨ TRƯỞNG"]
    let (repaired, repairs) = PageTextRepair.standard.repair(words(lines))
    #expect(repaired.map(\.text) == words(lines).map(\.text))
    #expect(repairs.isEmpty)
}

@Test func aDocumentsTitleHeadingsAndProvinceAreRepaired() {
    // "TĨNH" and "CÂU" are words too: the province and the heading make them misreads.
    // Words of running text that fold like a title or phrase stay as read.
    let lines = ["TĨNH GIA LAI", "BIẾN BẢN", "I. MỤC ĐÍCH, YÊU CÂU", "ĐẢNG BỘ TỈNH HÀ TĨNH", "tĩnh lặng", "câu hỏi",
                 "làng nghề thủ công", "theo bản đó", "sau đấy"]
    let (repaired, repairs) = PageTextRepair.standard.repair(words(lines))
    #expect(repaired.map(\.text).joined(separator: " ")
        == "TỈNH GIA LAI BIÊN BẢN I. MỤC ĐÍCH, YÊU CẦU ĐẢNG BỘ TỈNH HÀ TĨNH tĩnh lặng câu hỏi làng nghề thủ công theo bản đó sau đấy")
    #expect(Set(repairs) == ["TĨNH→TỈNH", "BIẾN→BIÊN", "CÂU→CẦU"])
}

@Test func aPersonalNameIsNoSetPhrase() {
    // "Văn Thu" folds like "văn thư", but after a family name, in a name's capitals, it is a name.
    let lines = ["Lý Văn Thu Phúc", "Đỉnh Văn Thu Yến", "công tác văn thu lưu trữ"]
    let (repaired, repairs) = PageTextRepair.standard.repair(words(lines))
    #expect(repaired.map(\.text).joined(separator: " ") == "Lý Văn Thu Phúc Đỉnh Văn Thu Yến công tác văn thư lưu trữ")
    #expect(repairs == ["thu→thư"])
}

@Test func aGivenNameAfterAnotherIsNoSetPhrase() {
    // Held-out seed 7100: "Phương Hường" folds like "phương hướng", after "Thị" in a name.
    let lines = ["Tôn Nữ Thị Phương Hường", "xác định phương hường nhiệm vụ"]
    let (repaired, repairs) = PageTextRepair.standard.repair(words(lines))
    #expect(repaired.map(\.text).joined(separator: " ") == "Tôn Nữ Thị Phương Hường xác định phương hướng nhiệm vụ")
    #expect(repairs == ["hường→hướng"])
}

@Test func aSyllableReadInTwoIsMadeOneInsideAPhrase() {
    // Bold capitals at 200 dpi: the hook of Ả read as a second, accented A.
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["ĐÁ ẢNG ỦY PHƯỜNG MỸ XUÂN", "BAN CHẤP HÀNH ĐÁ ẢNG BỘ"]))
    #expect(repaired.map(\.text).joined(separator: " ") == "ĐẢNG ỦY PHƯỜNG MỸ XUÂN BAN CHẤP HÀNH ĐẢNG BỘ")
    #expect(repairs == ["ĐÁ ẢNG→ĐẢNG", "ĐÁ ẢNG→ĐẢNG"])
    // Seed 8800: the mark read on both pieces, the second's another ("ĐẢ ẲNG"): the first's makes the phrase.
    #expect(PageTextRepair.standard.repair(words(["ĐẢ ẲNG ỦY PHƯỜNG HÒA CƯỜNG BẮC"])).words.map(\.text).prefix(2) == ["ĐẢNG", "ỦY"])
    // Two words that make no phrase stay two ("ĐÁ ẢNH" is no phrase; "hoa anh" are two syllables).
    let kept = ["ĐÁ ẢNH ĐẸP", "hoa anh đào"]
    #expect(PageTextRepair.standard.repair(words(kept)).words.map(\.text) == words(kept).map(\.text))
}

@Test func aCommaBetweenLettersGetsItsSpaceBack() {
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["- Lưu: VT,TH,NV.", "tăng 1,5 lần"]))
    #expect(repaired.map(\.text) == ["-", "Lưu:", "VT,", "TH,", "NV.", "tăng", "1,5", "lần"])
    #expect(repairs == ["VT,TH,NV.→VT, TH, NV."])
}

@Test func aPhraseSplitOverTwoLinesIsNotJoined() {
    // "đầy" ends one line and "mạnh" starts the next: no phrase is read across lines.
    let (_, repairs) = PageTextRepair.standard.repair(words(["cần đầy", "mạnh hơn"]))
    #expect(repairs.isEmpty)
}

@Test func misreadPartyStarUnderTheIssuerIsRestored() {
    var header = words(["HUYỆN ỦY ĐẦU TIẾNG"], top: 200)
    header.append(RecognizedWord(text: ">k", confidence: 40, box: PixelBox(left: 400, top: 270, right: 430, bottom: 300), block: 0, line: 1))
    let (restored, repair) = PartyAsterisk.restore(header, pageHeight: 3508, dpi: 300)
    #expect(restored.last?.text == "*")
    #expect(repair == ">k→*")
    // Held-out seeds 6700-7400: "+" and "*%" read at 75-82.
    header[header.count - 1].text = "+"
    header[header.count - 1].confidence = 82
    #expect(PartyAsterisk.restore(header, pageHeight: 3508, dpi: 300).repair == "+→*")
    // Held-out seeds 6100-9000 and the bench's PDF pages: "»k", "+»", "zk".
    for read in ["»k", "+»", "zk"] {
        header[header.count - 1].text = read
        #expect(PartyAsterisk.restore(header, pageHeight: 3508, dpi: 300).repair == "\(read)→*")
    }
}

@Test func aConfidentKOrOneLowOnThePageIsNotAStar() {
    let confident = [RecognizedWord(text: "k", confidence: 92, box: PixelBox(left: 400, top: 270, right: 430, bottom: 300), block: 0, line: 0)]
    #expect(PartyAsterisk.restore(confident, pageHeight: 3508, dpi: 300).repair == nil)
    let low = [RecognizedWord(text: ">k", confidence: 40, box: PixelBox(left: 400, top: 3000, right: 430, bottom: 3030), block: 0, line: 0)]
    #expect(PartyAsterisk.restore(low, pageHeight: 3508, dpi: 300).repair == nil)
    var beside = words(["Số 45"], top: 270)
    beside.append(RecognizedWord(text: ">k", confidence: 40, box: PixelBox(left: 700, top: 270, right: 730, bottom: 300), block: 0, line: 0))
    #expect(PartyAsterisk.restore(beside, pageHeight: 3508, dpi: 300).repair == nil)
}

@Test func boxedMarksLoseTheirBoxSidesAndTakeTheMarksSpelling() {
    let lines = ["|KHẨN| Số: 12/UBND-VP", "¡MẬTỊ|", "[HÓA TÓC|", "¡TỐI MẬT|", "¡THƯỢNG KHẨN|"]
    let (repaired, repairs) = PageTextRepair.standard.repair(words(lines))
    #expect(repaired.map(\.text).joined(separator: " ") == "KHẨN Số: 12/UBND-VP MẬT HỎA TỐC TỐI MẬT THƯỢNG KHẨN")
    #expect(repairs.contains("¡MẬTỊ|→MẬT") && repairs.contains("[HÓA→HỎA") && repairs.contains("TÓC|→TỐC"))
}

@Test(arguments: [
    "TỈNH THANH HÓA|",        // a two-word mark's word alone is an ordinary word
    "|HÓA CHẤT|",             // folds like no mark
    "MẬT KHẨN",               // marks without box debris are left as read
    "bí mật|",                // not in capitals
    "|TỔ|",
])
func wordsThatAreNoBoxedMarkStay(line: String) {
    let (repaired, _) = PageTextRepair.standard.repair(words([line]))
    #expect(repaired.map(\.text) == words([line]).map(\.text))
}

@Test func aWordMisreadIsNotCutAsGlued() {
    // Held-out seeds 6600 and 9000: "HUYẸN" was cut "HUY ẸN"; its letters are those of HUYỆN.
    #expect(GluedSyllables.split("HUYẸN") == nil)
    // Seed 8800: "ĐẢẲNG", the hook read as a vowel of its own, read again "ĐẢNG" on its line.
    var line = words(["ĐẢẲNG ỦY PHƯỜNG HÒA CƯỜNG BẮC"])
    // Read once, it is cut "ĐẢ ẲNG", which the phrase joins again with the first piece's mark.
    #expect(PageTextRepair.standard.repair(line).repairs == ["ĐẢẲNG→ĐẢ ẲNG", "ĐẢ ẲNG→ĐẢNG"])
    line[0].reread = "ĐẢNG"
    let (repaired, repairs) = PageTextRepair.standard.repair(line)
    #expect(repaired.map(\.text).prefix(2) == ["ĐẢNG", "ỦY"])
    #expect(repairs == ["ĐẢẲNG→ĐẢNG (second read)"])
    // The other reading stays with the word: the first read's.
    #expect(repaired[0].reread == "ĐẢẲNG")
    // Seeds 6200-7100: "ĐÁẢNG", once cut "ĐÁ ẢNG" and joined again, is read again "ĐẢNG" too.
    var another = words(["ĐÁẢNG ỦY PHƯỜNG MỸ XUÂN"])
    another[0].reread = "ĐẢNG"
    #expect(PageTextRepair.standard.repair(another).words.first?.text == "ĐẢNG")
    // A second read with other letters is no witness: the word is cut and joined as before.
    line[0].reread = "ĐÔNG"
    #expect(PageTextRepair.standard.repair(line).repairs == ["ĐẢẲNG→ĐẢ ẲNG", "ĐẢ ẲNG→ĐẢNG"])
}

@Test(arguments: [("§4-HD/BTGDVTU", "84-HD/BTGDVTU"), ("282§/HD-SNV-STC", "2828/HD-SNV-STC"), ("§1", "81"), ("§ố", "Số"), ("§", nil), ("Điều", nil)])
func theSectionSignIsAnEightBesideDigitsAndAnSOpeningAWord(read: String, repaired: String?) {
    #expect(PageTextRepair.sectionSignRead(read) == repaired)
}

@Test func capitalsTheEngineRanTogetherAreCutIntoSyllables() {
    // Held-out seed 5800, bold headers on blurred scans.
    #expect(GluedSyllables.split("ỦYĐỨCTRỌNG") == ["ỦY", "ĐỨC", "TRỌNG"])
    #expect(GluedSyllables.split("THCSLÊLỢI,") == ["THCS", "LÊ", "LỢI,"])
    #expect(GluedSyllables.split("CHỦNGHĨA") == ["CHỦ", "NGHĨA"])
    // Syllables, codes, abbreviations, ASCII words and lower case stay as read.
    for word in ["TRƯỜNG", "NGHIÊNG", "ĐUQSTW", "BCSĐ", "ĐUCA", "ASEAN", "UNESCO", "HĐND", "thểhiện", "Ủy"] {
        #expect(GluedSyllables.split(word) == nil, "\(word)")
    }
    let line = words(["HUYỆN ỦYĐỨCTRỌNG"])
    let (repaired, repairs) = PageTextRepair.standard.repair(line)
    #expect(repaired.map(\.text) == ["HUYỆN", "ỦY", "ĐỨC", "TRỌNG"])
    #expect(repairs == ["ỦYĐỨCTRỌNG→ỦY ĐỨC TRỌNG"])
    // The glued word's box is shared out by letters, end to end.
    #expect(repaired[1].box.left == line[1].box.left && repaired[3].box.right == line[1].box.right)
    #expect(repaired[1].box.right == repaired[2].box.left)
}

@Test func aPageNumberReadWithoutItsSpacesIsCutIntoDashesAndNumber() {
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["-2-"], top: 120))
    #expect(repaired.map(\.text) == ["-", "2", "-"])
    #expect(repairs == ["-2-→- 2 -"])
    // Held-out seeds 6100-6900: 15 of 62 pages numbered "- 2 -" read "_2-" or "-_2-".
    #expect(PageTextRepair.pageNumberParts("_2-") == ["-", "2", "-"])
    #expect(PageTextRepair.pageNumberParts("-_3-") == ["-", "3", "-"])
    #expect(PageTextRepair.pageNumberParts("2-3") == nil && PageTextRepair.pageNumberParts("-12345-") == nil)
    #expect(PageTextRepair.pageNumberParts("_2_") == nil && PageTextRepair.pageNumberParts("a_2-") == nil)
}

@Test func aCapitalOrADigitInsideALowerCaseWordIsReadAsItsSmallLetter() {
    // Held-out seeds: "kỊp thời" (17 times), "được g1ao." (31 times on clean pages).
    #expect(PageTextRepair.letterSlip("kỊp") == "kịp")
    #expect(PageTextRepair.letterSlip("g1ao.") == "giao.")
    #expect(PageTextRepair.letterSlip("h0ạt") == "hoạt")
    // Seed 6900, a clean bilevel page: "được glaO." three times; an l for an i alone too.
    #expect(PageTextRepair.letterSlip("glaO.") == "giao.")
    #expect(PageTextRepair.letterSlip("nhlều") == "nhiều")
    #expect(PageTextRepair.letterSlip("lương") == nil && PageTextRepair.letterSlip("blog") == nil)
    // Codes, numbers, units, capitalised words and what is no syllable stay as read.
    for word in ["1ần", "m2", "TTr", "QĐi", "Kịp", "2021", "k1l", "eKYC", "x10"] {
        #expect(PageTextRepair.letterSlip(word) == nil, "\(word)")
    }
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["phản ánh kỊp thời", "chỉ tiêu được g1ao."]))
    #expect(repaired.map(\.text).joined(separator: " ") == "phản ánh kịp thời chỉ tiêu được giao.")
    #expect(Set(repairs) == ["kỊp→kịp", "g1ao.→giao."])
}

@Test func theArchiveLinesVTReadWithABarIsVT() {
    // Held-out seeds: "- Lưu: VL" and "Lưu VI," for VT, 12 times on clean pages.
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["- Lưu: VL, TH.", "Lưu VI, NV."]))
    #expect(repaired.map(\.text) == ["-", "Lưu:", "VT,", "TH.", "Lưu", "VT,", "NV."])
    #expect(repairs == ["VL,→VT,", "VI,→VT,"])
    // Held-out seeds 6700-7400, 21 times on clean pages: the period or comma after VT taken into
    // the misread letter ("VT." read "VL", "VT," read "VI") or read one for the other. A comma
    // goes before the next code, the list's period at its end.
    let marks = ["Lưu VL", "Lưu: VI NV.", "Lưu VT,", "Lưu: VT. NV."].map { PageTextRepair.standard.repair(words([$0])).words[1].text }
    #expect(marks == ["VT.", "VT,", "VT.", "VT,"])
    // The signer's name in the other column, on the same line far off, is no next code.
    var farOff = words(["Lưu VL Lý Văn"])
    for index in 2...3 { farOff[index].box.left += 1200; farOff[index].box.right += 1200 }
    #expect(PageTextRepair.standard.repair(farOff).words[1].text == "VT.")
    // Known codes, other words and lines that are no archive line stay.
    let kept = words(["Lưu: VP, VX.", "Lưu ý VI", "Điều VI"])
    #expect(PageTextRepair.standard.repair(kept).words.map(\.text) == kept.map(\.text))
}

@Test func theArchiveLabelReadWithAPeriodHasItsColon() {
    // Blind seed 9700: "- Lưu: VT, NV." read "- Lưu. VT, NV.", and the period dropped as debris.
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["- Lưu. VT, NV.", "Lưu.VT"]))
    #expect(repaired.map(\.text) == ["-", "Lưu:", "VT,", "NV.", "Lưu.VT"])
    #expect(repairs == ["Lưu.→Lưu:"])
    // Before a word that is no code, the period is debris inside a phrase, as before.
    #expect(PageTextRepair.standard.repair(words(["Lưu. trữ"])).words.map(\.text) == ["Lưu", "trữ"])
}

@Test func aPhraseTwoLettersOffIsRepairedOnceAShorterOneInsideItWas() {
    // Held-out seed 6000: "PHO BI THƯ" for PHÓ BÍ THƯ; "BÍ THƯ" is one letter off, then "PHÓ BÍ THƯ".
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["PHO BI THƯ"]))
    #expect(repaired.map(\.text) == ["PHÓ", "BÍ", "THƯ"])
    #expect(repairs == ["BI→BÍ", "PHO→PHÓ"])
}

@Test func aPhraseWrappedAcrossLinesIsReadWhole() {
    // Held-out seeds: "đạt được một số kết / quả bước đầu" was made "một sơ kết" ("sơ kết" is a
    // phrase; "kết quả", read exactly, was on the next line).
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["đạt được một số kết", "quả bước đầu"]))
    #expect(repaired.map(\.text).joined(separator: " ") == "đạt được một số kết quả bước đầu")
    #expect(repairs.isEmpty)
    // A phrase inside the line is still repaired when the words across the wrap agree.
    #expect(PageTextRepair.standard.repair(words(["công tác tống kết", "năm 2024"])).words.map(\.text).joined(separator: " ")
        == "công tác tổng kết năm 2024")
}

@Test func aNumberWithABarForItsOneAndAPhraseWithoutItsSpaceAreReadRight() {
    // Held-out seeds: "I2" and "202]" for 12 and 2021; "Nơinhận:" for "Nơi nhận:".
    #expect(PageTextRepair.digitSlip("I2") == "12" && PageTextRepair.digitSlip("202],") == "2021," && PageTextRepair.digitSlip("2O19") == "2019")
    for word in ["I.", "II", "12", "I2C", "QĐ-2", "l"] { #expect(PageTextRepair.digitSlip(word) == nil, "\(word)") }
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["Nơinhận:", "- Như trên;"]))
    #expect(repaired.map(\.text) == ["Nơi", "nhận:", "-", "Như", "trên;"])
    #expect(repairs == ["Nơinhận:→Nơi nhận:"])
    #expect(PageTextRepair.standard.lexicon.unglued("Nơinhân") == ["Nơi", "nhân"])
    #expect(PageTextRepair.standard.lexicon.unglued("nhận") == nil && PageTextRepair.standard.lexicon.unglued("Nơinhậnxét") == nil)
}

@Test func anAuthorityMarkReadWithABarForItsSlashIsTheMark() {
    // Held-out seeds: "TÍM BAN THƯỜNG VỤ", "TIM ĐẢNG ỦY", "TIL CHÁNH VĂN PHÒNG".
    let (repaired, _) = PageTextRepair.standard.repair(words(["TÍM BAN THƯỜNG VỤ", "TIL CHÁNH VĂN PHÒNG", "KIT CHỦ TỊCH"]))
    #expect(repaired.map(\.text).joined(separator: " ") == "T/M BAN THƯỜNG VỤ T/L CHÁNH VĂN PHÒNG K/T CHỦ TỊCH")
    // Before no body or position, it stays: "TIM MẠCH" is a word.
    let kept = words(["TIM MẠCH", "KIT xét nghiệm"])
    #expect(PageTextRepair.standard.repair(kept).words.map(\.text) == kept.map(\.text))
}

/// Seed 8400: "kỷ niệm 95 nắm Ngày thành lập" in a subject; a number comes before years, never
/// before "nắm" (to grasp) or "nằm" (to lie).
@Test func yearsAfterANumberGetTheirTone() {
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["kỷ niệm 95 nắm Ngày thành lập", "sau 3 nằm,", "nắm bắt tình hình"]))
    #expect(repaired.map(\.text) == ["kỷ", "niệm", "95", "năm", "Ngày", "thành", "lập", "sau", "3", "năm,", "nắm", "bắt", "tình", "hình"])
    #expect(Set(repairs) == ["nắm→năm", "nằm,→năm,"])
}

@Test func aHyphenGluedBetweenTwoPhrasesIsNoWord() {
    // Blind seed 9400: "Ban Thường vụ-Tỉnh ủy (để báo cáo);" in a recipient list escaped review.
    let (repaired, repairs) = PageTextRepair.standard.repair(words(["- Ban Thường vụ-Tỉnh ủy (để báo cáo);"]))
    #expect(repaired.map(\.text) == ["-", "Ban", "Thường", "vụ", "Tỉnh", "ủy", "(để", "báo", "cáo);"])
    #expect(repairs == ["vụ-Tỉnh→vụ Tỉnh"])
    // A hyphen of the text stays: "Mác-Lênin" is no two phrases. Two places are cut: print
    // sets them apart with a spaced dash ("Hà Nội - Hải Phòng"), which the engine reads apart.
    let kept = words(["chủ nghĩa Mác-Lênin", "Hà Nội-Hải Phòng"])
    #expect(PageTextRepair.standard.repair(kept).words.map(\.text) == ["chủ", "nghĩa", "Mác-Lênin", "Hà", "Nội", "Hải", "Phòng"])
}
