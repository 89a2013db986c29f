import ArchivistCore
import Foundation

/// "Nơi nhận": the recipients list in the left column of the foot. Items open with a dash and end
/// with "," or ";"; the archive line ("Lưu: VT, …") closes the list. The stamp and signature beside
/// it leave OCR debris ("tp", "hm") that is no item, and the label itself may be unreadable.
extension MetadataExtractor {
    /// Where the list starts: the line of the label, or the line where an unread label stands.
    struct RecipientsStart {
        var line: Int
        /// False when no "Nơi nhận" was read and the list was found by its shape.
        var labelRead: Bool
    }

    func recipientsStart(_ page: PageLayout) -> RecipientsStart? {
        if let label = page.lines.lastIndex(where: { Self.recipientsLabel(in: $0.text) != nil }) {
            return RecipientsStart(line: label, labelRead: true)
        }
        return unreadLabel(page).map { RecipientsStart(line: $0, labelRead: false) }
    }

    nonisolated(unsafe) private static let labelPattern = #/noi\s*nhan\s*:?/#
    nonisolated(unsafe) private static let garbledRecipientsLabel = #/^[^\p{L}]*(?:\p{L}{1,3}\s*)?nhan\s*[:;]/#
    nonisolated(unsafe) private static let periodInside = #/\.\s+\p{Ll}/#
    nonisolated(unsafe) private static let dotBetweenLetters = #/(\p{Ll})\.(\p{Ll})/#

    /// The range of "Nơi nhận" in a line, also as OCR reads it glued, with marks lost ("Nơinhận",
    /// "Noi nhan"), or with "Nơi" lost or garbled at the start of the line ("¬ nhận:").
    static func recipientsLabel(in text: String) -> Range<String.Index>? {
        let folded = Array(text.precomposedStringWithCanonicalMapping)
        let key = String(folded.map { VietnameseFolding.fold(String($0)).first ?? $0 })
        guard let match = key.firstMatch(of: labelPattern) ?? key.firstMatch(of: garbledRecipientsLabel)
        else { return nil }
        let lower = key.distance(from: key.startIndex, to: match.range.lowerBound)
        let upper = key.distance(from: key.startIndex, to: match.range.upperBound)
        let original = text.precomposedStringWithCanonicalMapping
        return original.index(original.startIndex, offsetBy: lower)..<original.index(original.startIndex, offsetBy: upper)
    }

    /// A list whose label OCR could not read ("NI NHÂN nén từnh"): left-column items opening with
    /// a dash and ending with the archive line, under a short line that opens none. That line is
    /// taken for the label.
    func unreadLabel(_ page: PageLayout) -> Int? {
        let lines = page.lines
        func firstLeft(_ index: Int) -> LayoutSegment? {
            lines[index].segments.first.flatMap { page.isLeft($0) ? $0 : nil }
        }
        func opens(_ index: Int) -> Bool { firstLeft(index).map(Self.opensItem) ?? false }
        guard let archive = lines.indices.last(where: { index in
            guard opens(index), let segment = firstLeft(index) else { return false }
            let word = String(Token(Substring(Self.trim(segment.text).split(separator: " ").first ?? "")).core)
            return StandardRecipients.isArchiveWord(word, folded: VietnameseFolding.fold(word))
        }) else { return nil }
        // Up through items, their wrapped lines and the signature block's own lines (right column
        // only) to the first line that opens none; never through a full-width body line.
        func narrow(_ index: Int) -> Bool { lines[index].segments.allSatisfy { $0.right - $0.left < page.width * 55 / 100 } }
        var first = archive, cursor = archive - 1
        while cursor >= 0, narrow(cursor) {
            if let segment = firstLeft(cursor) {
                if opens(cursor) {
                    first = cursor
                } else if cursor > 0, segment.text.first?.isLowercase == true, opens(cursor - 1) {
                    first = cursor - 1
                    cursor -= 1
                } else {
                    break
                }
            }
            cursor -= 1
        }
        // The line right above the first item stands where the label is printed.
        guard first < archive, first > 0, narrow(first - 1) else { return nil }
        return first - 1
    }

