import ArchivistCore

/// The slips of single words and of a line's first words that the page repair mends: the
/// engine's shape confusions no Vietnamese document prints ("kỊp", "g1ao", "I2", "§4", "TÍM",
/// "Lưu: VL"), and boxed marks with their box sides glued on.
extension PageTextRepair {
    /// "-2-", "_2-", "-_2-": a page number printed "- 2 -" whose narrow spaces the engine lost
    /// (reading one as a low bar), as its dashes and number.
    static func pageNumberParts(_ word: String) -> [String]? {
        // Checked before the patterns, which are slow to run on every word of a page.
        guard word.contains(where: { "-–—".contains($0) }), word.contains(where: \.isNumber),
              let match = word.wholeMatch(of: /_?([-–—])_?(\d{1,4})_?([-–—])_?/)
                ?? word.wholeMatch(of: /(_)(\d{1,4})([-–—])/) else { return nil }
        let dash = { (read: Substring) in read == "_" ? "-" : String(read) }
        return [dash(match.output.1), String(match.output.2), dash(match.output.3)]
    }

    /// "VT,TH.": a comma between letters is followed by a space in Vietnamese print, which the
    /// engine lost (between digits, "1,5", it is a decimal comma and stays).
    static func commaParts(_ word: String) -> [String]? {
        guard let comma = word.firstIndex(of: ","), comma > word.startIndex, word.index(after: comma) < word.endIndex,
              word[word.index(before: comma)].isLetter, word[word.index(after: comma)].isLetter else { return nil }
        let rest = String(word[word.index(after: comma)...])
        return [String(word[...comma])] + (commaParts(rest) ?? [rest])
    }

    /// The archive line's first code, VT (văn thư: Decree 30 files every document's copy there),
    /// when read with its T as a bar ("Lưu: VL", "Lưu VI,"), which no archive code is; and the
    /// mark after it as Decree 30 prints it: a comma before the next code ("Lưu: VT, NV."), the
    /// list's closing period when none follows ("Lưu VT."). The engine takes the period or comma
    /// into the misread letter ("VT." read "VL", "VT," read "VI") or reads one for the other.
    static func archiveOffice(in line: ArraySlice<RecognizedWord>) -> (index: Int, text: String)? {
        // After the item's dash, if any.
        guard let label = line.firstIndex(where: { !Token(Substring($0.text)).core.isEmpty }), label + 1 < line.endIndex,
              VietnameseFolding.fold(String(Token(Substring(line[label].text)).core)) == "luu" else { return nil }
        let index = label + 1
        let token = Token(Substring(line[index].text))
        let misread = token.core.count == 2 && token.core.first == "V" && token.core.last.map { "LIl|1".contains($0) } == true
            && !AdministrativeTerms.archiveCodes.contains(String(token.core))
        guard misread || token.core == "VT", token.lead.isEmpty, ["", ",", ".", ";"].contains(token.tail) else { return nil }
        let word = line[index], height = word.box.bottom - word.box.top
        // A code follows a word's space away; the other column's words on the line lie far off.
        let codeFollows = index + 1 < line.endIndex && line[index + 1].box.left - word.box.right <= 2 * height
        return (index, "VT" + (codeFollows ? "," : "."))
    }

