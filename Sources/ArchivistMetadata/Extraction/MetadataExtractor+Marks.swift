import ArchivistCore
import Foundation

/// Confidentiality and urgency marks in the header: boxed words ("MẬT", "KHẨN") that OCR often
/// reads with the box's bars ("|KHẨN)", "IKHANI") or without marks ("KHAN"), or not at all.
extension MetadataExtractor {
    func readMarks(_ page: PageLayout, zone: [LayoutLine], headerEnd: Int, into metadata: inout DocumentMetadata) {
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
        // A box drawn under the number line that OCR did not read is most often a mark.
        let gap = unreadGap(page, headerEnd: headerEnd, following: zone.count - (headerEnd + 1))
        let unread = gap.map { "header.mark: unread region \($0) px high under the number line, where marks are drawn" }
        if let (mark, segment) = confidentiality {
            metadata.confidentiality = markField(mark, segment, page: page.number)
        } else {
            metadata.confidentiality = .absent(confidence: unread == nil ? 0.9 : 0.4, rule: unread ?? "header.mark: none in the header")
        }
        if let (mark, segment) = urgency {
            metadata.urgency = markField(mark, segment, page: page.number)
        } else {
            metadata.urgency = .absent(confidence: unread == nil ? 0.9 : 0.4, rule: unread ?? "header.mark: none in the header")
        }
    }

    private func markField<Mark>(_ mark: Mark, _ segment: LayoutSegment, page: Int) -> ExtractedField<Mark> where Mark: RawRepresentable<String> {
        let read = Self.markLetters(segment.text)
        let repaired = !PhraseLexicon.samePrinting(read, mark.rawValue)
        let field = ExtractedField(value: mark, confidence: Self.confidence(repaired ? 0.9 : 0.95, ocr: max(segment.confidence, 0.5)),
                                   evidence: Evidence(text: segment.text, page: page,
                                                      rule: "header.mark" + (repaired ? " (repaired: \(segment.text)→\(mark.rawValue))" : "")))
        return doubting(field, words: segment.words, value: segment.text, check: .confidence)
    }

    /// The letters of a segment with spaces, box bars and brackets dropped: "|KHẨN)" → "KHẨN".
    static func markLetters(_ text: String) -> String {
        text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// True when a segment reads as the mark, folded, allowing bars read as I/l at the box edges
    /// and, for longer marks, one OCR error.
    static func isMark(_ text: String, _ mark: String) -> Bool {
        let key = VietnameseFolding.fold(markLetters(text)).filter(\.isLetter)
        let target = VietnameseFolding.fold(mark).filter(\.isLetter)
        var keys = [key]
        if key.count > target.count, let first = key.first, let last = key.last {
            if "il".contains(first) { keys.append(String(key.dropFirst())) }
            if "il".contains(last) { keys.append(String(key.dropLast())) }
            if "il".contains(first) && "il".contains(last) && key.count >= 2 { keys.append(String(key.dropFirst().dropLast())) }
        }
        return keys.contains { $0 == target || (target.count >= 6 && EditDistance.between($0, target) <= 1) }
    }

    /// The tallest empty space between the number line and the end of the mark zone, if it is
    /// much taller than the usual gap before the type line (about 2.3% of the page height).
    private func unreadGap(_ page: PageLayout, headerEnd: Int, following: Int) -> Int? {
        guard headerEnd >= 0 else { return nil }
        let last = min(headerEnd + max(following, 0) + 1, page.lines.count - 1)
        guard last > headerEnd else { return nil }
        let gaps = (headerEnd..<last).map { page.lines[$0 + 1].top - page.lines[$0].bottom }
        guard let gap = gaps.max(), Double(gap) > 0.036 * Double(page.height) else { return nil }
        return gap
    }
}