    func readRecipients(_ page: PageLayout, start: RecipientsStart, into metadata: inout DocumentMetadata) {
        let lines = page.lines
        var notes: [String] = []
        var doubts = start.labelRead ? [] : ["no Nơi nhận label read ('\(lines[start.line].text)')"]
        // The label line: what follows the label there is kept only when it reads as an item.
        let labelWords = lines[start.line].segments.filter { page.isLeft($0) }.flatMap(\.words)
        let labelEnd = labelWords.firstIndex { VietnameseFolding.fold($0.text).contains("nhan") }
        let remainderWords = start.labelRead ? Array(labelWords[((labelEnd ?? labelWords.count - 1) + 1)...]) : []
        var segments = lines[(start.line + 1)...].flatMap(\.segments).filter { page.isLeft($0) }
        let remainder = Self.trim(remainderWords.map(\.text).joined(separator: " "))
        var keptRemainder = false
        if remainder.contains(where: \.isLetter) {
            keptRemainder = Self.readsAsRecipient(remainder, words: remainderWords)
            if keptRemainder {
                // An item in its own right, wherever the label ends.
                var item = LayoutSegment(words: remainderWords, page: page.number)
                item.startsWithDash = true
                segments.insert(item, at: 0)
            } else if Self.holdsKnownWord(remainder) {
                // Too garbled to keep, but part of an item ("HĐND th" of "Thường trực HĐND tỉnh").
                doubts.append("'\(remainder)' beside the label dropped")
            } else {
                notes.append("'\(remainder)' beside the label dropped")
            }
        }
        // The list's left edge: where its items open. Runs starting well right of it are stamp debris.
        let edge = segments.dropFirst(keptRemainder ? 1 : 0).filter(Self.opensItem).map(\.left).min() ?? labelWords.first?.box.left ?? 0
        var items: [String] = []
        var used: [LayoutSegment] = []
        var closed = true, lastEnd: Character?
        // A list whose items end with ";" (Decree 30) wraps an item after a comma ("UBND các huyện,
        // thị xã," / "thành phố;"): a comma at a line's end closes items only in a list of commas.
        let itemEnds = Self.itemEnds(segments)
        for segment in segments.sorted(by: { Self.baseline($0) < Self.baseline($1) }) {
            let text = segment.text.precomposedStringWithCanonicalMapping
            let opensItem = Self.opensItem(segment)
            let item = Self.repairStutter(Self.trim(text))
            guard item.contains(where: \.isLetter) else { continue }
            // A name there is the signer's, read into the left column; one that opens with no
            // family name is an item garbled into two capitalised words ("Nhg Ốc" for Như trên).
            if Self.isPersonalName(item) {
                if let first = item.split(separator: " ").first, !Surnames.foldsLikeOne(String(first)) {
                    doubts.append("'\(item)' dropped as a name")
                }
                continue
            }
            if !opensItem && segment.left - edge > page.width * 6 / 100 {
                // Stamp debris holds no word of the lists; a known word is part of a lost item
                // ("trực thuộc" of "- Các chi bộ trực thuộc;" whose start OCR lost).
                if Self.holdsKnownWord(item) { doubts.append("'\(item)' right of the list dropped") } else { notes.append("'\(item)' right of the list dropped") }
                continue
            }
            // The archive line closes the list: what OCR read below it is debris.
            if let last = items.last, closed, StandardRecipients.repair(last)?.text.hasPrefix("Lưu") == true {
                notes.append("'\(item)' after the archive line dropped")
                continue
            }
            if opensItem || closed || items.isEmpty {
                // Items end with "," or ";": one that does not lost its end to OCR ("Ban Chấp" for "Ban Chấp hành,").
                if opensItem && !(lastEnd.map { ",;.".contains($0) } ?? true), let last = items.last { doubts.append("'\(last)' lost its end") }
                items.append(item)
            } else {
                // A wrapped item goes on in lower case; a capital suggests an item whose dash and comma OCR lost.
                // A name of the lexicon wrapped there ("Ban" / "Chấp hành") keeps its capitals.
                let above = items[items.count - 1].split(separator: " ").map(String.init), below = item.split(separator: " ").map(String.init)
                if item.first?.isUppercase == true, !AdministrativeTerms.lexicon.spans((above + below).map { String(Token(Substring($0)).core) }, across: above.count) {
                    doubts.append("'\(item)' joined to the line above")
                }
                let comma = lastEnd == "," && items[items.count - 1].last != ","
                items[items.count - 1] += (comma ? ", " : " ") + item
            }
            used.append(segment)
            lastEnd = Self.lineEnd(text)
            closed = lastEnd.map { itemEnds.contains($0) } ?? true
        }
        guard !items.isEmpty else {
            metadata.recipients = .absent(confidence: 0.4, rule: "foot: Nơi nhận without items" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
            return
        }
        let standard = items.map { StandardRecipients.repair($0) }
        let readings = zip(items, standard).map { item, standard in AdministrativeTerms.lexicon.read(standard?.text ?? item) }
        let values = readings.map(\.text)
        let repairs = standard.compactMap { $0?.note } + readings.flatMap(\.repairs)
        let endsWithArchive = VietnameseFolding.fold(values.last!).hasPrefix("luu")
        let evidence = Evidence(text: ([lines[start.line].text] + used.map(\.text)).joined(separator: "\n"), page: page.number,
                                rule: "foot.noi-nhan" + Self.repairNote(repairs) + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
        let field = ExtractedField(value: values, confidence: Self.confidence(endsWithArchive ? 0.92 : 0.75, ocr: Self.spanConfidence(used))
                                       * Self.repairFactor(repairs), evidence: evidence)
        doubts += Self.recipientDoubts(values, words: used.flatMap(\.words), minimumCodeConfidence: unsureWords.minimumCodeConfidence)
        // A dash alone or a word's worth of marks at the list's edge, between the label and the last
        // item: an item OCR lost ("- Như trên," read "-"; "- Như Điều 3," read "`.").
        let listBottom = used.map(\.bottom).max() ?? 0
        if let stray = page.strayMarks.first(where: { ($0.box.top + $0.box.bottom) / 2 > lines[start.line].bottom && $0.box.bottom < listBottom
                                                       && abs($0.box.left - edge) <= page.width * 2 / 100 }) {
            doubts.append("'\(stray.text)' where an item starts, no item read there")
        }
        // As read: the lexicon takes a period inside a phrase for a speck, but commas read as
        // periods ("UBND các huyện. thị xã. thành phố") are punctuation lost, not specks.
        doubts += items.filter { $0.contains(Self.periodInside) }.map { "period inside '\($0)'" }
        doubts += readings.flatMap(\.caseDoubts).map { "case of \($0)" }
        doubts += readings.flatMap(\.lookAlikes).map { "a phrase reads \($0)" }
        // A hyphen joining two words ("đảng ủy-trực thuộc"), a syllable in capitals in a lower-case item ("CHỦ tịch").
        doubts += values.flatMap(Self.specksBetweenWords)
        doubts += values.flatMap(Self.syllablesInCapitals).map { "case of \($0)" } + values.flatMap(Self.functionWordsInCapital)
        let otherCase = Set(readings.flatMap(\.otherCase))
        doubts += used.flatMap(\.words).filter { otherCase.contains(String(Token(Substring($0.text)).core)) && $0.confidence < unsureWords.minimumConfidence }
            .map { "case of \(Token(Substring($0.text)).core) (\(Int($0.confidence.rounded())))" }
        // The words of a standard item, read and rewritten, are the lexicon's to vouch for.
        let rewritten = zip(items, standard).compactMap { item, standard in standard.map { item + " " + $0.text } }
        let vouched = readings.reduce(into: Set<String>()) { $0.formUnion($1.confirmed) }
            .union(rewritten.flatMap { $0.split(separator: " ") }.map { VietnameseFolding.fold(String(Token($0).core)) })
        // Known archive codes ("VT", "NV") are checked letter for letter by their list.
        let codes = values.last.map { VietnameseFolding.fold($0).hasPrefix("luu") ? Self.archiveCodes(in: $0) : [] } ?? []
        var validated = Set(codes.filter(AdministrativeTerms.archiveCodes.contains).map(VietnameseFolding.fold))
        // The list's last item is the archive line: "Lưu" read as printed there, before codes all
        // known, is checked by the format (the word's low confidence is its hook and bar).
        if items.last?.precomposedStringWithCanonicalMapping.hasPrefix("Lưu") == true, values.last?.hasPrefix("Lưu") == true,
           !codes.isEmpty, codes.allSatisfy(AdministrativeTerms.archiveCodes.contains) {
            validated.insert("luu")
        }
        metadata.recipients = doubting(doubts.isEmpty ? field : doubted(field, note: doubts.joined(separator: "; ")),
                                       words: used.flatMap(\.words), value: values.joined(separator: " "), check: .syllables,
                                       vouched: vouched, validated: validated)
    }

    /// The last character of a line, past OCR's specks.
    static func lineEnd(_ text: String) -> Character? {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " '`\"-—_|¬")).last
    }

