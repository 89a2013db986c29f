import ArchivistCore

/// Repairs tone marks the engine misread inside the set phrases of administrative Vietnamese,
/// line by line on a page's words: "ĐÁNG CỘNG SẢN VIỆT NAM", "đầy mạnh", "tống kết" become
/// "ĐẢNG CỘNG SẢN VIỆT NAM", "đẩy mạnh", "tổng kết". A word changes only when its neighbours
/// complete a phrase of the lexicon, most of whose words were read right, and only by one
/// letter's marks; the box and confidence stay, and each change is recorded.
public struct PageTextRepair: Sendable {
    public let lexicon: PhraseLexicon

    public init(lexicon: PhraseLexicon) {
        self.lexicon = lexicon
    }

    /// The headings every Party and State document carries, the subject lexicon, signer
    /// positions and the set phrases of recipient lists.
    public static let standard = PageTextRepair(lexicon: PhraseLexicon(
        headings + SubjectTerms.partyBuilding + SubjectTerms.administration + SubjectTerms.society
            + AdministrativeTerms.party + AdministrativeTerms.state + AdministrativeTerms.recipients + PlaceNames.all
            + SignerPositions.known + SignerPositions.collectives,
        maximumLetterEdits: 1))

    static let headings = [
        "Đảng Cộng sản Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận", "Kính gửi",
    ]

    /// The words with glued capitals and page numbers cut apart, boxed marks cleaned and misread
    /// phrase words rewritten, and "ĐÁNG→ĐẢNG" for each change.
    public func repair(_ read: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        var repairs: [String] = []
        let words = read.flatMap { word in
            guard let pieces = GluedSyllables.split(word.text) ?? Self.pageNumberParts(word.text) else { return [word] }
            repairs.append("\(word.text)→\(pieces.joined(separator: " "))")
            return word.split(into: pieces)
        }
        var repaired = words
        func rewrite(_ index: Int, _ text: String) {
            guard repaired[index].text != text else { return }
            repairs.append("\(repaired[index].text)→\(text)")
            repaired[index].text = text
        }
        for index in words.indices {
            if let text = Self.sectionSignRead(words[index].text) { rewrite(index, text) }
        }
        for range in words.lineRanges {
            for (index, text) in Self.boxedMarks(in: repaired[range]) { rewrite(index, text) }
            let line = repaired[range]
            // One token per word: engine words hold no spaces.
            guard line.allSatisfy({ !$0.text.contains(" ") && !$0.text.isEmpty }) else { continue }
            let tokens = lexicon.read(line.map(\.text).joined(separator: " ")).text.split(separator: " ", omittingEmptySubsequences: false)
            guard tokens.count == line.count else { continue }
            for (index, token) in zip(range, tokens) { rewrite(index, String(token)) }
        }
        return (repaired, repairs)
    }

    /// "-2-": a page number printed "- 2 -" whose narrow spaces the engine lost, as its dashes and number.
    static func pageNumberParts(_ word: String) -> [String]? {
        guard let match = word.wholeMatch(of: /([-–—])(\d{1,4})([-–—])/) else { return nil }
        return [String(match.output.1), String(match.output.2), String(match.output.3)]
    }

    /// "§", which Vietnamese documents do not print, is what the engine reads for an 8 beside
    /// digits ("§4-HD" for 84-HD, "282§") and for an S opening a word ("§ố" for Số).
    static func sectionSignRead(_ word: String) -> String? {
        guard word.contains("§") else { return nil }
        let characters = Array(word)
        let read = characters.indices.map { index -> Character in
            guard characters[index] == "§" else { return characters[index] }
            let before = index > 0 ? characters[index - 1] : nil, after = index + 1 < characters.count ? characters[index + 1] : nil
            if before?.isNumber == true || after?.isNumber == true { return "8" }
            if index == 0, after?.isLetter == true { return "S" }
            return "§"
        }
        let text = String(read)
        return text == word ? nil : text
    }

    /// The words of a line that are a boxed mark, with the mark's spelling.
    static func boxedMarks(in line: ArraySlice<RecognizedWord>) -> [(index: Int, text: String)] {
        var found: [(index: Int, text: String)] = [], index = line.startIndex
        while index < line.endIndex {
            let mark = [2, 1].lazy.compactMap { span in
                index + span <= line.endIndex ? BoxedMarks.restore(line[index..<index + span].map(\.text)) : nil
            }.first
            guard let mark else { index += 1; continue }
            found += zip(index..., mark).map { (index: $0, text: $1) }
            index += mark.count
        }
        return found
    }
}
