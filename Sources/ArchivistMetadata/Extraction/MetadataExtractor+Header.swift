import ArchivistCore
import Foundation

/// Page 1: the header columns (issuer and number left, motto and place-date right), marks,
/// type line and subject.
extension MetadataExtractor {
    /// "05-BB/CB→95-BB/CB" when the second read of a symbol word reads its number otherwise.
    static func numberDisputedBySecondRead(_ words: [RecognizedWord]) -> String? {
        func number(_ text: String) -> String {
            let symbol = text.firstMatch(of: /^Số:?\s*/).map { String(text[$0.range.upperBound...]) } ?? text
            return IssueDateGrammar.sureNumber(String(symbol.prefix { $0 != "-" && $0 != "/" }))
        }
        guard let word = words.first(where: { $0.reread != nil && $0.text.contains("/") }), let reread = word.reread,
              reread.contains("/") else { return nil }
        let first = number(word.text), second = number(reread)
        return first == second || (Int(first) != nil && Int(first) == Int(second)) ? nil : "\(word.text)→\(reread)"
    }

    /// `text`: the document's text, every page, where the year of issue may be named again.
    func readHeader(_ page: PageLayout, text: String = "", into metadata: inout DocumentMetadata) {
        let page = page.splitting(above: page.height / 4, where: PageLayout.mottoStarts)
        let lines = page.lines
        let topRegion = lines.indices.filter { lines[$0].top < page.height * 45 / 100 }
        let grammar = SymbolGrammar(types: types)

        // Number and symbol: a segment the grammar accepts, preferring one with "Số".
        let symbolCandidates = topRegion.flatMap { index in
            lines[index].segments.compactMap { segment in grammar.parse(segment.text).map { (index, segment, $0) } }
        }
        let symbolHit = symbolCandidates.first { Self.hasNumberPrefix($0.1.text) } ?? symbolCandidates.first
        if let (_, segment, symbol) = symbolHit {
            readSymbol(symbol, segment: segment, page: page.number, into: &metadata)
        } else {
            metadata.symbol = .absent(confidence: 0.3, rule: "header.symbol: no number line found")
            metadata.number = .absent(confidence: 0.3, rule: "header.symbol: no number line found")
        }
        var symbol = symbolHit?.2

        // Place and date: the right column line "…, ngày D tháng M năm Y".
        let (dateLine, placeRead) = readPlaceAndDate(page, lines: lines, topRegion: topRegion, symbolYear: symbolHit?.2.year, text: text,
                                                     into: &metadata)

        let headerEnd = max(symbolHit?.0 ?? -1, dateLine ?? -1)
        // With neither number nor date read, the issuing bodies (in capitals) end where small
        // letters or the type line begin.
        let issuerEnd = symbolHit?.0 ?? dateLine ?? topRegion.first { index in
            lines[index].text.contains(where: \.isLowercase) || types.type(named: lines[index].text, system: nil) != nil
        } ?? 0
        readIssuers(page, lines: Array(lines[..<issuerEnd]), placeRead: placeRead, into: &metadata)
        calibratePlace(&metadata, read: placeRead)
        crossCheckPlace(&metadata)
        let motto = lines[..<max(issuerEnd, 0)].flatMap(\.segments).filter { !page.isLeft($0) }
        readSystem(motto: motto, symbol: symbol, page: page.number, into: &metadata)

        // Below the number line: the V/v subject of a công văn, marks, the type line.
        let after = Array(lines[(headerEnd + 1)...].prefix { $0.top < page.height / 2 })
        let typeIndex = after.firstIndex { types.type(named: $0.text, system: metadata.system.value) != nil }
        if let typeIndex, let (_, segment, read) = symbolHit {
            symbol = agreeSymbol(read, segment: segment, typeLine: after[typeIndex], page: page.number, into: &metadata)
        }
        // The V/v lines of a công văn start right under the number, beside the place-date line or below it.
        let belowNumber = Array(lines[((symbolHit?.0 ?? headerEnd) + 1)...].prefix { $0.top < page.height / 2 })
        if let (_, segment, _) = symbolHit, let read = symbol,
           symbolAgrees(read, typeLine: typeIndex.map { after[$0] }, belowNumber: belowNumber, page: page) {
            readSymbol(read, segment: segment, page: page.number, validated: true, into: &metadata)
        }
        // Marks sit under the number: down to the type line, or past the V/v lines of a công văn
        // to "Kính gửi" or the first full-width line.
        let zoneEnd = typeIndex ?? after.prefix(8).firstIndex { line in
            VietnameseFolding.fold(line.text).hasPrefix("kinh gui") || line.segments.contains { $0.right - $0.left > page.width * 55 / 100 }
        } ?? min(after.count, 8)
        let markZone = Array(lines[...max(headerEnd, 0)]) + Array(after[..<zoneEnd])
        readMarks(page, zone: markZone, headerEnd: headerEnd, numberLine: symbolHit?.0 ?? headerEnd, endsAtTypeLine: typeIndex != nil,
                  into: &metadata)
        readTypeAndSubject(page, after: after, typeIndex: typeIndex, belowNumber: belowNumber, symbol: symbol, into: &metadata)
    }

