import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// One page of lines, each a run of words on its own line.
private func page(_ lines: [String]) -> [RecognizedWord] {
    lines.enumerated().flatMap { line, text in
        text.split(separator: " ").enumerated().map { offset, word in
            RecognizedWord(text: String(word), confidence: 90,
                           box: PixelBox(left: 100 + offset * 150, top: 100 + line * 60, right: 240 + offset * 150, bottom: 140 + line * 60),
                           block: 0, line: line)
        }
    }
}

@Test func headingNumeralsMissingAStrokeAreWrittenBackAcrossPages() {
    let pages = [
        page(["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm việc sắp xếp", "II NỘI DUNG THỰC HIỆN", "2. Rà soát hồ sơ"]),
        page(["II. TỔ CHỨC THỰC HIỆN", "1. Các huyện ủy trực thuộc"]),
    ]
    let (repaired, repairs) = SectionNumbering.repair(pages)
    #expect(repaired[0][0].text == "I.")
    #expect(repaired[0].first { $0.text.hasPrefix("II") }?.text == "II.")
    #expect(repaired[1][0].text == "III.")
    #expect(repairs == [["II→II."], ["II.→III."]])
}

@Test func anHForTwoStrokesIsRead() {
    let (repaired, _) = SectionNumbering.repair([page(["I. TÌNH HÌNH", "H. QUAN ĐIỂM VÀ MỤC TIÊU", "III. NHIỆM VỤ"])])
    #expect(repaired[0].filter { $0.line == 1 }.first?.text == "II.")
}

@Test func aRunReadAsOtherNumeralsMostlyIsLeftAsRead() {
    // Two of three headings read as other numerals: more likely not one run.
    let pages = [page(["I. MỤC ĐÍCH", "I. NỘI DUNG", "II. TỔ CHỨC THỰC HIỆN"])]
    #expect(SectionNumbering.repair(pages).repairs == [[]])
}

@Test func aRunThatDoesNotFitIsLeftAsRead() {
    // A heading missed (glued or unread) shifts the run: "IV." cannot be the third heading.
    let pages = [page(["H. QUAN ĐIỂM VÀ MỤC TIÊU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. TỔ CHỨC THỰC HIỆN"])]
    let (repaired, repairs) = SectionNumbering.repair(pages)
    #expect(repaired[0].map(\.text) == pages[0].map(\.text))
    #expect(repairs == [[]])
}

@Test func numberedListsAndLowerCaseLinesAreNotHeadings() {
    let pages = [page(["I. KẾT QUẢ", "1. Công tác chỉ đạo", "II. Tồn tại và hạn chế của năm", "I. PHƯƠNG HƯỚNG"])]
    // "II. Tồn tại…" is not in capitals: not a heading, so "I. PHƯƠNG HƯỚNG" is the second and "I." one stroke short.
    #expect(SectionNumbering.headings(in: pages).count == 2)
    #expect(SectionNumbering.repair(pages).repairs == [["I.→II."]])
}

@Test func aNumeralGluedToItsHeadingIsSplitOff() {
    let pages = [page(["IL.TÌNH HÌNH", "II. QUAN ĐIỂM VÀ MỤC TIÊU", "III. NHIỆM VỤ"])]
    let (repaired, repairs) = SectionNumbering.repair(pages)
    let first = repaired[0].filter { $0.line == 0 }
    #expect(first.map(\.text) == ["I.", "TÌNH", "HÌNH"])
    #expect(first[0].box.right == first[1].box.left)
    #expect(repairs == [["IL.TÌNH→I. (split from its heading)"]])
}

@Test func aMarkInItsBoxIsNoHeading() {
    // Held-out seed 6700: "| TỐI MẬT", the box's left side read as a bar, was made "I. TỐI MẬT",
    // and the document's first heading would have become its second.
    let pages = [page(["| TỐI MẬT", "I. MỤC ĐÍCH", "II. NỘI DUNG"])]
    #expect(SectionNumbering.headings(in: pages).count == 2)
    #expect(SectionNumbering.repair(pages).repairs == [[]])
}
