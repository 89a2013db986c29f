import ArchivistCore
import Foundation

/// What else is printed where marks go: under the number on the left, or above and below the
/// motto on the right. Text there that no header part explains (issuer, number, V/v lines,
/// motto, place-date, type line, "Kính gửi", circulation notes) and that is short and in
/// capitals, or read unsure, may be a mark OCR garbled ("JMATI" for a boxed MẬT).
extension MetadataExtractor {
    /// The segments of the mark zone that could be a mark no rule recognised. `numberLine` is the
    /// zone index of the number line: the left column above it holds the issuing bodies.
    func unexplainedMarkText(_ page: PageLayout, zone: [LayoutLine], numberLine: Int) -> [LayoutSegment] {
        let explained = zone.flatMap(\.segments).filter { !Self.couldBeMark($0) || isExplained($0.text) }
        let heights = page.lines.map(\.height).sorted()
        let lineHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
        return zone.indices.flatMap { index in
            zone[index].segments.filter { segment in
                guard index > numberLine || !page.isLeft(segment), Self.couldBeMark(segment), !isExplained(segment.text) else { return false }
                // Specks (much smaller than a line of text), and what OCR read again over a line it
                // read (the motto's underline: "pciạp-" at 11 over "Độc lập"), are no mark.
                return 2 * (segment.bottom - segment.top) >= lineHeight && !explained.contains { Self.overlaps(segment, $0) }
            }
        }
    }

    /// True when `segment` lies mostly within the height of `other`, across part of its width.
    static func overlaps(_ segment: LayoutSegment, _ other: LayoutSegment) -> Bool {
        let shared = min(segment.bottom, other.bottom) - max(segment.top, other.top)
        return shared * 2 > segment.bottom - segment.top && segment.left < other.right && other.left < segment.right
    }

    /// Short (one to four words, two letters or more) and in capitals as marks are printed, or
    /// read so unsure that the case says nothing, and not plain lower-case syllables.
    static func couldBeMark(_ segment: LayoutSegment) -> Bool {
        let letters = segment.text.filter(\.isLetter)
        guard letters.count >= 2, segment.words.count <= 4 else { return false }
        if isCapitals(segment.text) || letters.allSatisfy(\.isUppercase) { return true }
        let prose = segment.words.allSatisfy { word in
            let core = String(Token(Substring(word.text)).core)
            return core.isEmpty || (core.first?.isLowercase == true && VietnameseSyllable.isValid(core))
        }
        return segment.confidence < 0.6 && !prose
    }

    /// True when a header part accounts for the text: a mark, the number, the motto, the
    /// place-date, a type line, "V/v", "Kính gửi" or a circulation note.
    func isExplained(_ text: String) -> Bool {
        let letters = VietnameseFolding.fold(text).filter(\.isLetter)
        if Confidentiality.allCases.contains(where: { Self.isMark(text, $0.rawValue) })
            || Urgency.allCases.contains(where: { Self.isMark(text, $0.rawValue) }) { return true }
        if SymbolGrammar(types: types).parse(text) != nil || IssueDateGrammar.placeAndDate(in: text) != nil
            || types.type(named: text, system: nil) != nil || Self.vvPrefix(in: text) != nil { return true }
        // Part of a motto line, or a note: "XÃ HỘI CHỦ", "VIỆT NAM", "LƯU HÀNH NỘI BỘ".
        return letters.count >= 4 && Self.explainedPhrases.contains { $0.contains(letters) || letters.contains($0) }
    }

    /// Folded letters of the mottos, "Kính gửi" and circulation notes (HD 36-HD/VPTW, Decree 30).
    static let explainedPhrases = ["conghoaxahoichunghiavietnam", "doclaptudohanhphuc", "dangcongsanvietnam", "kinhgui",
                                   "luuhanhnoibo", "xemxongtralai", "duthao"]
}
