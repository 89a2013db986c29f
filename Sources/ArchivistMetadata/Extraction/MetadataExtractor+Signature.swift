import ArchivistCore
import Foundation

/// The signature block at the foot of the last page: authority line ("T/M BAN THƯỜNG VỤ",
/// "KT. CHỦ TỊCH"), position, and the signer's name under the handwritten signature.
extension MetadataExtractor {
    nonisolated(unsafe) private static let authorityLine = #/^[^A-Za-zÀ-ỹ]*(?<mark>T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM[.,]|KT[.,]|TL[.,]|TUQ\.|Q\.)\s*(?<body>[^a-z]{3,})$/#
    /// An authority mark anywhere in a line, whatever follows it.
    nonisolated(unsafe) private static let mark = #/(?:^|[^A-Za-zÀ-ỹ])(?:T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM\.|KT\.|TL\.)\s/#
    nonisolated(unsafe) private static let markAlone = #/T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM\.?|KT\.?|TL\.?/#
    nonisolated(unsafe) private static let garbledAuthorityLine = #/^[^A-Za-zÀ-ỹ]*(?<first>[TK])(?<slash>[ÍÌIl|1!/\\]{1,2})?(?<last>[MTL])\.?\s+(?<body>[^a-z]{3,})$/#

    /// "T/M BAN THƯỜNG VỤ" → ("T/M", "BAN THƯỜNG VỤ"). A mark OCR garbled ("TÍM", "K/IT", "TM"
    /// without its period) is read as the mark it stands for, with `guessed` set.
    static func authority(in text: String) -> (mark: String, body: String, guessed: Bool)? {
        let cleaned = text.replacingOccurrences(of: "\\", with: " ").split(separator: " ").joined(separator: " ")
        if let match = cleaned.firstMatch(of: authorityLine) {
            // "KT," is "KT." with its period read as a comma.
            let mark = String(match.output.mark.filter { !$0.isWhitespace }).replacingOccurrences(of: ",", with: ".")
            return (mark, trim(String(match.output.body)), false)
        }
        guard let match = cleaned.firstMatch(of: garbledAuthorityLine)
        else { return nil }
        let letters = "\(match.output.first)\(match.output.last)"
        guard ["TM", "KT", "TL"].contains(letters) else { return nil }
        let mark = match.output.slash == nil ? letters + "." : "\(match.output.first)/\(match.output.last)"
        return (mark, trim(String(match.output.body)), true)
    }

    /// A segment cut before each authority mark inside it: two signature blocks side by side read
    /// as one line ("KT. GIÁM ĐỐC SỞ TÀI CHÍNH KT. GIÁM ĐỐC SỞ NỘI VỤ", blind seed 9600), or the
    /// left block's last word read into the right one's ("CHÍNH KT. GIÁM ĐỐC SỞ NỘI VỤ", 9500).
    static func cutAtMarks(_ segment: LayoutSegment) -> [LayoutSegment] {
        let starts = segment.words.indices.dropFirst().filter { index in
            String(segment.words[index...].map(\.text).joined(separator: " ")).firstMatch(of: authorityLine) != nil
        }
        guard !starts.isEmpty else { return [segment] }
        return zip([0] + starts, starts + [segment.words.count]).map { start, end in
            var piece = segment
            piece.words = Array(segment.words[start..<end])
            piece.dashBefore = Set(segment.dashBefore.compactMap { $0 > start && $0 < end ? $0 - start : nil })
            piece.startsWithDash = start == 0 && segment.startsWithDash
            piece.endsWithDash = end == segment.words.count && segment.endsWithDash
            return piece
        }
    }

