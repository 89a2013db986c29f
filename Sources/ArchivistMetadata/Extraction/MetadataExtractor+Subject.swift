import ArchivistCore
import Foundation

/// Page 1 below the number line: the type line and the subject (or the "V/v" lines of a
/// công văn).
extension MetadataExtractor {
    func readTypeAndSubject(_ page: PageLayout, after lines: [LayoutLine], typeIndex: Int?, belowNumber: [LayoutLine],
                            symbol: DocumentSymbol?, into metadata: inout DocumentMetadata) {
        let system = metadata.system.value ?? symbol?.system
        let fromLine = typeIndex.flatMap { types.type(named: lines[$0].text, system: system) }
        let fromSymbol = symbol.flatMap { symbol in
            symbol.typeAbbreviation.flatMap { types.type(abbreviation: $0, system: symbol.system) }
                ?? (symbol.system == .state ? types.entries.first { $0.code == "22" }.map { DocumentType(nativeName: $0.nativeName, code: $0.code, abbreviation: nil) } : nil)
        }
        let vvIndex = belowNumber.prefix(3).firstIndex { line in
            line.segments.first.map { page.isLeft($0) && Self.vvPrefix(in: $0.text) != nil } ?? false
        }
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
            readVV(page, lines: Array(belowNumber[vvIndex...]), into: &metadata)
        } else if metadata.documentType.value?.code == "22", let first = belowNumber.first?.segments.first, page.isLeft(first),
                  first.text.contains(where: \.isLowercase) {
            // A công văn by its number whose "V/v" OCR lost: the lines under the number are the subject.
            readVV(page, lines: belowNumber, prefixLost: true, into: &metadata)
        } else {
            metadata.subject = .absent(confidence: 0.2, rule: "header: no type line or V/v")
        }
    }

    /// The bold, centred lines under the type line, up to the spacing before the body.
    private func readSubject(_ page: PageLayout, lines: [LayoutLine], into metadata: inout DocumentMetadata) {
        var taken: [LayoutLine] = [], texts: [String] = [], lowered: [String] = []
        var bodyLine: LayoutLine?
        for line in lines.prefix(6) {
            let gap = line.top - (taken.last?.bottom ?? line.top)
            let spacing = Double(max(taken.last?.height ?? line.height, 1))
            let small = taken.isEmpty ? nil : Self.smallLettersReadAsCapitals(line.text)
            if !taken.isEmpty && (Double(gap) > 0.9 * spacing || Self.isCapitals(line.text) && small == nil) { break }
            guard page.isCentered(line) else { break }
            // A subject wraps mid-phrase, in lower case but for names ("Đảng Cộng sản Việt Nam", in
            // short centred lines): a capital opening a line as wide as the body starts the body.
            if !taken.isEmpty, page.isBodyWide(line), line.text.first(where: \.isLetter)?.isUppercase == true {
                bodyLine = line
                break
            }
            taken.append(line)
            texts.append(small ?? line.text)
            if small != nil { lowered.append(line.text) }
        }
        guard !taken.isEmpty else {
            metadata.subject = .absent(confidence: 0.3, rule: "header.subject: no centred lines under the type line")
            return
        }
        let wrapDashes = Self.wrapDashes(taken.map(\.segments), texts: texts)
        let reading = Self.repairedOpener(repairSubject(Self.joinedLines(texts, wrapDashes: wrapDashes)))
        let ocr = Self.spanConfidence(taken.flatMap(\.segments), checkSyllables: true)
        let field = ExtractedField(value: reading.text, confidence: Self.confidence(0.95, ocr: ocr) * Self.repairFactor(reading.repairs),
                                   evidence: Evidence(text: taken.map(\.text).joined(separator: "\n"), page: page.number,
                                                      rule: "header.subject" + Self.repairNote(reading.repairs)))
        // Left out, the line may still have been the subject's: a reviewer decides.
        let cut = bodyLine.map { doubted(field, note: "'\($0.text.prefix(30))…' under it taken for the body") } ?? field
        metadata.subject = checkedSubject(cut, reading, lowered: lowered, words: taken.flatMap(\.segments).flatMap(\.wordsAndMarks))
    }

    /// "V/v …" and the left-column lines that continue it.
    private func readVV(_ page: PageLayout, lines: [LayoutLine], prefixLost: Bool = false, into metadata: inout DocumentMetadata) {
        var segments: [LayoutSegment] = [], texts: [String] = [], lowered: [String] = []
        for line in lines.prefix(4) {
            guard let segment = line.segments.first, page.isLeft(segment) else { break }
            let folded = VietnameseFolding.fold(segment.text)
            let small = segments.isEmpty ? nil : Self.smallLettersReadAsCapitals(segment.text)
            if !segments.isEmpty && (Self.isCapitals(segment.text) && small == nil || folded.hasPrefix("kinh gui")
                || Double(segment.top - segments.last!.bottom) > 0.9 * Double(max(line.height, 1))) { break }
            segments.append(segment)
            texts.append(small ?? segment.text)
            if small != nil { lowered.append(segment.text) }
        }
        var text = Self.joinedLines(texts, wrapDashes: Self.wrapDashes(segments.map { [$0] }, texts: texts))
        var read = segments
        if let range = Self.vvPrefix(in: text) ?? (prefixLost ? Self.vvReadAsWord(in: text) : nil) {
            // The prefix ("V/v", garbled "V#W" at 16) is no word of the subject: its read does not count.
            let prefixWords = text[range].split(separator: " ").count
            if !read.isEmpty { read[0].words.removeFirst(min(prefixWords, read[0].words.count)) }
            text.removeSubrange(range)
        }
        let reading = repairSubject(Self.trim(text))
        let ocr = Self.spanConfidence(read, checkSyllables: true)
        let field = ExtractedField(value: reading.text, confidence: Self.confidence(prefixLost ? 0.8 : 0.9, ocr: ocr) * Self.repairFactor(reading.repairs),
                                   evidence: Evidence(text: segments.map(\.text).joined(separator: "\n"), page: page.number,
                                                      rule: "header.v/v" + (prefixLost ? " (no V/v read; công văn by its number)" : "")
                                                          + Self.repairNote(reading.repairs)))
        metadata.subject = checkedSubject(field, reading, lowered: lowered, words: segments.flatMap(\.wordsAndMarks))
    }

    /// A subject's wrapped line whose letters have one shape in both cases ("cơ sở"), which the
    /// engine reads in capitals ("CƠ SỞ"): the line in small letters; nil for any other line.
    static func smallLettersReadAsCapitals(_ text: String) -> String? {
        let letters = text.filter(\.isLetter)
        guard letters.count >= 2, letters.allSatisfy(\.isUppercase),
              letters.allSatisfy({ "cosvwxz".contains(VietnameseFolding.fold(String($0)).first ?? "-") }) else { return nil }
        return text.lowercased()
    }

    /// The subject doubted for lines read in capitals and taken in small letters, for capitals no
    /// name explains, for its case and specks (`doubtingCase`), and for its unsure words.
    private func checkedSubject(_ field: ExtractedField<String>, _ reading: PhraseLexicon.Reading, lowered: [String],
                                words: [RecognizedWord]) -> ExtractedField<String> {
        let notes = lowered.map { "'\($0)' read in capitals, taken in small letters" } + Self.unknownCapitals(reading.text)
        let read = notes.isEmpty ? field : doubted(field, note: notes.joined(separator: "; "))
        return Self.mended(doubting(doubtingCase(read, reading), words: words, value: reading.text, check: .syllables, vouched: reading.confirmed))
    }

    /// A subject under a type line mostly opens with "về" ("về công tác…", "Về việc…"). A first
    /// word that folds like it but prints otherwise is that word misread: "vê", "vế", "vể", "vễ",
    /// and "vệ" unless a compound goes on (vệ sinh, vệ tinh, vệ binh, vệ quốc).
    static func repairedOpener(_ reading: PhraseLexicon.Reading) -> PhraseLexicon.Reading {
        let words = reading.text.split(separator: " ", omittingEmptySubsequences: false)
        guard let first = words.first, VietnameseFolding.fold(String(first)) == "ve", !PhraseLexicon.samePrinting(String(first), "về") else {
            return reading
        }
        if PhraseLexicon.samePrinting(String(first), "vệ"),
           let next = words.dropFirst().first, ["sinh", "tinh", "binh", "quoc"].contains(VietnameseFolding.fold(String(next))) { return reading }
        var repaired = reading
        let opener = first.first?.isUppercase == true ? "Về" : "về"
        repaired.text = ([Substring(opener)] + words.dropFirst()).joined(separator: " ")
        repaired.repairs.append("\(first)→\(opener)")
        return repaired
    }

    /// Diacritic repair of subjects against the administrative phrases.
    static let subjectRepair = SyllableRepair(lexicon: SubjectTerms.lexicon)

    func repairSubject(_ text: String) -> PhraseLexicon.Reading {
        let spaced = Self.evenDashSpacing(text)
        return repairsWords ? Self.subjectRepair.repair(spaced) : PhraseLexicon.Reading(text: spaced, repairs: [], confirmed: [])
    }

    /// A dash between numbers spaced on one side only ("2025- 2027") lost the other space to OCR:
    /// the side that kept one shows how it was set ("2025 - 2027").
    static func evenDashSpacing(_ text: String) -> String {
        text.replacing(Self.lopsidedDash) { "\($0.output.1) - \($0.output.2)" }
    }

    nonisolated(unsafe) private static let lopsidedDash = #/(\d)(?:-\s+|\s+-)(\d)/#

    nonisolated(unsafe) private static let vvLine = #/^[\s_\-–—'"`“]*[Vv]\s*[/|]\s*[vVyY]?(?:\s+|$)/#
    nonisolated(unsafe) private static let garbledVVLine = #/^[\s_\-–—'"`“]*(?<prefix>[VW]\S{0,2})\s+(?<next>\S+)/#

    /// Under a công văn's number with no "V/v" read, a first word of "V" and a stroke read as a
    /// letter ("Ví", "Vl") before a small letter: the prefix read as a word, since the subject
    /// after it opens in a small letter.
    static func vvReadAsWord(in text: String) -> Range<String.Index>? {
        guard let match = text.firstMatch(of: garbledVVLine), match.output.prefix.first == "V",
              ["vi", "vl", "v1", "vy", "vj"].contains(VietnameseFolding.fold(String(match.output.prefix))),
              match.output.next.first?.isLowercase == true else { return nil }
        return text.startIndex..<match.output.next.startIndex
    }

    /// "V/v ", and what OCR makes of it: "V/ ", "V/V ", "V/y ", "V|v ".
    static func vvPrefix(in text: String) -> Range<String.Index>? {
        if let match = text.firstMatch(of: vvLine) { return match.range }
        // Garbled beyond that ("V4", "VWÑ", "Vự"): a short V-word that is no syllable, then lower case.
        guard let match = text.firstMatch(of: garbledVVLine) else { return nil }
        let prefix = String(match.output.prefix)
        guard !VietnameseSyllable.isValid(prefix), match.output.next.first?.isLowercase == true else { return nil }
        return text.startIndex..<match.output.next.startIndex
    }
}