    /// The archive line's label read "Lưu." before its codes: no period follows it in print, a
    /// colon does ("Lưu: VT, NV"), and one that lost its upper dot reads as a period.
    static func archiveLabel(in line: ArraySlice<RecognizedWord>) -> (index: Int, text: String)? {
        guard let label = line.firstIndex(where: { !Token(Substring($0.text)).core.isEmpty }), label + 1 < line.endIndex else { return nil }
        let token = Token(Substring(line[label].text)), code = Token(Substring(line[label + 1].text)).core
        guard VietnameseFolding.fold(String(token.core)) == "luu", token.tail == ".", (2...5).contains(code.count),
              code.allSatisfy(\.isUppercase) else { return nil }
        return (label, String(token.lead) + String(token.core) + ":")
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
    /// no Vietnamese word is printed so. An l inside a word that is no syllable is an i when that
    /// makes one ("glaO", "nhlều"). Nil when the result is no syllable.
    /// "năm" (years) after a number with its tone misread ("kỷ niệm 95 nắm"): the breve with
    /// another tone makes a word ("nắm", to grasp; "nằm", to lie) that no number comes before.
    static func yearsAfterNumbers(in line: ArraySlice<RecognizedWord>) -> [(index: Int, text: String)] {
        line.indices.dropFirst().compactMap { index in
            let core = String(Token(Substring(line[index].text)).core)
            guard line[index - 1].text.allSatisfy(\.isNumber), let year = Self.toneSlips[core] else { return nil }
            return (index, line[index].text.replacingOccurrences(of: core, with: year))
        }
    }

    private static let toneSlips = ["nắm": "năm", "nằm": "năm", "nẳm": "năm", "nẵm": "năm", "nặm": "năm"]

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
        guard read.allSatisfy(\.isLetter) else { return nil }
        let syllable = VietnameseSyllable.isValid(String(read)) ? String(read) : barForI(in: String(read))
        guard let syllable, changed || syllable != String(read) else { return nil }
        return String(token.lead) + syllable + String(token.tail)
    }

    /// The word with an l after its first letter read as i, when that makes a syllable and it is none.
    private static func barForI(in word: String) -> String? {
        guard let bar = word.dropFirst().firstIndex(of: "l") else { return nil }
        var read = word
        read.replaceSubrange(bar...bar, with: "i")
        return VietnameseSyllable.isValid(read) ? read : nil
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

    /// The words with each syllable the engine read in two, its vowel's mark taken for a second
    /// vowel ("ĐÁ ẢNG ỦY" for ĐẢNG ỦY), made one again, and "ĐÁ ẢNG→ĐẢNG" for each.
    func rejoinSplitSyllables(_ words: [RecognizedWord], repairs: inout [String]) -> [RecognizedWord] {
        var joined: [RecognizedWord] = [], index = 0
        while index < words.count {
            if index + 1 < words.count, let text = rejoined(at: index, in: words) {
                repairs.append("\(words[index].text) \(words[index + 1].text)→\(text)")
                joined.append(words[index].joined(with: words[index + 1], as: text))
                index += 2
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return joined
    }

    /// The syllable the word at `index` and the next make when the first is consonants and a
    /// vowel the second opens with, marks aside, the vowel's mark either piece's ("ĐÁ" + "ẢNG",
    /// "ĐẢ" + "ẲNG": ĐẢNG), and it completes a phrase of the lexicon, printed exactly, that neither
    /// piece is part of; nil otherwise.
    private func rejoined(at index: Int, in words: [RecognizedWord]) -> String? {
        let first = words[index], second = words[index + 1]
        guard first.line == second.line, first.block == second.block, first.text.count >= 2,
              first.text.allSatisfy(\.isLetter), let vowel = first.text.last, let head = second.text.first,
              VietnameseFolding.fold(String(vowel)) == VietnameseFolding.fold(String(head)), "aeiouy".contains(VietnameseFolding.fold(String(head))),
              VietnameseFolding.fold(String(first.text.dropLast())).allSatisfy({ !"aeiouy".contains($0) }) else { return nil }
        let core = Token(Substring(second.text))
        guard core.lead.isEmpty else { return nil }
        let line = words.indices.filter { words[$0].line == first.line && words[$0].block == first.block }
        let printed = line.map { String(Token(Substring(words[$0].text)).core) }
        guard let at = line.firstIndex(of: index), !lexicon.knows(printed, around: at), !lexicon.knows(printed, around: at + 1) else { return nil }
        let syllable = [String(first.text.dropLast()) + core.core, first.text + core.core.dropFirst()].first { syllable in
            VietnameseSyllable.isValid(syllable) && lexicon.knows(Array(printed[..<at]) + [syllable] + Array(printed[(at + 2)...]), around: at)
        }
        return syllable.map { $0 + String(core.tail) }
    }
}