    /// The marks that end an item: ";" and "." where the lines end with semicolons more often
    /// than with commas, else "," too.
    static func itemEnds(_ segments: [LayoutSegment]) -> Set<Character> {
        let ends = segments.compactMap { lineEnd($0.text) }
        return ends.filter { $0 == ";" }.count > ends.filter { $0 == "," }.count ? [";", "."] : [",", ";", "."]
    }

    static func opensItem(_ segment: LayoutSegment) -> Bool {
        segment.startsWithDash || (segment.text.trimmingCharacters(in: .whitespaces).first.map { "-–—~_.=".contains($0) } ?? false)
    }

    /// Text beside the label that reads as an item: capitalised, Vietnamese syllables or codes, read
    /// with some confidence. "tp", "l", "hrỦ Sạn Chế" (stamp and signature debris) do not.
    static func readsAsRecipient(_ text: String, words: [RecognizedWord]) -> Bool {
        let tokens = text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        guard let first = tokens.first, first.first?.isUppercase == true, tokens.count >= 2 || first.count >= 3,
              words.allSatisfy({ $0.confidence >= 50 }) else { return false }
        return tokens.allSatisfy { VietnameseSyllable.isValid($0) || UnsureWords.isAcronymOrCode($0) }
    }

    /// True when a word of three letters or more is one the administrative vocabulary prints so
    /// ("HĐND", "tỉnh"): stamp and signature debris ("tp", "hm", "F") holds none.
    static func holdsKnownWord(_ text: String) -> Bool {
        text.split(separator: " ").map { String(Token($0).core) }.contains { $0.count >= 3 && AdministrativeVocabulary.spells($0) }
    }