    func readSignature(_ page: PageLayout, right: [LayoutSegment], all: [LayoutSegment], into metadata: inout DocumentMetadata) {
        let authorityIndex = right.firstIndex { Self.authority(in: $0.text) != nil }
        let inRight = right.compactMap { segment -> (LayoutSegment, String?)? in
            if Self.isPersonalName(Self.trim(segment.text)) { return (segment, nil) }
            if let name = Self.nameAfterStrokes(segment) {
                return (name, "signature strokes read before the name ('" + name.marks.map(\.text).joined(separator: " ") + "')")
            }
            guard let (name, note) = Self.nameMended(segment) else { return nil }
            return (name, note)
        }.last
        let found = inRight?.0 ?? all.last { Self.isPersonalName(Self.trim($0.text)) }
        let nameSegment = found.map { Self.wholeName($0, among: all, page: page) }
        let principal = authorityIndex.flatMap { Self.authority(in: right[$0].text) }
        // Position: capitals between the authority line and the name (one or two lines); with no
        // authority line, the capitals right above the name.
        let between = right[(authorityIndex.map { $0 + 1 } ?? 0)...].prefix { segment in
            segment != found && segment.bottom <= (nameSegment?.top ?? .max)
        }.filter { $0.text.filter(\.isLetter).count >= 3 }    // specks read as "Á", "Ă" are not lines
        let positionLines = authorityIndex == nil ? Array(between.filter { Self.isCapitals($0.text) }.suffix(2)) : Array(between.prefix(2))
        let readings = [Array(positionLines.prefix(1)), Array(positionLines.suffix(1)), positionLines.filter { Self.isCapitals($0.text) }, positionLines]
            .filter { !$0.isEmpty }
            .map { lines in (lines, lines.map { Self.trim($0.text) }.joined(separator: " ")) }
        let best = readings.compactMap { lines, text in SignerPositions.closest(to: text).map { (lines, text, $0) } }
            .max { $0.2.similarity < $1.2.similarity }
        if let (lines, reading, (position, similarity)) = best {
            let asPrinted = ToneMarks.equivalent(reading, position)
            // The deputy a K/T line names is checked by it word for word.
            let agrees = Self.positionAgrees(position, authority: principal)
            let ocr = agrees ? max(Self.spanConfidence(lines), 0.8) : Self.spanConfidence(lines)
            let rule = (asPrinted ? "foot.position" : "foot.position (lexicon repair: \(reading)→\(position))") + (agrees ? " (as the K/T line implies)" : "")
            let field = ExtractedField(value: asPrinted ? reading : position, confidence: Self.confidence(asPrinted || agrees ? 0.95 : 0.85 * similarity, ocr: ocr),
                                       evidence: Evidence(text: reading, page: page.number, rule: rule))
            // A reading that folds to the position, word for word, is checked by the list (none read
            // at 37-53 was wrong on held-out seeds 20261129 and 777); a looser one is not.
            let words = Set(reading.split(separator: " ").map { VietnameseFolding.fold(String(Token($0).core)) })
            let spelled = IssuerNames.squash(reading) == IssuerNames.squash(position)
            metadata.signerPosition = doubting(field, words: lines.flatMap(\.words), value: reading, storedAs: field.value, check: .syllables,
                                               validated: agrees || spelled ? words : [])
        } else if let principal, principal.mark.hasPrefix("K"), let deputy = SignerPositions.deputy(of: principal.body) {
            metadata.signerPosition = ExtractedField(value: deputy, confidence: 0.6,
                                                     evidence: Evidence(text: readings.first?.1, page: page.number, rule: "foot.position inferred from K/T (deputy signs)"))
        } else if let reading = readings.first?.1, let position = SignerPositions.completed(reading, authority: principal?.body) {
            // A position OCR cut short ("CHỦ" with "TỊCH" lost to the seal): the one the authority line implies.
            metadata.signerPosition = doubted(ExtractedField(value: position, confidence: 0.6, evidence: Evidence(text: reading, page: page.number,
                                                                                                               rule: "foot.position completed")),
                                              note: "position cut: \(reading)→\(position)")
        } else if let reading = readings.first?.1, Self.holdsSyllable(reading) {
            metadata.signerPosition = ExtractedField(value: reading, confidence: 0.5, evidence: Evidence(text: reading, page: page.number, rule: "foot.position (unknown)"))
        } else if let reading = readings.first?.1 {
            // Signature strokes read as letters ("fKWWuw", "€Ỹww»") hold no word: no position line.
            metadata.signerPosition = .absent(confidence: 0.4, rule: "foot: no position line ('\(reading)' there holds no word)")
        } else if principal?.mark == "Q." {
            // "Q. GIÁM ĐỐC": the acting head's authority line is the position; no line of its own.
            metadata.signerPosition = .absent(confidence: 0.85, rule: "foot: acting (Q.) signer, position in the authority line")
        } else {
            metadata.signerPosition = .absent(confidence: 0.4, rule: "foot: no position line")
        }
        // Under K/T a deputy signs: a position naming none ("CHỦ TỊCH" under "KT. CHỦ TỊCH") lost
        // its first word ("~a6PHQ CHỦ TỊCH": PHÓ garbled into the line's left).
        if let principal, principal.mark.filter(\.isLetter) == "KT", let position = metadata.signerPosition.value,
           !["PHÓ", "THỨ"].contains(where: { position.hasPrefix($0) }) {
            metadata.signerPosition = doubted(metadata.signerPosition, note: "under \(principal.mark) a deputy signs; '\(position)' names none")
        }
        if let authorityIndex, let (read, body, markGuessed) = principal {
            // A mark whose separator OCR lost or garbled ("TM", "KIT") is printed as its system prints it.
            let form = Self.printedForm(of: read, system: metadata.system)
            let mark = markGuessed ? form ?? read : read
            // A mark read with a bar for its slash ("TIL", "KIT") is confirmed by the position under it.
            let confirmed = markGuessed && markAgrees(mark, body: body, position: metadata.signerPosition)
            metadata.signerAuthority = authorityField(mark: mark, body: body, markGuessed: markGuessed, markConfirmed: confirmed,
                                                      segment: right[authorityIndex], page: page.number,
                                                      readAlike: Self.principalReadAlike(mark: mark, body: body, position: metadata.signerPosition,
                                                                                          sureAbove: reviewThreshold))
            if let form, form != mark {
                metadata.signerAuthority = doubted(metadata.signerAuthority, note: "mark \(mark) but the document is \(metadata.system.value?.rawValue ?? "of no known system"), which prints \(form)")
            }
        }
        if principal == nil {
            // A head signing in own name puts the position right above the name, and nothing above
            // it; any other capitals there may be an authority line OCR could not read. Seal and
            // signature strokes read as capitals ("Á )JŠ Š", "WWW") hold no syllable: no line.
            let ownName = metadata.signerPosition.value != nil && metadata.signerPosition.confidence >= reviewThreshold
                && between.filter({ Self.isCapitals($0.text) && Self.holdsSyllable($0.text) }).count <= (best?.0.count ?? 0)
            metadata.signerAuthority = .absent(confidence: ownName ? 0.85 : 0.6,
                                               rule: ownName ? "foot: signed in own name (no authority line)" : "foot: no authority line (signed in own name?)")
            // A deputy signs for the head, under K/T (Decree 30, HD 36): never in own name.
            if let position = metadata.signerPosition.value, ["PHÓ ", "THỨ "].contains(where: position.hasPrefix) {
                metadata.signerAuthority = doubted(metadata.signerAuthority, note: "'\(position)' is a deputy's, who signs under K/T")
            }
            // A mark read on a line of its own ("KT." over "GIÁM ĐỐC", held-out seed 8700): the line it
            // opened was read apart, and the position under it may be the principal's.
            if let alone = right.first(where: { Self.trim($0.text).wholeMatch(of: Self.markAlone) != nil }) {
                metadata.signerAuthority = doubted(metadata.signerAuthority, note: "the mark '\(alone.text)' read on a line of its own")
                metadata.signerPosition = doubted(metadata.signerPosition, note: "the mark '\(alone.text)' read on a line of its own")
            }
        }
        if let nameSegment {
            let name = Self.trim(nameSegment.text)
            let reading = repairsWords ? Self.repairName(name) : PhraseLexicon.Reading(text: name, repairs: [], confirmed: [])
            let field = ExtractedField(value: reading.text, confidence: Self.confidence(0.95, ocr: nameSegment.confidence) * Self.repairFactor(reading.repairs),
                                       evidence: Evidence(text: nameSegment.text, page: page.number, rule: "foot.name" + Self.repairNote(reading.repairs)))
            // A name word read as its list prints it, with no other listed name a mark away, is checked by the list.
            let asRead = Set(name.split(separator: " "))
            let listed = reading.text.split(separator: " ").enumerated().filter { index, word in
                asRead.contains(word) && (index == 0 ? Surnames.isUnmistakable(String(word)) : GivenNames.isUnmistakable(String(word)))
            }.map { VietnameseFolding.fold(String($0.element)) }
            metadata.signerName = doubting(field, words: nameSegment.words, value: reading.text, check: .personalName, vouched: reading.confirmed,
                                           validated: Set(listed))
            // A word the two reads of its line disagree on (the OCR stage reads a name line again).
            if let word = nameSegment.words.first(where: { $0.reread != nil && $0.reread != $0.text }), let other = word.reread {
                metadata.signerName = doubted(metadata.signerName, note: "'\(word.text)' read '\(other)' by the line's other read")
            }
            // Strokes read as letters before the name may hold its first word; a word mended is a guess.
            if let (_, note) = inRight, let note { metadata.signerName = doubted(metadata.signerName, note: note) }
            // The right column signs; a name found only in the left one under a right-hand authority
            // line is a joint document's other signer when OCR lost the right one's ("h Toàn").
            // Its authority line may be garbled past reading but for the mark ("KT. “n6 ĐỐC SỞ NỘI VỤ").
            let signsRight = authorityIndex != nil || right.contains { $0.text.firstMatch(of: Self.mark) != nil }
            if signsRight, page.isLeft(nameSegment), let found, !right.contains(found) {
                metadata.signerName = doubted(metadata.signerName, note: "name from the left column, none read under the authority line")
            }
            // The engine can be sure of a tone mark it misread: "Thi" for "Thị" at 96.
            let nameWords = reading.text.split(separator: " ")
            let surnameWords = nameWords.count > 2 && Surnames.known.contains(nameWords.prefix(2).joined(separator: " ")) ? 2 : 1
            if let (read, usual) = nameWords.dropFirst(surnameWords).lazy
                .compactMap({ word in GivenNames.likelyMisread(String(word)).map { (String(word), $0) } }).first {
                metadata.signerName = doubted(metadata.signerName, note: "'\(read)' is no usual name, '\(usual)' is")
                metadata.signerName = Self.withUsualNames(metadata.signerName, familyWords: surnameWords)
            }
            // A name opens with its family name: one that opens otherwise lost its first words
            // ("Thị Thu Bích" for Hoàng Phủ Thị Thu Bích, under a seal).
            if let first = nameWords.first, !Surnames.foldsLikeOne(String(first)) {
                metadata.signerName = doubted(metadata.signerName, note: "'\(first)' opens the name: no family name read")
            }
            // One that is no family name is put as the one it most likely is ("Trầu" → Trần); a
            // usual given name there is what is left of a name that lost its first words.
            if let first = nameWords.first.map(String.init), !GivenNames.known.contains(first), let usual = Surnames.likelyReading(of: first) {
                metadata.signerName = Self.withFamilyName(usual, for: 1, in: doubted(metadata.signerName, note: "'\(first)' is no family name"))
            }
            // A family name of two words read with other marks ("Hoàng Phú" for Hoàng Phủ) leaves
            // words that are names each: "Thị" or "Văn" after them, or five words, tell it (Hoàng
            // Phú Cường is a name too); and no name ends in a letter alone ("Lục H", cut short).
            let twoWordFamily = nameWords.count >= 5 || nameWords.dropFirst(2).first.map { ["Thị", "Văn"].contains($0) } == true
            if twoWordFamily, let misread = Surnames.misreadPair(nameWords.prefix(2).map(String.init)) {
                metadata.signerName = Self.withFamilyName(misread, for: 2, in: doubted(metadata.signerName,
                    note: "'\(nameWords.prefix(2).joined(separator: " "))' is no family name, '\(misread)' is"))
            }
            if let last = nameWords.last, last.count == 1 {
                metadata.signerName = doubted(metadata.signerName, note: "the name ends in '\(last)' alone")
            }
        } else {
            metadata.signerName = .absent(confidence: 0.3, rule: "foot: no name-shaped line")
        }
        // A joint document carries a signature block for each issuer: which one the record names
        // is for a reviewer to choose, all the more when OCR lost a block's name.
        // Two side by side may be read as one line ("K/T TRƯỞNG BAN DÂN VẬN K/T TRƯỞNG BAN TỔ CHỨC").
        let blocks = right.filter { Self.authority(in: $0.text) != nil }.count
            + (principal.map { $0.body.contains(Self.mark) ? 1 : 0 } ?? 0)
        if blocks > 1 {
            let note = "\(blocks) signature blocks (a joint document)"
            metadata.signerAuthority = doubted(metadata.signerAuthority, note: note)
            metadata.signerPosition = doubted(metadata.signerPosition, note: note)
            metadata.signerName = doubted(metadata.signerName, note: note)
        }
    }

