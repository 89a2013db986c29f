import ArchivistCore

/// The roman numerals of a document's section headings ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI
/// DUNG", "III. TỔ CHỨC THỰC HIỆN") run I, II, III… through all its pages; the engine drops or
/// adds a stroke ("II." for "III.", "H." for "II.", "II" without its period). When every heading
/// read is its place in that run or one such slip away, the slips are written back. Headings are
/// lines in capitals opened by a numeral; any heading further off leaves the document as read.
public enum SectionNumbering {
    /// Pages of words in document order → the same with numerals repaired, and "II.→III." per page.
    public static func repair(_ pages: [[RecognizedWord]]) -> (pages: [[RecognizedWord]], repairs: [[String]]) {
        var changes: [(heading: Heading, expected: String)] = []
        let found = headings(in: pages)
        for (count, heading) in found.enumerated() {
            let expected = roman(count + 1) + "."
            guard heading.numeral == expected || isSlip(heading.numeral, of: expected) else { return (pages, pages.map { _ in [] }) }
            if heading.numeral != expected || heading.glued { changes.append((heading, expected)) }
        }
        // A heading read as another numeral ("II." for "III.") is the risky repair: a run mostly
        // made of those is more likely no run at all. Readings that are no numeral ("H.", "IL.")
        // or lost their period can only be slips.
        let strokeSlips = changes.filter { change in
            let body = change.heading.numeral.hasSuffix(".") ? String(change.heading.numeral.dropLast()) : change.heading.numeral
            return (1...39).contains { roman($0) == body } && body + "." != change.expected
        }
        guard strokeSlips.count * 2 <= found.count else { return (pages, pages.map { _ in [] }) }
        var repaired = pages, repairs = pages.map { _ in [String]() }
        // From the last word back, so that splitting a glued word leaves earlier indices valid.
        for (heading, expected) in changes.reversed() {
            let word = pages[heading.page][heading.word]
            repairs[heading.page].insert("\(word.text)→\(expected)" + (heading.glued ? " (split from its heading)" : ""), at: 0)
            guard heading.glued else {
                repaired[heading.page][heading.word].text = expected
                continue
            }
            // "IL.TÌNH" → "I." and "TÌNH", the box shared out by letters.
            let rest = String(word.text.dropFirst(heading.numeral.count))
            let cut = word.box.left + (word.box.right - word.box.left) * heading.numeral.count / max(word.text.count, 1)
            var numeral = word, title = word
            numeral.text = expected
            numeral.box.right = cut
            title.text = rest
            title.box.left = cut
            repaired[heading.page].replaceSubrange(heading.word...heading.word, with: [numeral, title])
        }
        return (repaired, repairs)
    }

    struct Heading {
        var page: Int, word: Int
        /// The numeral as read, with its period if it had one.
        var numeral: String
        var glued: Bool
    }

    /// Every line that opens with a numeral-like word (or one glued to the heading's first
    /// word) and goes on in capitals.
    static func headings(in pages: [[RecognizedWord]]) -> [Heading] {
        var found: [Heading] = []
        for (page, words) in pages.enumerated() {
            for range in words.lineRanges {
                let first = words[range.lowerBound].text
                var numeral = first, glued = false
                if let period = first.firstIndex(of: "."), first.index(after: period) < first.endIndex {
                    numeral = String(first[...period])
                    glued = true
                }
                let rest = (glued ? Array(first.dropFirst(numeral.count)) : []) + words[range.dropFirst()].flatMap(\.text)
                let letters = rest.filter(\.isLetter)
                // A mark in its box ("| TỐI MẬT": the box's side read as a bar) is no heading.
                let title = words[range.dropFirst()].map { VietnameseFolding.fold(String(Token(Substring($0.text)).core)) }
                let isMark = !glued && BoxedMarks.marks.contains { $0.map(VietnameseFolding.fold) == title }
                if numeralLike(numeral), !isMark, letters.count >= 3, Double(letters.filter(\.isUppercase).count) >= 0.8 * Double(letters.count) {
                    found.append(Heading(page: page, word: range.lowerBound, numeral: numeral, glued: glued))
                }
            }
        }
        return found
    }

    /// Strokes and the letters the engine makes of them, with or without a period.
    private static func numeralLike(_ word: String) -> Bool {
        let body = word.hasSuffix(".") || word.hasSuffix(",") ? word.dropLast() : Substring(word)
        return (1...5).contains(body.count) && body.allSatisfy { "IVXLHl|".contains($0) }
    }

    /// One slip away: the period lost, "H" for "II", "L"/"l"/"|" for "I", or one "I" added or dropped.
    private static func isSlip(_ read: String, of expected: String) -> Bool {
        var body = read.hasSuffix(".") || read.hasSuffix(",") ? String(read.dropLast()) : read
        body = body.replacingOccurrences(of: "H", with: "II").replacingOccurrences(of: "L", with: "I")
            .replacingOccurrences(of: "l", with: "I").replacingOccurrences(of: "|", with: "I")
        let target = String(expected.dropLast())
        if body == target { return true }
        let longer = body.count > target.count ? body : target, shorter = body.count > target.count ? target : body
        guard longer.count == shorter.count + 1 else { return false }
        return longer.indices.contains { index in longer[index] == "I" && longer.replacingCharacters(in: index...index, with: "") == shorter }
    }

    static func roman(_ number: Int) -> String {
        let values = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var left = number, text = ""
        for (value, letters) in values {
            while left >= value { text += letters; left -= value }
        }
        return text
    }
}