    /// Items that read wrong however confident OCR was: fragments of one word ("rên"), a lower-case
    /// start ("các huyện, …" that lost "UBND"), brackets left open or never opened, odd archive
    /// codes ("Lưu: V NV", a code read unsure).
    static func recipientDoubts(_ items: [String], words: [RecognizedWord], minimumCodeConfidence: Double) -> [String] {
        var doubts = items.filter { $0.split(separator: " ").count < 2 }.map { "fragment \($0)" }
        doubts += items.filter { $0.first?.isLowercase == true }.map { "'\($0)' starts in lower case" }
        doubts += items.filter { $0.filter { $0 == "(" }.count != $0.filter { $0 == ")" }.count }.map { "brackets in '\($0)'" }
        doubts += items.compactMap(noteReadAlike)
        doubts += items.compactMap(Self.repeatedWord).map { "'\($0)' read twice" }
        // A colon follows only the archive line's "Lưu"; inside an item it is a speck ("Ban Thường: vụ").
        doubts += items.filter { !VietnameseFolding.fold($0).hasPrefix("luu") && $0.contains(":") }.map { "colon inside '\($0)'" }
        // Items end in the unit they go to ("UBND tỉnh", "Công an tỉnh"): "tính" or "tinh" there is it misread.
        doubts += items.compactMap { item in
            item.split(separator: " ").last.map(String.init).flatMap { last in
                VietnameseFolding.fold(last) == "tinh" && !PhraseLexicon.samePrinting(last, "tỉnh") ? "'\(last)' ends '\(item)' (tỉnh?)" : nil
            }
        }
        // "Các" opens most items: a word a consonant off ("Gác ban xây dựng Đảng", read at 81) is it misread.
        doubts += items.compactMap { item in
            guard let first = item.split(separator: " ").first.map({ ToneMarks.canonical(String(Token($0).core).lowercased()) }),
                  first.count == 3, first != "các" else { return nil }
            let apart = zip(first, "các").enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
            return apart.count == 1 && apart[0] != 1 ? "'\(item)' opens with a word a letter from Các" : nil
        }
        guard let archive = items.last, VietnameseFolding.fold(archive).hasPrefix("luu") else { return doubts }
        let codes = archiveCodes(in: archive)
        // Codes are one or more letters of the Vietnamese alphabet (no F, J, W, Z), comma-separated.
        if codes.contains(where: { $0.count == 1 || $0.contains(".") || $0.contains(where: "FJWZ".contains) }) {
            doubts.append("archive codes '\(archive)'")
        }
        // A code not among the usual ones ("VI" for "VT") needs a sure read.
        for code in codes where !AdministrativeTerms.archiveCodes.contains(code) {
            if let word = words.last(where: { String(Token(Substring($0.text)).core) == code }), word.confidence < minimumCodeConfidence {
                doubts.append("archive code \(code) read at \(Int(word.confidence))")
            }
        }
        return doubts
    }