    /// "KT. CHỦ TỊCH", the body repaired against the lexicon, or against the known positions and
    /// collective bodies when OCR garbled letters ("Q. GHM ĐỐC"): such a repair is a guess for review.
    private func authorityField(mark: String, body: String, markGuessed: Bool, markConfirmed: Bool, segment: LayoutSegment,
                                page: Int, readAlike: Set<String> = []) -> ExtractedField<String> {
        let reading = AdministrativeTerms.lexicon.read(body)
        var value = reading.text, rule = "foot.authority" + Self.repairNote(reading.repairs)
        var guessed = markGuessed && !markConfirmed, vouched = reading.confirmed.union(readAlike)
        if markGuessed {
            rule += " (mark guessed: \(segment.text.split(separator: " ").first ?? "")→\(mark)" + (markConfirmed ? ", as the position confirms)" : ")")
        }
        if let (known, similarity) = SignerPositions.closestAuthority(to: value), similarity >= 0.7 {
            if similarity < 1 {
                rule += " (guessed: \(value)→\(known))"
                guessed = true
            } else if !PhraseLexicon.samePrinting(value, known) {
                rule += Self.repairNote(["\(value)→\(known)"])
            }
            // A known position or body vouches for the words that spell it.
            if similarity == 1 { vouched.formUnion(value.split(separator: " ").map { VietnameseFolding.fold(String(Token($0).core)) }) }
            value = known
        }
        let field = ExtractedField(value: "\(mark) \(value)", confidence: Self.confidence(0.95, ocr: segment.confidence) * Self.repairFactor(reading.repairs),
                                   evidence: Evidence(text: segment.text, page: page, rule: rule))
        return doubting(guessed ? doubted(field, note: "letters guessed") : field, words: segment.words, value: body, storedAs: reading.text,
                        check: .syllables, vouched: vouched)
    }

