import ArchivistCore

/// A run of words on one line with no wide gap inside: one column's part of the line.
public struct LayoutSegment: Sendable, Hashable {
    public var words: [RecognizedWord]
    public var page: Int
    /// Indices of words printed after a dash that stands alone ("BAN TỔ CHỨC - BAN DÂN VẬN",
    /// "2021 - 2025"): the dash is not a word, but it is part of the text.
    public var dashBefore: Set<Int> = []
    /// True when a dash stands right before the first word: a list item ("- Như trên").
    public var startsWithDash = false
    /// True when a dash stands right after the last word, where a line wraps ("nhiệm kỳ 2025 -" /
    /// "2027"). Not part of `text`: only a value read across the wrap keeps it.
    public var endsWithDash = false
    /// Marks with no letter or digit the engine read within the segment ('"¬', "`"): no part of
    /// the text, but a word read as such is a word the text lacks (see `UnsureWords`).
    public var marks: [RecognizedWord] = []
    /// The words and the marks read among them.
    public var wordsAndMarks: [RecognizedWord] { words + marks }
    public var text: String {
        words.indices.map { (dashBefore.contains($0) ? "- " : "") + words[$0].text }.joined(separator: " ")
    }
    public var left: Int { words.map(\.box.left).min() ?? 0 }
    public var right: Int { words.map(\.box.right).max() ?? 0 }
    public var top: Int { words.map(\.box.top).min() ?? 0 }
    public var bottom: Int { words.map(\.box.bottom).max() ?? 0 }
    public var center: Int { (left + right) / 2 }
    /// Mean OCR word confidence in [0, 1].
    public var confidence: Double {
        words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count) / 100
    }
}

/// One line as the engine segmented it, split into segments at wide horizontal gaps.
/// Tesseract reads the two header columns as one line; the gap separates them again.
public struct LayoutLine: Sendable, Hashable {
    public var segments: [LayoutSegment]
    public var text: String { segments.map(\.text).joined(separator: " ") }
    public var top: Int { segments.map(\.top).min() ?? 0 }
    public var bottom: Int { segments.map(\.bottom).max() ?? 0 }
    public var left: Int { segments.first?.left ?? 0 }
    public var right: Int { segments.last?.right ?? 0 }
    /// The line's text-line height: the median word height (tall OCR noise ignored).
    public var height: Int { segments.flatMap(\.words).medianHeight }
}

/// A page as lines of segments, in top-to-bottom order, with page geometry.
public struct PageLayout: Sendable {
    public var number: Int
    public var width: Int
    public var height: Int
    public var lines: [LayoutLine]
    /// Dashes read alone on their line, and word-sized marks no word stands by ("`." 166 px wide
    /// where "- Như Điều" was printed): no text, but where a list item's words were lost to OCR.
    public var strayMarks: [RecognizedWord] = []

    /// Splits lines at gaps wider than `gapFraction` of the page width.
    public init(page: RecognizedPage, gapFraction: Double = 0.035) {
        number = page.number
        width = max(page.width, 1)
        height = max(page.height, 1)
        var grouped: [[RecognizedWord]] = []
        var keys: [Int: Int] = [:], marks: [Int: [RecognizedWord]] = [:]
        for word in page.words {
            let key = word.block * 10_000 + word.line
            guard word.text.contains(where: { $0.isLetter || $0.isNumber }) || Self.isDash(word.text) else {
                marks[key, default: []].append(word)
                continue
            }
            if let index = keys[key] { grouped[index].append(word) } else {
                keys[key] = grouped.count
                grouped.append([word])
            }
        }
        let gap = Int(Double(width) * gapFraction)
        let pageNumber = page.number
        var strayMarks: [RecognizedWord] = []
        lines = grouped.compactMap { words in
            let key = words[0].block * 10_000 + words[0].line
            var segments: [LayoutSegment] = []
            var dash: RecognizedWord?
            for word in words.sorted(by: { $0.box.left < $1.box.left }) {
                if Self.isDash(word.text) { dash = word; continue }
                let afterDash = dash.map { word.box.left - $0.box.right <= gap } ?? false
                let reach = afterDash ? dash!.box.left : word.box.left
                if let last = segments.last, reach - last.right <= gap {
                    if afterDash { segments[segments.count - 1].dashBefore.insert(last.words.count) }
                    segments[segments.count - 1].words.append(word)
                } else {
                    var segment = LayoutSegment(words: [word], page: pageNumber)
                    segment.startsWithDash = afterDash
                    segments.append(segment)
                }
                dash = nil
            }
            if let dash, let last = segments.last, dash.box.left - last.right <= gap { segments[segments.count - 1].endsWithDash = true }
            for mark in marks[key] ?? [] {
                if let index = segments.firstIndex(where: { mark.box.left - $0.right <= gap && $0.left - mark.box.right <= gap }) {
                    segments[index].marks.append(mark)
                } else if Self.isWordSized(mark) {
                    strayMarks.append(mark)
                }
            }
            if segments.isEmpty, let dash { strayMarks.append(dash) }
            return segments.isEmpty ? nil : LayoutLine(segments: segments)
        }.sorted { $0.top < $1.top }
        // Lines of marks alone.
        strayMarks += marks.filter { keys[$0.key] == nil }.flatMap(\.value).filter(Self.isWordSized)
        self.strayMarks = strayMarks
    }

    /// A mark as wide as it is tall or wider: a word's ink, not a speck or a tone mark.
    static func isWordSized(_ mark: RecognizedWord) -> Bool {
        mark.box.right - mark.box.left >= mark.box.bottom - mark.box.top
    }

    /// A word that is only a dash: kept as a joiner between words, never as a word.
    static func isDash(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { "-–—".contains($0) }
    }

    /// Segments whose centre is in the left half, or the right half, of the page.
    public func isLeft(_ segment: LayoutSegment) -> Bool { segment.center < width / 2 }

    /// The horizontal centre of the text area (margins are unequal): the median centre of
    /// the page's wide lines, or the page centre.
    public var textCenter: Int {
        let centers = lines.filter { $0.right - $0.left > width * 6 / 10 }.map { ($0.left + $0.right) / 2 }.sorted()
        return centers.isEmpty ? width / 2 : centers[centers.count / 2]
    }

    /// True when a line spans the text area like a line of the body: at least 90% as wide as the
    /// page's wide lines (median), paragraph indent included.
    public func isBodyWide(_ line: LayoutLine) -> Bool {
        let widths = lines.map { $0.right - $0.left }.filter { $0 > width * 6 / 10 }.sorted()
        return !widths.isEmpty && (line.right - line.left) * 10 >= widths[widths.count / 2] * 9
    }

    /// True when a line is centred in the text area (within `tolerance` of the width).
    public func isCentered(_ line: LayoutLine, tolerance: Double = 0.05) -> Bool {
        abs(Double((line.left + line.right) / 2 - textCenter)) <= tolerance * Double(width)
    }
}
