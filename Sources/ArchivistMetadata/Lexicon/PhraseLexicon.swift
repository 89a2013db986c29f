/// A closed vocabulary of multi-word phrases ("Ban Tổ chức", "Thủ Dầu Một") matched on
/// diacritic-folded words. A phrase whose words fold the same as the text but differ in marks
/// is a misread of that phrase ("BAN TỐ CHỨC", "Sơ Nội vụ"): the words are rewritten with the
/// lexicon's marks and the text's case, and each change is recorded. Single words are never
/// repaired ("sơ" is a word too), except acronyms ("HDND" → "HĐND").
public struct PhraseLexicon: Sendable {
    /// Phrases (their words, and the words folded) by the folded key of their first word,
    /// longest first.
    private let phrases: [String: [(words: [String], folded: [String])]]
    /// The folded words of the phrases of two words or more, by those words joined with no space.
    private let gluedKeys: [String: [[String]]]
    /// The phrases of two words, by their second word folded.
    private let twoWordPhrases: [String: [(words: [String], folded: [String])]]
    /// When set, a misread word may differ from the phrase's in this many letters at most
    /// ("hồ trợ" → "hỗ trợ" is one): running text needs the stricter test, names of bodies less.
    public var maximumLetterEdits: Int?

    public init(_ entries: [String], maximumLetterEdits: Int? = nil) {
        self.maximumLetterEdits = maximumLetterEdits
        var phrases: [String: [(words: [String], folded: [String])]] = [:]
        for entry in entries {
            let words = entry.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
            guard let first = words.first, words.count >= 2 || Self.isAcronym(first) else { continue }
            let folded = words.map(VietnameseFolding.fold)
            phrases[folded[0], default: []].append((words, folded))
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        twoWordPhrases = Dictionary(grouping: phrases.values.joined().filter { $0.words.count == 2 }) { $0.folded[1] }
        gluedKeys = phrases.values.joined().filter { $0.words.count >= 2 }
            .reduce(into: [:]) { keys, phrase in keys[phrase.folded.joined(), default: []].append(phrase.folded) }
    }

    /// The words of a phrase the engine read without its spaces ("Nơinhận" → ["Nơi", "nhận"]):
    /// the word, folded, is a phrase's words joined, and prints them so but for case and marks
    /// the phrase then repairs; nil otherwise.
    public func unglued(_ word: String) -> [String]? {
        guard let candidates = gluedKeys[VietnameseFolding.fold(word)], let phrase = candidates.first,
              candidates.allSatisfy({ $0 == phrase }) else { return nil }
        var pieces: [String] = [], rest = Substring(word)
        for folded in phrase {
            pieces.append(String(rest.prefix(folded.count)))
            rest = rest.dropFirst(folded.count)
        }
        return pieces
    }

    /// What matching a text against the lexicon found.
    public struct Reading: Sendable, Hashable {
        /// The text with misread phrase words rewritten.
        public var text: String
        /// "TỐ→TỔ" for each rewritten word.
        public var repairs: [String]
        /// Folded words the lexicon vouches for: they belong to a matched phrase.
        public var confirmed: Set<String>
        /// "Sở (sở?)": phrase words read in the other case on a letter OCR cannot tell by shape.
        public var caseDoubts: [String] = []
        /// "đáng (đảng?)": words after a phrase read exactly that a longer phrase reads with other
        /// marks ("tổ chức đáng" beside "tổ chức đảng"): the exact phrase wins, the rest is unsure.
        public var lookAlikes: [String] = []
        /// Phrase words read in the other case on letters whose case OCR can see ("đảng Ủy"): the
        /// lexicon vouches for their letters, not their case, which is as sure as the word's read.
        public var otherCase: [String] = []
    }

    public func read(_ text: String) -> Reading {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(Token.init)
        let words = tokens.indices.filter { !tokens[$0].core.isEmpty }
        let foldedWords = words.map { VietnameseFolding.fold(String(tokens[$0].core)) }
        var repairs: [String] = [], confirmed: Set<String> = [], caseDoubts: [String] = [], otherCase: [String] = []
        var lookAlikes: [(token: Int, canonical: String)] = []
        var position = 0
        while position < words.count {
            // Of the phrases the words could be, the one read with the fewest misread words: a
            // phrase read exactly ("Thủ trưởng") is never rewritten into another ("Thứ trưởng").
            let candidates = (phrases[foldedWords[position]] ?? []).compactMap { phrase -> (phrase: [String], misread: Int)? in
                guard position + phrase.words.count <= words.count,
                      phrase.folded.indices.allSatisfy({ foldedWords[position + $0] == phrase.folded[$0] }) else { return nil }
                let read = phrase.words.indices.map { String(tokens[words[position + $0]].core) }
                // Most of a phrase must be read right: one misread word in two, two in four.
                let misread = zip(read, phrase.words).filter { !Self.samePrinting($0, $1) }
                let close = maximumLetterEdits.map { limit in misread.allSatisfy { Self.letterEdits($0, $1) <= limit } } ?? true
                return close && misread.count * 2 <= max(phrase.words.count, 2) ? (phrase.words, misread.count) : nil
            }
            let best = candidates.min { ($0.misread, -$0.phrase.count) < ($1.misread, -$1.phrase.count) }
            if best == nil {
                let printed = words.map { String(tokens[$0].core) }
                if let (offset, near) = nearMiss(at: position, folded: foldedWords, printed: printed) {
                    lookAlikes.append((words[position + offset], near))
                }
                if let near = nearMissBefore(at: position, folded: foldedWords, printed: printed) { lookAlikes.append((words[position], near)) }
                lookAlikes += otherMarks(at: position, folded: foldedWords, printed: printed).map { (words[position + $0.offset], $0.word) }
            }
            // Nor is a phrase read exactly broken up to repair another: in "một số kết quả", "kết
            // quả" stands as printed, so "số kết" is no misread "sơ kết".
            guard let phrase = best?.phrase, best?.misread == 0
                    || !exactPhraseCrosses(from: position + 1, to: position + phrase.count, printed: words.map { String(tokens[$0].core) })
            else { position += 1; continue }
            // Nor is a personal name: "Lý Văn Thu Phúc" holds "văn thư", read in a name's capitals.
            if best?.misread != 0, Self.readsAsName(words.map { String(tokens[$0].core) }, at: position, phrase: phrase) {
                position += 1
                continue
            }
            for longer in candidates where longer.phrase.count > phrase.count {
                for offset in phrase.count..<longer.phrase.count {
                    let read = String(tokens[words[position + offset]].core)
                    if !Self.samePrinting(read, longer.phrase[offset]) { lookAlikes.append((words[position + offset], longer.phrase[offset])) }
                }
            }
            for (offset, canonical) in phrase.enumerated() {
                let index = words[position + offset]
                // Debris OCR left inside the phrase ("đảng. viên", "Ủy ban. Kiểm tra"); commas, colons
                // ("Lưu: VT") and the period of an abbreviation ("TP.") stay.
                if offset < phrase.count - 1, tokens[index].core.contains(where: \.isLowercase) {
                    tokens[index].tail = tokens[index].tail.filter { !"._|'`".contains($0) }
                }
                let read = String(tokens[index].core)
                confirmed.insert(VietnameseFolding.fold(read))
                // The lexicon may list a phrase in both cases ("Ban Chỉ đạo", "ban chỉ đạo"): any will do.
                let spellings = candidates.filter { $0.phrase.count == phrase.count }.map { $0.phrase[offset] }
                if offset > 0, spellings.allSatisfy({ Self.differsInCaseOnlyByShape(read, $0) }) {
                    caseDoubts.append("\(read) (\(canonical)?)")
                } else if offset > 0, spellings.allSatisfy({ Self.differsInCase(read, $0) }) {
                    otherCase.append(read)
                }
                guard !Self.samePrinting(read, canonical) else { continue }
                let rewritten = Self.casing(of: read, applied: canonical)
                repairs.append("\(read)→\(rewritten)")
                tokens[index].core = Substring(rewritten)
            }
            position += phrase.count
        }
        // A look-alike a later phrase repaired ("HDND" of "Thường trực HDND tỉnh") is no doubt left.
        let unrepaired = lookAlikes.map { (String(tokens[$0.token].core), $0.canonical) }.filter { !Self.samePrinting($0.0, $0.1) }
        return Reading(text: tokens.map(\.text).joined(separator: " "), repairs: repairs, confirmed: confirmed, caseDoubts: caseDoubts,
                       lookAlikes: unrepaired.map { "\($0.0) (\($0.1)?)" }, otherCase: otherCase)
    }

    /// The word after the first of a phrase whose other words are read exactly from `position`,
    /// and which is one letter from the word read there ("thực biện": hiện; "Mặt trận Tổ quốc và
    /// các đoàn thổ": thể, blind seed 9800; "Chủ tịch, cáo PCT": các, blind seed 10000), with its
    /// offset; nil otherwise. A letter misread into another word ("biện", "khiến") is no mark the
    /// lexicon can repair.
    private func nearMiss(at position: Int, folded: [String], printed: [String]) -> (offset: Int, word: String)? {
        for phrase in phrases[folded[position]] ?? [] where position + phrase.words.count <= printed.count {
            let misread = phrase.words.indices.filter { !Self.samePrinting(printed[position + $0], phrase.words[$0]) }
            guard misread.count == 1, let offset = misread.first, offset > 0, printed[position + offset].count >= 3,
                  Self.oneLetterApart(Array(phrase.folded[offset]), Array(folded[position + offset])) else { continue }
            return (offset, phrase.words[offset])
        }
        return nil
    }

    /// The words read with other marks than a phrase whose letters they all have, when too many
    /// are for the phrase to repair them ("Ban Thường vụ Tinh úy": Tỉnh ủy, blind seed 9800).
    private func otherMarks(at position: Int, folded: [String], printed: [String]) -> [(offset: Int, word: String)] {
        let phrase = (phrases[folded[position]] ?? []).first { phrase in
            phrase.words.count >= 2 && position + phrase.words.count <= printed.count
                && phrase.folded.indices.allSatisfy { folded[position + $0] == phrase.folded[$0] }
        }
        guard let phrase else { return [] }
        return phrase.words.indices.filter { !Self.samePrinting(printed[position + $0], phrase.words[$0]) }.map { ($0, phrase.words[$0]) }
    }

    /// The first word of a two-word phrase whose second word is read exactly after the word at
    /// `position`, and whose first is one letter from it ("khiến nại": khiếu; "bồ sơ": hồ, a word
    /// of two letters with the same marks); nil otherwise.
    private func nearMissBefore(at position: Int, folded: [String], printed: [String]) -> String? {
        guard position + 1 < printed.count, printed[position].count >= 2 else { return nil }
        let read = Array(folded[position]), short = printed[position].count == 2
        return twoWordPhrases[folded[position + 1]]?.first { phrase in
            Self.samePrinting(printed[position + 1], phrase.words[1]) && Self.oneLetterApart(Array(phrase.folded[0]), read)
                && (!short || Self.oneLetterApart(Array(ToneMarks.canonical(phrase.words[0].lowercased())),
                                                  Array(ToneMarks.canonical(printed[position].lowercased()))))
        }?.words[0]
    }

    private static func oneLetterApart(_ a: [Character], _ b: [Character]) -> Bool {
        a.count == b.count && zip(a, b).filter { $0 != $1 }.count == 1
    }

    /// True when a word opens in the other case than the phrase's word, and is no word of capitals.
    static func differsInCase(_ read: String, _ canonical: String) -> Bool {
        guard let first = read.first, let head = canonical.first else { return false }
        return first.isUppercase != head.isUppercase && !read.dropFirst().contains(where: \.isUppercase) && !isAcronym(canonical)
    }

    /// True when a word inside a phrase opens in the other case than the phrase's, on a letter whose
    /// capital is its small form enlarged (c, o, ô, ơ, s, v, w, x, z): OCR reads "Các Sở, ban, ngành"
    /// for "Các sở, ban, ngành". Words in capitals (header lines) are not concerned.
    static func differsInCaseOnlyByShape(_ read: String, _ canonical: String) -> Bool {
        guard let first = read.first, let head = canonical.first, first.isUppercase != head.isUppercase,
              !read.dropFirst().contains(where: \.isUppercase), !isAcronym(canonical) else { return false }
        return "cosvwxz".contains(VietnameseFolding.fold(String(first)))
    }

    /// True when the words at `position` follow a family name (marks aside: "Đỉnh" may be a
    /// misread Đinh) or a usual given name in a name's capitals ("Lý Văn Thu", "Thị Phương
    /// Hường") where the phrase prints a small letter ("văn thư", "phương hướng"): a name, not
    /// the phrase.
    static func readsAsName(_ printed: [String], at position: Int, phrase: [String]) -> Bool {
        func titleCased(_ word: String) -> Bool {
            guard let first = word.first else { return false }
            return first.isUppercase && !word.dropFirst().contains(where: \.isUppercase)
        }
        guard position > 0, titleCased(printed[position - 1]),
              Surnames.foldsLikeOne(printed[position - 1]) || GivenNames.isUsual(printed[position - 1]),
              phrase.dropFirst().contains(where: { $0.first?.isLowercase ?? false }) else { return false }
        return printed[position..<(position + phrase.count)].allSatisfy(titleCased)
    }

    /// True when a phrase read exactly starts at one of `starts` and ends beyond `end`.
    private func exactPhraseCrosses(from first: Int, to end: Int, printed: [String]) -> Bool {
        (first..<end).contains { start in
            (phrases[VietnameseFolding.fold(printed[start])] ?? []).contains { phrase in
                start + phrase.words.count > end && start + phrase.words.count <= printed.count
                    && zip(printed[start...], phrase.words).allSatisfy { Self.samePrinting($0, $1) }
            }
        }
    }

    /// True when the words, as printed, run through a phrase of the lexicon that covers the
    /// word at `index` ("cấp" in "hành chính cấp xã").
    public func knows(_ words: [String], around index: Int) -> Bool {
        knows(words, from: max(0, index - 3)...index, through: index)
    }

    /// True when the words, as printed, run through a phrase of the lexicon that starts before
    /// `boundary` and goes on past it ("Ban" / "Chấp hành" wrapped at a line's end).
    public func spans(_ words: [String], across boundary: Int) -> Bool {
        boundary > 0 && boundary < words.count && knows(words, from: max(0, boundary - 4)...(boundary - 1), through: boundary)
    }

    private func knows(_ words: [String], from starts: ClosedRange<Int>, through index: Int) -> Bool {
        for start in starts {
            let key = VietnameseFolding.fold(words[start])
            for phrase in phrases[key] ?? [] where start + phrase.words.count > index && start + phrase.words.count <= words.count {
                if zip(words[start...], phrase.words).allSatisfy({ Self.samePrinting($0, $1) }) { return true }
            }
        }
        return false
    }

    /// How many letters differ between two words that fold the same ("hồ", "hỗ" → 1).
    static func letterEdits(_ a: String, _ b: String) -> Int {
        let x = Array(ToneMarks.canonical(a.lowercased())), y = Array(ToneMarks.canonical(b.lowercased()))
        guard x.count == y.count else { return max(x.count, y.count) }
        return zip(x, y).filter { $0 != $1 }.count
    }

    /// Equal but for case and tone placement ("UỶ" and "ủy").
    static func samePrinting(_ a: String, _ b: String) -> Bool {
        ToneMarks.equivalent(a.lowercased(), b.lowercased())
    }

    static func isAcronym(_ word: String) -> Bool {
        word.count >= 3 && word.allSatisfy { $0.isUppercase }
    }

    /// The canonical word in the case the text used: "TỔ" for "TỐ", "Sở" for "Sơ".
    static func casing(of read: String, applied canonical: String) -> String {
        if isAcronym(canonical) { return canonical }
        let letters = read.filter(\.isLetter)
        if letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return canonical.uppercased() }
        guard let first = read.first, let head = canonical.first else { return canonical }
        return (first.isUppercase ? head.uppercased() : head.lowercased()) + canonical.dropFirst().lowercased()
    }
}

/// A space-separated token split into leading punctuation, the word, trailing punctuation.
struct Token {
    var lead: Substring, core: Substring, tail: Substring

    init(_ text: Substring) {
        let start = text.firstIndex { $0.isLetter || $0.isNumber } ?? text.endIndex
        let end = text.lastIndex { $0.isLetter || $0.isNumber }.map { text.index(after: $0) } ?? start
        lead = text[..<start]
        core = start < end ? text[start..<end] : ""
        tail = text[max(end, start)...]
    }

    var text: String { String(lead) + String(core) + String(tail) }
}