    /// A name with its family name repaired when one is a letter's marks away ("Đỉnh Văn Đông"),
    /// and words that are no syllable repaired when only one variant is (left unvouched: a guess).
    static func repairName(_ name: String) -> PhraseLexicon.Reading {
        var repairs: [String] = [], confirmed: Set<String> = []
        var words = name.split(separator: " ").map { word -> String in
            let cased = word.prefix(1) + word.dropFirst().lowercased()
            if cased != word { repairs.append("\(word)→\(cased) (case)") }
            return String(cased)
        }
        if let first = words.first, let surname = Surnames.repaired(first) {
            repairs.insert("\(first)→\(surname) (family name)", at: 0)
            confirmed.insert(VietnameseFolding.fold(surname))
            words[0] = surname
        }
        var rest = nameRepair.repair(words.dropFirst().joined(separator: " "))
        rest.repairs.insert(contentsOf: repairs, at: 0)
        rest.confirmed.formUnion(confirmed)
        rest.text = ([words[0]] + (rest.text.isEmpty ? [] : [rest.text])).joined(separator: " ")
        return rest
    }

    /// The name with each word that is no usual name put as the usual name it most likely is
    /// (`GivenNames.likelyReading`), the change named in the evidence. The field is under review.
    static func withUsualNames(_ field: ExtractedField<String>, familyWords: Int) -> ExtractedField<String> {
        guard let name = field.value else { return field }
        let words = name.split(separator: " ").map(String.init)
        var field = field, changes: [String] = []
        field.value = words.indices.map { index in
            guard index >= familyWords, let usual = GivenNames.likelyReading(of: words[index], middle: index < words.count - 1) else { return words[index] }
            changes.append("\(words[index])→\(usual)")
            return usual
        }.joined(separator: " ")
        if !changes.isEmpty { field.evidence.rule += " (usual names: " + changes.joined(separator: ", ") + ")" }
        return field
    }