    /// The notes recipient items carry in brackets, folded.
    static let usualNotes = ["de bao cao", "bao cao", "de biet", "de thuc hien", "de phoi hop", "de chi dao", "de theo doi",
                             "de biet va thuc hien", "de b/c", "b/c", "de t/h", "t/h", "de p/h"]

    /// An item's bracketed note a letter or two from a usual one: "(báo các)" for "(báo cáo)",
    /// every word a word, is a misread the lexicon cannot see.
    static func noteReadAlike(_ item: String) -> String? {
        guard let open = item.firstIndex(of: "("), let close = item[open...].firstIndex(of: ")") else { return nil }
        let note = VietnameseFolding.fold(String(item[item.index(after: open)..<close])).trimmingCharacters(in: .whitespaces)
        guard note.count >= 4, !usualNotes.contains(note),
              let near = usualNotes.first(where: { (1...2).contains(EditDistance.between($0, note)) }) else { return nil }
        return "note '\(item[open...close])' reads like '(\(near))'"
    }

    /// The codes of an archive line: "Lưu: VT, NV" → ["VT", "NV"].
    static func archiveCodes(in archive: String) -> [String] {
        archive.split(separator: " ").dropFirst().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":,;")) }
            .filter { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { !$0.isLowercase } }
    }

    /// OCR stutter: "Tỉnh ủ ủy" → "Tỉnh ủy"; "Tổ.chức" → "Tổ chức".
    static func repairStutter(_ text: String) -> String {
        var words: [String] = []
        let spaced = text.replacing(dotBetweenLetters) { "\($0.output.1) \($0.output.2)" }
        for word in spaced.split(separator: " ").map(String.init) {
            if let last = words.last, last.count == 1, last.first!.isLetter, word.count > last.count,
               VietnameseFolding.fold(word).hasPrefix(VietnameseFolding.fold(last)) {
                words[words.count - 1] = word.lowercased() == word ? word : (last.first!.isLowercase ? word.lowercased() : word)
            } else {
                words.append(word)
            }
        }
        return words.joined(separator: " ")
    }
}