    /// Number and symbol fields from a parsed symbol; a code the grammar does not know ("QLĐT")
    /// cannot vouch for its letters: only a sure read can. A `validated` symbol (its type agrees
    /// with the type line, its codes are known) is trusted at a lower word confidence.
    func readSymbol(_ symbol: DocumentSymbol, segment: LayoutSegment, page: Int, validated: Bool = false,
                    into metadata: inout DocumentMetadata) {
        let reliability = (symbol.typeIsKnown || symbol.typeAbbreviation == nil ? 0.97 : 0.7)
            * (symbol.issuersAreKnown ? 1 : 0.9) * pow(0.92, Double(symbol.repairs.count))
        let rule = "header.symbol.\(symbol.system.rawValue)" + (symbol.repairs.isEmpty ? "" : " repaired: " + symbol.repairs.joined(separator: ", "))
            + (validated ? " (type and codes agree with the header)" : "")
        let confidence = Self.confidence(reliability, ocr: validated ? max(segment.confidence, 0.8) : segment.confidence)
        let field = ExtractedField(value: symbol.text, confidence: confidence, evidence: Evidence(text: segment.text, page: page, rule: rule))
        metadata.symbol = doubting(field, words: segment.words, value: segment.text, check: validated ? .validated : .confidence)
        if let doubt = symbol.doubt { metadata.symbol = doubted(metadata.symbol, note: doubt) }
        // The OCR stage read the symbol twice: a number the reads disagree on goes to review,
        // validated or not (type and codes vouch for its letters, not its digits).
        if let disputed = Self.numberDisputedBySecondRead(segment.words) {
            metadata.symbol = doubted(metadata.symbol, note: "a second read of the number gives \(disputed)")
        }
        let unknown = symbol.issuerCodes.filter { !SymbolGrammar.knownIssuers.contains($0) }
        if !unknown.isEmpty, let read = segment.words.filter({ $0.text.contains("/") }).map(\.confidence).min(),
           read < unsureWords.minimumCodeConfidence {
            metadata.symbol = doubted(metadata.symbol, note: "unknown code \(unknown.joined(separator: ", ")) read at \(Int(read))")
        }
        metadata.number = ExtractedField(value: symbol.number, confidence: metadata.symbol.confidence, evidence: metadata.symbol.evidence)
    }

    /// True when the symbol's letters are vouched for: its codes are known and its type is the
    /// sure type line's as read (not made to agree), or it is a công văn's (no type, or CV) over
    /// "V/v" lines.
    private func symbolAgrees(_ symbol: DocumentSymbol, typeLine: LayoutLine?, belowNumber: [LayoutLine], page: PageLayout) -> Bool {
        guard symbol.issuersAreKnown, symbol.typeIsKnown || symbol.typeAbbreviation == nil,
              !symbol.repairs.contains(where: { $0.hasSuffix("(type line)") }) else { return false }
        if let typeLine {
            guard let type = types.type(named: typeLine.text, system: symbol.system) else { return false }
            return type.abbreviation == symbol.typeAbbreviation && Self.isSure(typeLine, type)
        }
        let isLetter = symbol.typeAbbreviation == "CV" || (symbol.system == .state && symbol.typeAbbreviation == nil)
        return isLetter && belowNumber.prefix(3).contains { line in
            line.segments.first.map { page.isLeft($0) && Self.vvPrefix(in: $0.text) != nil } ?? false
        }
    }

