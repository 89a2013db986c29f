import ArchivistCore

/// Puts a page's words in reading order. Official documents open with two header blocks side
/// by side (issuing body at left, national motto or "ĐẢNG CỘNG SẢN VIỆT NAM" and place-date at
/// right) and close with "Nơi nhận" beside the signature block. Tesseract reads such rows line
/// by line across both columns; here each two-column zone is read left column first, then right,
/// and full-width text stays as the engine read it.
public enum ReadingOrder {
    /// A run of words on one line, separated from its neighbours by a column-sized gap.
    struct Segment {
        var words: [RecognizedWord]
        var left: Int { words.map(\.box.left).min() ?? 0 }
        var right: Int { words.map(\.box.right).max() ?? 0 }
        var text: String { words.map(\.text).joined(separator: " ") }
    }

    /// A gap wider than this share of the page width separates columns (justified body text
    /// has gaps of 1-2%).
    static let columnGap = 0.03

    public static func text(of words: [RecognizedWord], pageWidth: Int) -> String {
        lines(of: words, pageWidth: pageWidth).joined(separator: "\n")
    }

    static func lines(of words: [RecognizedWord], pageWidth: Int) -> [String] {
        let rows = groupLines(words).map { split($0, pageWidth: pageWidth) }
        var output: [String] = []
        var zone: [[Segment]] = []
        let centre = pageWidth / 2
        func flushZone() {
            // Two columns: a row split at a column gap, or two rows or more wholly right of the
            // centre (a signature block read line by line) beside two or more wholly left of it.
            let leftOnly = zone.filter { $0.count == 1 && $0[0].right <= centre }.count
            let rightOnly = zone.filter { $0.count == 1 && $0[0].left >= centre }.count
            if zone.contains(where: { $0.count > 1 }) || (leftOnly >= 2 && rightOnly >= 2) {
                let columns = zone.map { row in row.count > 1 ? ([row[0]], [row[1]]) : (row[0].right <= centre ? (row, []) : ([], row)) }
                output += columns.flatMap(\.0).map(\.text) + columns.flatMap(\.1).map(\.text)
            } else {
                output += zone.map { $0.map(\.text).joined(separator: " ") }
            }
            zone = []
        }
        for row in rows {
            let spansCentre = row.count == 1 && row[0].left < pageWidth / 2 && row[0].right > pageWidth / 2
            if spansCentre {
                flushZone()
                output.append(row[0].text)
            } else {
                zone.append(row)
            }
        }
        flushZone()
        return output
    }

    /// Words grouped by the engine's lines, in the engine's order.
    private static func groupLines(_ words: [RecognizedWord]) -> [[RecognizedWord]] {
        words.lineRanges.map { Array(words[$0]) }
    }

    /// Splits a line in two at a column gap near the middle of the page (left part ending
    /// before 55% of the width, right part starting after 45%); any other line is one segment,
    /// so label-value rows ("To:   Ms. Lan") and tables stay whole.
    private static func split(_ line: [RecognizedWord], pageWidth: Int) -> [Segment] {
        let words = line.sorted { $0.box.left < $1.box.left }
        let gap = Int(Double(pageWidth) * columnGap)
        for index in words.indices.dropFirst() {
            let leftEdge = words[..<index].map(\.box.right).max() ?? 0
            let rightStart = words[index].box.left
            if rightStart - leftEdge > gap, leftEdge <= pageWidth * 55 / 100, rightStart >= pageWidth * 45 / 100 {
                return [Segment(words: Array(words[..<index])), Segment(words: Array(words[index...]))]
            }
        }
        return [Segment(words: words)]
    }
}
