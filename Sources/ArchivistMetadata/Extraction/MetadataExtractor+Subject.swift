import ArchivistCore
import Foundation

/// Page 1 below the number line: confidentiality and urgency marks, the type line and the
/// subject (or the "V/v" lines of a công văn).
extension MetadataExtractor {
    func readMarks(_ page: PageLayout, zone: [LayoutLine], headerEnd: Int, into metadata: inout DocumentMetadata) {
        var confidentiality: (Confidentiality, LayoutSegment)?
        var urgency: (Urgency, LayoutSegment)?
        for segment in zone.flatMap(\.segments) {
            let key = VietnameseFolding.fold(segment.text).filter { $0.isLetter || $0 == " " }.trimmingCharacters(in: .whitespaces)
            // A mark stands alone in its box: the whole segment is the mark.
            if let mark = Confidentiality.allCases.first(where: { Self.matches(key, VietnameseFolding.fold($0.rawValue)) }),
               mark.rawValue.count >= (confidentiality?.0.rawValue.count ?? 0) {
                confidentiality = (mark, segment)
            }
            if let mark = Urgency.allCases.first(where: { Self.matches(key, VietnameseFolding.fold($0.rawValue)) }) {
                urgency = (mark, segment)
            }
        }
        if let (mark, segment) = confidentiality {
            metadata.confidentiality = ExtractedField(value: mark, confidence: Self.confidence(0.95, ocr: max(segment.confidence, 0.5)),
                                                      evidence: Evidence(text: segment.text, page: page.number, rule: "header.mark"))
        } else if let gap = unreadGap(page, headerEnd: headerEnd), urgency == nil {
            // A box drawn under the number line that OCR did not read is most often a mark.
            metadata.confidentiality = .absent(confidence: 0.4, rule: "header.mark: unread region \(gap) px high under the number line, where marks are drawn")
        } else {
            metadata.confidentiality = .absent(confidence: 0.9, rule: "header.mark: none in the header")
        }
        if let (mark, segment) = urgency {
            metadata.urgency = ExtractedField(value: mark, confidence: Self.confidence(0.95, ocr: max(segment.confidence, 0.5)),
                                              evidence: Evidence(text: segment.text, page: page.number, rule: "header.mark"))
        } else {
            metadata.urgency = .absent(confidence: 0.9, rule: "header.mark: none in the header")
        }
    }

    /// "khan" matches "khan"; longer marks tolerate one OCR error.
    static func matches(_ key: String, _ mark: String) -> Bool {
        key == mark || (mark.count >= 6 && EditDistance.between(key, mark) <= 1)
    }

    /// The height of empty space between the number line and the next line, if it is much
    /// taller than the usual gap before the type line (about 2.3% of the page height).
    private func unreadGap(_ page: PageLayout, headerEnd: Int) -> Int? {
        guard headerEnd >= 0, headerEnd + 1 < page.lines.count else { return nil }
        let gap = page.lines[headerEnd + 1].top - page.lines[headerEnd].bottom
        return Double(gap) > 0.036 * Double(page.height) ? gap : nil
    }

