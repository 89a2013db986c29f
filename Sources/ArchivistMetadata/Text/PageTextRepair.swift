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
        "Đảng Cộng sản Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc",
    ]

    /// The words with misread phrase words rewritten, and "ĐÁNG→ĐẢNG" for each change.
    public func repair(_ words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        var repaired = words, repairs: [String] = []
        for range in words.lineRanges {
            let line = words[range]
            // One token per word: engine words hold no spaces.
            guard line.allSatisfy({ !$0.text.contains(" ") && !$0.text.isEmpty }) else { continue }
            let reading = lexicon.read(line.map(\.text).joined(separator: " "))
            let tokens = reading.text.split(separator: " ", omittingEmptySubsequences: false)
            guard tokens.count == line.count else { continue }
            for (index, token) in zip(range, tokens) where token != words[index].text {
                repairs.append("\(words[index].text)→\(token)")
                repaired[index].text = String(token)
            }
        }
        return (repaired, repairs)
    }
}