    /// The name with its first `count` words put as the family name `usual`, the change named in
    /// the evidence. The field is under review.
    static func withFamilyName(_ usual: String, for count: Int, in field: ExtractedField<String>) -> ExtractedField<String> {
        guard let words = field.value?.split(separator: " ").map(String.init), words.count > count else { return field }
        var field = field
        field.value = ([usual] + words.dropFirst(count)).joined(separator: " ")
        field.evidence.rule += " (family name: \(words.prefix(count).joined(separator: " "))→\(usual))"
        return field
    }

    /// Names have no phrases: only a word with a single syllable variant is repaired.
    static let nameRepair = SyllableRepair(lexicon: PhraseLexicon([]))

    /// The name with the words OCR split off to its left on the same line ("Nguyên" | "Phước Thị
    /// Đức Nhân", cut by a seal): name-shaped neighbours in the right part of the page.
    static func wholeName(_ name: LayoutSegment, among segments: [LayoutSegment], page: PageLayout) -> LayoutSegment {
        var whole = name
        while let neighbour = segments.last(where: { segment in
            segment.right <= whole.left && whole.left - segment.right <= page.width * 12 / 100
                && abs(baseline(segment) - baseline(whole)) <= max(whole.bottom - whole.top, 1) / 2
                && segment.center >= page.width * 45 / 100
                && isPersonalName(trim(segment.text + " " + whole.text))
        }) {
            whole = LayoutSegment(words: neighbour.words + whole.words, page: whole.page)
        }
        return whole
    }