    func readTypeAndSubject(_ page: PageLayout, after lines: [LayoutLine], typeIndex: Int?, symbol: DocumentSymbol?,
                            into metadata: inout DocumentMetadata) {
        let system = metadata.system.value ?? symbol?.system
        let fromLine = typeIndex.flatMap { types.type(named: lines[$0].text, system: system) }
        let fromSymbol = symbol.flatMap { symbol in
            symbol.typeAbbreviation.flatMap { types.type(abbreviation: $0, system: symbol.system) }
                ?? (symbol.system == .state ? types.entries.first { $0.code == "22" }.map { DocumentType(nativeName: $0.nativeName, code: $0.code, abbreviation: nil) } : nil)
        }
        let vvIndex = lines.firstIndex { VietnameseFolding.fold($0.segments.first?.text ?? "").hasPrefix("v/v") }
        let lineEvidence = typeIndex.map { Evidence(text: lines[$0].text, page: page.number, rule: "header.type-line") }
        switch (fromLine, fromSymbol) {
        case let (line?, symbolType?) where line.nativeName == symbolType.nativeName:
            metadata.documentType = ExtractedField(value: symbolType, confidence: 0.99, evidence: Evidence(text: lineEvidence?.text, page: page.number, rule: "header.type-line+symbol"))
        case let (line?, symbolType?):
            metadata.documentType = ExtractedField(value: line, confidence: 0.55,
                                                   evidence: Evidence(text: lineEvidence?.text, page: page.number, rule: "header.type-line disagrees with symbol (\(symbolType.nativeName))"))
        case let (line?, nil):
            metadata.documentType = ExtractedField(value: line, confidence: Self.confidence(0.92, ocr: lines[typeIndex!].segments.first?.confidence ?? 0), evidence: lineEvidence!)
        case let (nil, symbolType?):
            // No type line: expected for a công văn ("V/v" under the number), else doubtful.
            let expected = symbolType.code == "22" && vvIndex != nil
            metadata.documentType = ExtractedField(value: symbolType, confidence: expected ? 0.95 : 0.8,
                                                   evidence: Evidence(text: symbol?.text, page: page.number, rule: "header.symbol type abbreviation"))
        case (nil, nil):
            metadata.documentType = .absent(confidence: 0.2, rule: "header: no type line or type abbreviation")
        }

        if let typeIndex {
            readSubject(page, lines: Array(lines[(typeIndex + 1)...]), into: &metadata)
        } else if let vvIndex {
            readVV(page, lines: Array(lines[vvIndex...]), into: &metadata)
        } else {
            metadata.subject = .absent(confidence: 0.2, rule: "header: no type line or V/v")
        }
    }

    /// The bold, centred lines under the type line, up to the spacing before the body.
    private func readSubject(_ page: PageLayout, lines: [LayoutLine], into metadata: inout DocumentMetadata) {
        var taken: [LayoutLine] = []
        for line in lines.prefix(6) {
            let gap = line.top - (taken.last?.bottom ?? line.top)
            let spacing = Double(max(taken.last?.height ?? line.height, 1))
            if !taken.isEmpty && (Double(gap) > 0.9 * spacing || Self.isCapitals(line.text)) { break }
            guard page.isCentered(line) else { break }
            taken.append(line)
        }
        guard !taken.isEmpty else {
            metadata.subject = .absent(confidence: 0.3, rule: "header.subject: no centred lines under the type line")
            return
        }
        let text = taken.map { Self.trim($0.text) }.joined(separator: " ")
        let ocr = Self.spanConfidence(taken.flatMap(\.segments), checkSyllables: true)
        metadata.subject = ExtractedField(value: text, confidence: Self.confidence(0.95, ocr: ocr),
                                          evidence: Evidence(text: taken.map(\.text).joined(separator: "\n"), page: page.number, rule: "header.subject"))
    }

    /// "V/v …" and the left-column lines that continue it.
    private func readVV(_ page: PageLayout, lines: [LayoutLine], into metadata: inout DocumentMetadata) {
        var segments: [LayoutSegment] = []
        for line in lines.prefix(4) {
            guard let segment = line.segments.first, page.isLeft(segment) else { break }
            let folded = VietnameseFolding.fold(segment.text)
            if !segments.isEmpty && (Self.isCapitals(segment.text) || folded.hasPrefix("kinh gui")
                || Double(segment.top - segments.last!.bottom) > 0.9 * Double(max(line.height, 1))) { break }
            segments.append(segment)
        }
        var text = segments.map { Self.trim($0.text) }.joined(separator: " ")
        if let range = text.range(of: #"^[Vv]\s*/\s*[vV]\s*"#, options: .regularExpression) { text.removeSubrange(range) }
        let ocr = Self.spanConfidence(segments, checkSyllables: true)
        metadata.subject = ExtractedField(value: Self.trim(text), confidence: Self.confidence(0.9, ocr: ocr),
                                          evidence: Evidence(text: segments.map(\.text).joined(separator: "\n"), page: page.number, rule: "header.v/v"))
    }
}
