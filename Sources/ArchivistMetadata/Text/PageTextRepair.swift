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
            let token = Token(Substring(word.text))
            let phrase = lexicon.unglued(String(token.core)).map { pieces in
                [String(token.lead) + pieces[0]] + pieces.dropFirst().dropLast() + [pieces[pieces.count - 1] + String(token.tail)]
            }
            guard let pieces = GluedSyllables.split(word.text) ?? Self.pageNumberParts(word.text) ?? phrase else { return [word] }
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
            if let text = Self.sectionSignRead(words[index].text) ?? Self.letterSlip(words[index].text) ?? Self.digitSlip(words[index].text) {
                rewrite(index, text)
            }
        }
        let lines = words.lineRanges
        for (position, range) in lines.enumerated() {
            for (index, text) in Self.boxedMarks(in: repaired[range]) { rewrite(index, text) }
            if let (index, text) = Self.archiveOffice(in: repaired[range]) { rewrite(index, text) }
            if let (index, text) = Self.authorityMark(in: repaired[range]) { rewrite(index, text) }
            // The line is read alone and with the words around its ends (same block), and a word
            // is rewritten only when both readings agree: a phrase wrapped across lines ("một số
            // kết / quả") then keeps "sơ kết" from being read into it, and no phrase is made
            // across a wrap either ("cần đầy / mạnh").
            let before = position > 0 && words[lines[position - 1].lowerBound].block == words[range.lowerBound].block
                ? Array(lines[position - 1].suffix(2)) : []
            let after = position + 1 < lines.count && words[lines[position + 1].lowerBound].block == words[range.lowerBound].block
                ? Array(lines[position + 1].prefix(2)) : []
            // One token per word: engine words hold no spaces.
            guard (before + Array(range) + after).allSatisfy({ !repaired[$0].text.contains(" ") && !repaired[$0].text.isEmpty }) else { continue }
            // A second reading of the line repaired once: a phrase two letters off ("PHO BI THƯ")
            // is one letter off once a shorter phrase inside it was repaired ("BÍ THƯ").
            for _ in 0..<2 {
                let alone = lexicon.read(range.map { repaired[$0].text }.joined(separator: " ")).text.split(separator: " ", omittingEmptySubsequences: false)
                let read = (before + Array(range) + after).map { repaired[$0].text }
                let tokens = lexicon.read(read.joined(separator: " ")).text.split(separator: " ", omittingEmptySubsequences: false)
                guard alone.count == range.count, tokens.count == read.count else { break }
                let agreed = zip(alone, tokens[before.count...]).map { $0 == $1 ? $0 : nil }
                let changes = zip(range, agreed).filter { index, token in token.map { repaired[index].text != $0 } ?? false }
                guard !changes.isEmpty else { break }
                for (index, token) in changes { rewrite(index, String(token!)) }
            }
        }
        return (repaired, repairs)
    }

    /// "-2-": a page number printed "- 2 -" whose narrow spaces the engine lost, as its dashes and number.
    static func pageNumberParts(_ word: String) -> [String]? {
        guard let match = word.wholeMatch(of: /([-–—])(\d{1,4})([-–—])/) else { return nil }
        return [String(match.output.1), String(match.output.2), String(match.output.3)]
    }

    /// The archive line's first code, VT (văn thư: Decree 30 files every document's copy there),
    /// when read with its T as a bar ("Lưu: VL", "Lưu VI,"), which no archive code is.
    static func archiveOffice(in line: ArraySlice<RecognizedWord>) -> (index: Int, text: String)? {
        // After the item's dash, if any.
        guard let label = line.firstIndex(where: { !Token(Substring($0.text)).core.isEmpty }), label + 1 < line.endIndex,
              VietnameseFolding.fold(String(Token(Substring(line[label].text)).core)) == "luu" else { return nil }
        let index = label + 1
        let token = Token(Substring(line[index].text))
        guard token.core.count == 2, token.core.first == "V", let second = token.core.last, "LIl|1".contains(second),
              !AdministrativeTerms.archiveCodes.contains(String(token.core)) else { return nil }
        return (index, String(token.lead) + "VT" + String(token.tail))
    }

    /// A number with a 1 read as a bar or bracket ("I2", "202]", "l5") or a 0 as an O ("2O19"):
    /// digits and such marks alone, one digit at least, as the number.
    static func digitSlip(_ word: String) -> String? {
        let core = word.prefix { !",.;:".contains($0) }
        guard core.count >= 2, core.contains(where: \.isNumber), core.contains(where: { !$0.isNumber }),
              core.allSatisfy({ $0.isNumber || "Il|]Oo".contains($0) }) else { return nil }
        return core.map { "Oo".contains($0) ? "0" : ($0.isNumber ? String($0) : "1") }.joined() + word.dropFirst(core.count)
    }

    /// An authority mark read with a bar or an accented I for its slash ("TIM", "TÍM", "KIT",
    /// "TIL") before the body or position it signs for ("TÍM BAN THƯỜNG VỤ"): T/M, K/T, T/L.
    static func authorityMark(in line: ArraySlice<RecognizedWord>) -> (index: Int, text: String)? {
        guard let first = line.firstIndex(where: { !Token(Substring($0.text)).core.isEmpty }), first + 1 < line.endIndex else { return nil }
        let core = Token(Substring(line[first].text)).core
        guard core.count == 3, let mark = ["TM": "T/M", "KT": "K/T", "TL": "T/L"]["\(core.first!)\(core.last!)"],
              "IÍÌl|1!".contains(core[core.index(after: core.startIndex)]) else { return nil }
        let body = line[(first + 1)...].prefix { $0.text.allSatisfy { !$0.isLowercase } }.map(\.text).joined(separator: " ")
        guard let (_, similarity) = SignerPositions.closestAuthority(to: body), similarity >= 0.8 else { return nil }
        return (first, mark)
    }

    /// A lower-case word with a capital inside it ("kỊp": ị and Ị differ by size alone) or a 1 or 0
    /// between its letters ("g1ao", "h0ạt"), as the syllable it is once that letter is read small:
    /// no Vietnamese word is printed so. Nil when the result is no syllable.
    static func letterSlip(_ word: String) -> String? {
        let token = Token(Substring(word))
        let core = Array(token.core)
        guard core.count >= 3, core[0].isLowercase, core.contains(where: \.isLetter) else { return nil }
        var changed = false
        let read = core.indices.map { index -> Character in
            let letter = core[index]
            if letter.isUppercase {
                changed = true
                return Character(letter.lowercased())
            }
            guard "10".contains(letter), index > 0, index < core.count - 1, core[index - 1].isLetter, core[index + 1].isLetter else { return letter }
            changed = true
            return letter == "1" ? "i" : "o"
        }
        guard changed, read.allSatisfy(\.isLetter), VietnameseSyllable.isValid(String(read)) else { return nil }
        return String(token.lead) + String(read) + String(token.tail)
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