    /// True when a line has a word of two letters or more that is a Vietnamese syllable.
    static func holdsSyllable(_ text: String) -> Bool {
        text.split(separator: " ").map { String(Token($0).core) }.contains { $0.count >= 2 && VietnameseSyllable.isValid($0) }
    }

    /// A name read after signature strokes the engine took for letters ("_>*=-Z Tô Quế"): the
    /// segment from the word a personal name starts at, the words before it, which hold no
    /// syllable, kept as marks; nil for any other segment.
    static func nameAfterStrokes(_ segment: LayoutSegment) -> LayoutSegment? {
        guard let start = segment.words.indices.dropFirst().first(where: { index in
            isPersonalName(trim(segment.words[index...].map(\.text).joined(separator: " ")))
        }), !holdsSyllable(segment.words[..<start].map(\.text).joined(separator: " ")) else { return nil }
        var name = segment
        name.words = Array(segment.words[start...])
        name.marks += segment.words[..<start]
        name.dashBefore = Set(segment.dashBefore.compactMap { $0 > start ? $0 - start : nil })
        name.startsWithDash = false
        return name
    }

    /// A name with one word after the first garbled by debris, of a seal's erased ring or a stroke
    /// ("Trần Vă¡: Mạnh Bích", held-out seed 8200): the word's letters, a usual name or one cut
    /// short ("Vă" → Văn), stand for it; with the note for review. Marks glued to a word inside
    /// the name ("Bùi: Bích", held-out seed 6200) are debris too. Nil for any other segment.
    static func nameMended(_ segment: LayoutSegment) -> (LayoutSegment, String)? {
        let words = segment.words
        guard (2...6).contains(words.count) else { return nil }
        let odd = words.indices.filter { !isNameWord(Substring(trim(words[$0].text))) }
        if odd.isEmpty, let index = words.indices.dropLast().first(where: { trim(words[$0].text) != words[$0].text }) {
            var mended = segment
            for index in words.indices { mended.words[index].text = trim(words[index].text) }
            return (mended, "'\(words[index].text)' read with a mark")
        }
        guard odd.count == 1, let index = odd.first, index > 0 else { return nil }
        let read = words[index].text, letters = read.filter(\.isLetter)
        guard letters.first?.isUppercase == true, letters.count < read.count,
              let name = GivenNames.known.contains(letters) ? letters : GivenNames.cutShort(letters) else { return nil }
        var mended = segment
        mended.words[index].text = name
        return isPersonalName(trim(mended.text)) ? (mended, "'\(read)' read as \(name)") : nil
    }

    /// "Nguyễn Thị Hồng Đào": 2-6 capitalised words of letters.
    static func isPersonalName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...6).contains(words.count) && words.allSatisfy(isNameWord)
    }

    /// A capitalised word of letters. One capital misread inside a word ("THị") is OCR's; a word
    /// of capitals is a position.
    static func isNameWord(_ word: Substring) -> Bool {
        word.allSatisfy(\.isLetter) && word.first?.isUppercase == true && word.count <= 7
            && (word.dropFirst().allSatisfy(\.isLowercase) || word.count >= 3 && word.dropFirst().filter(\.isUppercase).count == 1)
    }
}
