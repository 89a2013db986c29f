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
    public static let standard = PageTextRepair(lexicon: PhraseLexicon(headings + documentParts + AdministrativeVocabulary.phrases,
                                                                       maximumLetterEdits: 1))

    static let headings = [
        "Đảng Cộng sản Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận", "Kính gửi",
    ]

    /// What documents print beside their subject: the type's name as their title ("BIÊN BẢN"),
    /// a plan's first headings ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"), and a province after "tỉnh"
    /// ("TỈNH GIA LAI", whose "TĨNH" is a word too). Left out: phrases that fold like common words
    /// of running text ("thư công": thủ công, "bản đồ": bản đó, "trên đây": trên đấy), which the
    /// lexicon would rewrite.
    static let documentParts = DocumentTypeCatalog.standard.entries.map(\.nativeName).filter { !["Thư công", "Bản đồ"].contains($0) }
        + ["mục đích", "yêu cầu", "nội dung"]
        + Provinces.names.map { "tỉnh \($0)" }

    /// The words with glued capitals and page numbers cut apart, boxed marks cleaned and misread
    /// phrase words rewritten, and "ĐÁNG→ĐẢNG" for each change.
    public func repair(_ read: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        var repairs: [String] = []
        let lineOf = Dictionary(uniqueKeysWithValues: read.lineRanges.flatMap { range in range.map { ($0, range) } })
        let words = rejoinSplitSyllables(read.indices.flatMap { index in
            let word = read[index]
            if let reread = Self.syllableOfSecondRead(word) {
                repairs.append("\(word.text)→\(reread.text) (second read)")
                return [reread]
            }
            guard let pieces = cutApart(word.text) ?? lineOf[index].flatMap({ hyphenParts(at: index, in: read, line: $0) }) else { return [word] }
            repairs.append("\(word.text)→\(pieces.joined(separator: " "))")
            return word.split(into: pieces)
        }, repairs: &repairs)
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
            if let (index, text) = Self.archiveLabel(in: repaired[range]) { rewrite(index, text) }
            if let (index, text) = Self.archiveOffice(in: repaired[range]) { rewrite(index, text) }
            if let (index, text) = Self.authorityMark(in: repaired[range]) { rewrite(index, text) }
            for (index, text) in Self.yearsAfterNumbers(in: repaired[range]) { rewrite(index, text) }
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

    /// The word as the OCR stage's second read of its line gives it, where the first read is no
    /// syllable, having read a mark as a vowel of its own, and the second is one with its letters
    /// ("ĐÁẢNG" read again "ĐẢNG", "KIÊỀU" read again "KIỀU"): a word misread, not words glued.
    /// Its `reread` is then the first read, for the metadata stage to weigh. Words whose reads
    /// differ in marks alone stay as the page read them ("KIEU" read again "KIỂU" for Kiều: the
    /// second read's marks are one reading). Nil for any other word.
    static func syllableOfSecondRead(_ word: RecognizedWord) -> RecognizedWord? {
        let read = Token(Substring(word.text))
        guard let reread = word.reread.map({ String(Token(Substring($0)).core) }), !read.core.isEmpty,
              !VietnameseSyllable.isValid(String(read.core)), VietnameseSyllable.isValid(reread),
              VietnameseFolding.fold(String(read.core)) != VietnameseFolding.fold(reread),
              VietnameseFolding.sameLetters(String(read.core), reread) else { return nil }
        var mended = word
        mended.text = String(read.lead) + reread + String(read.tail)
        mended.reread = word.text
        return mended
    }

    /// The two words a hyphen the engine glued between them joins, when the first ends a phrase
    /// of the lexicon and the second opens one ("Ban Thường vụ-Tỉnh ủy", blind seed 9400); nil
    /// otherwise ("Mác-Lênin" stays).
    func hyphenParts(at index: Int, in words: [RecognizedWord], line: Range<Int>) -> [String]? {
        let token = Token(Substring(words[index].text))
        let parts = token.core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.first?.isLetter == true && $0.last?.isLetter == true }) else { return nil }
        let printed = line.flatMap { $0 == index ? parts : [String(Token(Substring(words[$0].text)).core)] }
        let boundary = index - line.lowerBound + 1
        guard lexicon.knows(printed, around: boundary - 1), lexicon.knows(printed, around: boundary) else { return nil }
        return [String(token.lead) + parts[0], parts[1] + String(token.tail)]
    }

    /// The words a word the engine ran together is made of: capitals glued, a page number without
    /// its spaces, words either side of a comma ("VT,TH."), a set phrase without its space
    /// ("Nơinhận:"); nil for any other word.
    func cutApart(_ text: String) -> [String]? {
        if let pieces = GluedSyllables.split(text) ?? Self.pageNumberParts(text) ?? Self.commaParts(text) { return pieces }
        let token = Token(Substring(text))
        guard let pieces = lexicon.unglued(String(token.core)) else { return nil }
        return [String(token.lead) + pieces[0]] + Array(pieces[1..<(pieces.count - 1)]) + [pieces[pieces.count - 1] + String(token.tail)]
    }
}
