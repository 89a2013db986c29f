import ArchivistCore
import Foundation

/// Page 1: the header columns (issuer and number left, motto and place-date right), marks,
/// type line and subject.
extension MetadataExtractor {
    /// "06→08" or "3→Š" for each date number the OCR stage's second read of its line reads
    /// otherwise (bars read "l" or "I" for a 1 are a 1 either way: `IssueDateGrammar.sureNumber`).
    /// That read is another model's where the worker has one. A second read that agrees proves
    /// little: two reads can make the same error on the same glyph (a "2016" for 2018 read so
    /// twice on seed 5599), so agreement trusts nothing.
    static func disputedBySecondRead(_ words: [RecognizedWord]) -> [String] {
        words.compactMap { word in
            guard let reread = word.reread else { return nil }
            let first = IssueDateGrammar.sureNumber(word.text), second = IssueDateGrammar.sureNumber(reread)
            return first == second || (Int(first) != nil && Int(first) == Int(second)) ? nil : "\(word.text)→\(reread)"
        }
    }

    /// The date line's text with the numbers its second read reads as other numbers put as that
    /// read has them (a letter read for a digit, "OS" for 08, changes nothing), for the value of a
    /// date that goes to review: on held-out seeds 7100-8100 the
    /// English model's reading of a number was right each time it disagreed with the page's read
    /// (7 of 7: italic 8s read 6, a 2018 read 2016), and wrong none of the times the page's read
    /// was right.
    static func withSecondReadNumbers(_ segment: LayoutSegment) -> String {
        var reread = segment
        reread.words = segment.words.map { word in
            guard let second = word.reread.map(IssueDateGrammar.sureNumber), let number = Int(second),
                  Int(IssueDateGrammar.sureNumber(word.text)) != number else { return word }
            var word = word
            word.text = second
            return word
        }
        return reread.text
    }

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
        // A line the page's read left no date in ("tháng Š5") may have one with its second read's numbers.
        let firstRead = topRegion.flatMap { index in
            lines[index].segments.compactMap { segment in IssueDateGrammar.placeAndDate(in: segment.text).map { (index, segment, $0) } }
        }
        let dateCandidates = !firstRead.isEmpty ? firstRead : topRegion.flatMap { index in
            lines[index].segments.compactMap { segment in
                IssueDateGrammar.placeAndDate(in: Self.withSecondReadNumbers(segment)).map { (index, segment, $0) }
            }
        }
        let dateHit = dateCandidates.first { !page.isLeft($0.1) } ?? dateCandidates.first
        var placeRead: [RecognizedWord] = []
        if let (dateLine, segment, found) = dateHit {
            let evidence = Evidence(text: segment.text, page: page.number, rule: "header.place-date" + (found.repaired ? " (folded/OCR-tolerant)" : ""))
            // Words from "ngày" on are the date's, the words before it the place's. The grammar
            // checks the date's keywords; only its digits can be misread unnoticed.
            let dateStart = segment.words.firstIndex { VietnameseFolding.fold($0.text).hasPrefix("ngay") } ?? 0
            placeRead = Array(segment.words[..<dateStart])
            // Its numbers, read as digits or as bars the grammar takes for 1s ("ÏI" at 17 for a month).
            let dateWords = segment.words[dateStart...].filter { IssueDateGrammar.readsAsNumber($0.text) }
            var date = ExtractedField(value: found.date, confidence: Self.confidence(found.repaired ? 0.85 : 0.97, ocr: segment.confidence), evidence: evidence)
            // Another model that read the three numbers in digits, giving this date, checks it
            // (none of 470 numbers both models read was wrong alike on seeds 6900-8100).
            let confirmed = !firstRead.isEmpty && dateWords.count == 3
                && dateWords.allSatisfy { $0.rereadModel != nil && $0.reread?.allSatisfy(\.isNumber) == true }
                && IssueDateGrammar.placeAndDate(in: Self.withSecondReadNumbers(segment))?.date == found.date
            // A bar ("I", "]", "!") can only be a 1; other letters ("s": 5 or 8?) are a guess.
            let guesses = found.guessedDigits.filter { !IssueDateGrammar.barDigits.contains($0.first ?? " ") }
            if !guesses.isEmpty && !confirmed { date = doubted(date, note: "digits guessed " + guesses.joined(separator: ", ")) }
            // A year the symbol ("15/2024/QĐ-UBND") or the page's text names too is checked by it.
            let year = String(found.date.prefix(4))
            let named = symbolHit?.2.year == year || lines[(dateLine + 1)...].contains { $0.text.contains(year) }
            // The OCR stage read the date line twice: a number the reads disagree on goes to review.
            let disputed = confirmed ? [] : Self.disputedBySecondRead(Array(dateWords))
            if firstRead.isEmpty { date = doubted(date, note: "no date as read; the second read's numbers give it") }
            if !disputed.isEmpty {
                if let second = IssueDateGrammar.placeAndDate(in: Self.withSecondReadNumbers(segment))?.date, second != found.date {
                    date.value = second
                    date.evidence.rule += " (numbers of the second read: " + disputed.joined(separator: ", ") + ")"
                }
                date = doubted(date, note: "a second read of the date line gives " + disputed.joined(separator: ", "))
            }
            // So does a number another model read alike: its engine confidence no longer matters.
            let agreed = dateWords.filter { word in
                confirmed || word.rereadModel != nil
                    && word.reread.flatMap { Int(IssueDateGrammar.sureNumber($0)) } == Int(IssueDateGrammar.sureNumber(word.text))
            }.map { VietnameseFolding.fold(String(Token(Substring($0.text)).core)) }
            metadata.date = doubting(date, words: dateWords, value: dateWords.map(\.text).joined(separator: " "), check: .digits,
                                     validated: Set(agreed + (named ? [year] : [])))
            // The date line names its year once; any page may name it again.
            let namedAgain = named || agreed.contains(year) || text.matches(of: #/\b(?:19|20)[0-9]{2}\b/#).filter { $0.output == year }.count >= 2
            if !namedAgain, let read = dateWords.last(where: { $0.text.contains(year) }),
               (unsureWords.minimumDigitsConfidence..<unsureWords.minimumYearConfidence).contains(read.confidence) {
                metadata.date = doubted(metadata.date, note: "year \(year) (\(Int(read.confidence.rounded()))) named nowhere else")
            }
            if let place = found.place {
                let reading = PlaceNames.lexicon.read(place)
                var placeEvidence = evidence
                placeEvidence.rule += Self.repairNote(reading.repairs)
                let field = ExtractedField(value: reading.text, confidence: Self.confidence(0.9, ocr: segment.confidence) * Self.repairFactor(reading.repairs),
                                           evidence: placeEvidence)
                // A known place vouches for its words, even one of a single word ("Pleiku").
                let known = PlaceNames.all.contains { PhraseLexicon.samePrinting($0, reading.text) }
                    ? Set(reading.text.split(separator: " ").map { VietnameseFolding.fold(String($0)) }) : []
                metadata.place = doubting(field, words: Array(segment.words[..<dateStart]), value: reading.text, check: .syllables,
                                          vouched: reading.confirmed.union(known))
            } else {
                metadata.place = .absent(confidence: 0.4, rule: "header.place-date: no place before the date")
            }
        } else {
            metadata.date = .absent(confidence: 0.2, rule: "header.place-date: not found")
            metadata.place = .absent(confidence: 0.2, rule: "header.place-date: not found")
        }

        let headerEnd = max(symbolHit?.0 ?? -1, dateHit?.0 ?? -1)
        let issuerEnd = symbolHit?.0 ?? dateHit?.0 ?? 0
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
        if let doubt = symbol.numberDoubt { metadata.symbol = doubted(metadata.symbol, note: doubt) }
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
        metadata.symbol = doubted(metadata.symbol, note: note)
        metadata.number = doubted(metadata.number, note: note)
        return read
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
