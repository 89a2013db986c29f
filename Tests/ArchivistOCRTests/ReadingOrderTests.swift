import ArchivistCore
@testable import ArchivistOCR
import Testing

/// Words laid out like a page: each row is (line number, [(text, left, right)]).
private func layout(_ rows: [(Int, [(String, Int, Int)])]) -> [RecognizedWord] {
    rows.flatMap { line, words in
        words.map { RecognizedWord(text: $0.0, confidence: 95, box: PixelBox(left: $0.1, top: line * 50, right: $0.2, bottom: line * 50 + 40),
                                   block: 1, line: line) }
    }
}

@Test func twoColumnHeaderIsReadLeftColumnThenRight() {
    let words = layout([
        (1, [("ĐẢNG", 300, 420), ("BỘ", 430, 490), ("TỈNH", 500, 600), ("ĐẢNG", 1400, 1520), ("CỘNG", 1530, 1650), ("SẢN", 1660, 1760)]),
        (2, [("HUYỆN", 320, 480), ("ỦY", 490, 560)]),
        (3, [("*", 440, 460)]),
        (4, [("Số", 300, 360), ("45-KL/HU", 370, 600), ("Dầu", 1350, 1440), ("Tiếng,", 1450, 1600), ("ngày", 1610, 1700)]),
        (5, [("KẾT", 1100, 1200), ("LUẬN", 1210, 1380)]),
        (6, [("Ngày", 300, 400), ("15", 410, 450), ("tháng", 460, 580), ("8,", 590, 620), ("Ban", 630, 700), ("Thường", 710, 860),
             ("vụ", 870, 910), ("Huyện", 920, 1060), ("ủy", 1070, 1110), ("đã", 1120, 1170), ("nghe", 1180, 1290), ("báo", 1300, 1400),
             ("cáo", 1410, 1500), ("kết", 1510, 1580), ("quả", 1590, 1680), ("kiểm", 1690, 1800), ("tra", 1810, 1870)]),
    ])
    #expect(ReadingOrder.lines(of: words, pageWidth: 2480) == [
        "ĐẢNG BỘ TỈNH", "HUYỆN ỦY", "*", "Số 45-KL/HU",
        "ĐẢNG CỘNG SẢN", "Dầu Tiếng, ngày",
        "KẾT LUẬN",
        "Ngày 15 tháng 8, Ban Thường vụ Huyện ủy đã nghe báo cáo kết quả kiểm tra",
    ])
}

@Test func recipientsAndSignatureBlockAreReadOneAfterTheOther() {
    let words = layout([
        (1, [("Nơi", 300, 380), ("nhận:", 390, 500), ("T/M", 1500, 1600), ("BAN", 1610, 1700)]),
        (2, [("-", 300, 310), ("Như", 320, 400), ("trên;", 410, 500), ("BÍ", 1550, 1600), ("THƯ", 1610, 1700)]),
        (3, [("-", 300, 310), ("Lưu", 320, 400), ("VT.", 410, 480)]),
        (4, [("Nguyễn", 1500, 1640), ("Văn", 1650, 1730), ("An", 1740, 1800)]),
    ])
    #expect(ReadingOrder.lines(of: words, pageWidth: 2480) == ["Nơi nhận:", "- Như trên;", "- Lưu VT.", "T/M BAN", "BÍ THƯ", "Nguyễn Văn An"])
}

@Test func signatureLinesReadApartFromTheRecipientsStillFollowThem() {
    // Held-out seed 5600: the signature block read again under a seal, line by line, between
    // the recipients' lines; no row holds both columns.
    let words = layout([
        (1, [("KT.", 1500, 1580), ("CHỦ", 1590, 1680), ("TỊCH", 1690, 1800)]),
        (2, [("Nơi", 300, 380), ("nhận:", 390, 500)]),
        (3, [("PHÓ", 1480, 1560), ("CHỦ", 1570, 1660), ("TỊCH", 1670, 1780)]),
        (4, [("-", 300, 310), ("Lưu", 320, 400), ("VT.", 410, 480)]),
    ])
    #expect(ReadingOrder.lines(of: words, pageWidth: 2480) == ["Nơi nhận:", "- Lưu VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    // One line at each side (a letter's date beside its greeting) keeps the engine's order.
    let letter = layout([(1, [("14", 1700, 1750), ("October", 1760, 1900)]), (2, [("Dear", 300, 400), ("Ms.", 410, 480)])])
    #expect(ReadingOrder.lines(of: letter, pageWidth: 2480) == ["14 October", "Dear Ms."])
}

@Test func labelValueRowsAndSingleColumnTextKeepTheirOrder() {
    let words = layout([
        (1, [("To:", 300, 380), ("Ms.", 700, 780), ("Nguyen", 790, 960), ("Thi", 970, 1040), ("Lan,", 1050, 1150), ("Director", 1160, 1400)]),
        (2, [("From:", 300, 420), ("Tran", 700, 800), ("Quoc", 810, 920), ("Bao", 930, 1010)]),
        (3, [("short", 300, 420), ("line", 430, 520)]),
    ])
    #expect(ReadingOrder.lines(of: words, pageWidth: 2480) == ["To: Ms. Nguyen Thi Lan, Director", "From: Tran Quoc Bao", "short line"])
}