    /// A type line read exactly and confidently.
    static func isSure(_ typeLine: LayoutLine, _ type: DocumentType) -> Bool {
        DocumentTypeCatalog.key(typeLine.text) == DocumentTypeCatalog.key(type.nativeName) && typeLine.segments.allSatisfy { $0.confidence >= 0.8 }
    }

    /// The symbol made to agree with a sure type line ("CHỈ THỊ" read exactly, confidently) where
    /// OCR confused letters of its type abbreviation; doubted where they disagree otherwise.
    private func agreeSymbol(_ read: DocumentSymbol, segment: LayoutSegment, typeLine: LayoutLine, page: Int,
                             into metadata: inout DocumentMetadata) -> DocumentSymbol {
        guard let type = types.type(named: typeLine.text, system: read.system), let expected = type.abbreviation,
              read.typeAbbreviation != expected else { return read }
        if Self.isSure(typeLine, type), let repaired = SymbolGrammar(types: types).agreeing(read, withType: expected) {
            readSymbol(repaired, segment: segment, page: page, into: &metadata)
            return repaired
        }
        let note = "type \(read.typeAbbreviation ?? "none") in the symbol but the type line reads \(type.nativeName) (\(expected))"
        // A letter off the type line's abbreviation ("QĐ", "QĐI" for QĐi; "TIr" for TTr) is put as
        // it, for review all the same.
        var put = read
        if Self.isSure(typeLine, type), let near = read.typeAbbreviation, EditDistance.between(near, expected) == 1 {
            put.typeAbbreviation = expected
            put.typeIsKnown = true
            put.repairs.append("type \(near)→\(expected) (type line)")
            readSymbol(put, segment: segment, page: page, into: &metadata)
        }
        metadata.symbol = doubted(metadata.symbol, note: note)
        metadata.number = doubted(metadata.number, note: note)
        return put
    }

    static func hasNumberPrefix(_ text: String) -> Bool {
        VietnameseFolding.fold(text).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)).hasPrefix("so")
    }

    private func readSystem(motto mottoSegments: [LayoutSegment], symbol: DocumentSymbol?, page: Int, into metadata: inout DocumentMetadata) {
        let text = VietnameseFolding.fold(mottoSegments.map(\.text).joined(separator: " ")).filter { $0.isLetter }
        let fromMotto: RecordSystem? = text.contains("dangcongsan") ? .party
            : (text.contains("conghoaxahoi") || text.contains("doclaptudo") ? .state : nil)
        switch (fromMotto, symbol?.system) {
        case let (motto?, fromSymbol) where fromSymbol == nil || fromSymbol == motto:
            let evidence = Evidence(text: mottoSegments.joined, page: page, rule: "header.motto" + (fromSymbol == nil ? "" : "+symbol"))
            metadata.system = ExtractedField(value: motto, confidence: fromSymbol == nil ? 0.9 : 0.99, evidence: evidence)
        case let (motto?, fromSymbol?):
            metadata.system = ExtractedField(value: motto, confidence: 0.6, evidence: Evidence(rule: "header.motto disagrees with symbol (\(fromSymbol.rawValue))"))
        case let (nil, fromSymbol?):
            metadata.system = ExtractedField(value: fromSymbol, confidence: 0.85, evidence: Evidence(rule: "header.symbol grammar"))
        default:
            metadata.system = .absent(confidence: 0.3, rule: "header: no motto or symbol")
        }
    }
}

extension Array where Element == LayoutSegment {
    var joined: String { map(\.text).joined(separator: " / ") }
}
