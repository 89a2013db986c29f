import Foundation

/// One page of body text after cleaning, with what was taken out.
public struct CleanedPage: Sendable, Codable, Hashable {
    public var number: Int
    /// NFC body text: running headers, footers and page numbers removed, lines joined into
    /// paragraphs (one per line), hyphenated line ends rejoined, whitespace repaired.
    public var text: String
    /// The same text with canonical tone placement, for matching and indexing.
    public var matchingText: String
    /// Lines removed as page numbers or running headers/footers.
    public var removedLines: [String]
}

/// The `clean` stage logic: NFC, whitespace and line-break repair, dehyphenation, and removal
/// of page numbers and running headers/footers. The original OCR text is not changed.
public struct TextCleaner: Sendable {
    /// How many lines at the top and bottom of a page are checked for headers and footers.
    public var marginLines: Int

    public init(marginLines: Int = 2) {
        self.marginLines = marginLines
    }

    public func clean(_ pages: [String]) -> [CleanedPage] {
        let lined = pages.map { Self.lines(of: $0) }
        let running = runningLines(lined)
        return lined.enumerated().map { index, lines in
            var removed: [String] = []
            var kept = lines
            for position in marginPositions(count: lines.count).reversed() {
                let line = lines[position]
                if Self.isPageNumber(line) || running.contains(Self.signature(line)) {
                    removed.insert(line, at: 0)
                    kept.remove(at: position)
                }
            }
            let text = Self.paragraphs(kept).joined(separator: "\n")
            return CleanedPage(number: index + 1, text: text, matchingText: ToneMarks.canonical(text), removedLines: removed)
        }
    }

    /// NFC lines with runs of spaces collapsed and empty lines dropped.
    static func lines(of text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
    }

    nonisolated(unsafe) private static let pageNumberLine = /(?i)[-–—\s]*(?:trang|page)?\s*\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?[-–—\s]*/

    /// "2", "- 2 -", "Trang 2", "Page 2 of 5".
    static func isPageNumber(_ line: String) -> Bool {
        line.wholeMatch(of: pageNumberLine) != nil
    }

    /// Lines that repeat at the top or bottom of at least half the pages (two pages at least).
    private func runningLines(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for lines in pages {
            let margin = Set(marginPositions(count: lines.count).map { Self.signature(lines[$0]) })
            for line in margin where line.count >= 4 { counts[line, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= max(2, pages.count / 2) }.keys)
    }

    private func marginPositions(count: Int) -> [Int] {
        let top = Array(0..<min(marginLines, count))
        let bottom = Array(max(count - marginLines, 0)..<count)
        return Array(Set(top + bottom)).sorted()
    }

    /// A line with digits blanked, so "Trang 3" and "Trang 4" repeat as one.
    private static func signature(_ line: String) -> String {
        VietnameseFolding.fold(String(line.map { $0.isNumber ? "#" : $0 }))
    }

    /// Joins wrapped lines into paragraphs: a line continues the previous one unless the
    /// previous ends a sentence or the line opens a list item or heading.
    static func paragraphs(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            guard var last = result.last else { result.append(line); continue }
            let opensItem = line.first.map { $0.isUppercase || $0.isNumber || "-–•+*".contains($0) } ?? false
            let closes = last.last.map { ".:;!?".contains($0) } ?? true
            if closes && opensItem {
                result.append(line)
            } else if last.hasSuffix("-"), let first = line.first, first.isLowercase,
                      last.dropLast().last?.isLetter == true {
                last.removeLast()          // "infor-" + "mation": rejoin the hyphenated word
                result[result.count - 1] = last + line
            } else {
                result[result.count - 1] = last + " " + line
            }
        }
        return result
    }
}
