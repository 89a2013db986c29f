import ArchivistCore
import Foundation

/// Page 1, right column: "…, ngày D tháng M năm Y", the place and date of issue. The OCR stage
/// reads the line's numbers a second time, by another model when the worker has one.
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
    /// read has them (a letter read for a digit, "OS" for 08, changes nothing): the value of a
    /// date that goes to review. See `DateWitness` in docs/benchmarks.md for how often the
    /// English model was right where the two reads disagreed.
    static func withSecondReadNumbers(_ segment: LayoutSegment) -> String {
        var reread = segment
        reread.words = segment.words.map { word in
            guard let second = secondReadNumber(of: word), Int(IssueDateGrammar.sureNumber(word.text)) != second else { return word }
            var word = word
            word.text = String(second)
            return word
        }
        return reread.text
    }

    /// The number the second read made of a word, when it read one (bars and O as 1 and 0).
    static func secondReadNumber(of word: RecognizedWord) -> Int? {
        word.reread.flatMap { Int(IssueDateGrammar.sureNumber($0)) }
    }

    /// A place name without the periods read after a syllable inside it ("Phú. Mỹ": a speck); an
    /// abbreviation keeps its own ("Tp. Hồ Chí Minh").
    static func withoutInnerPeriods(_ place: String) -> String {
        var words = place.split(separator: " ").map(String.init)
        for index in words.indices.dropLast() where words[index].hasSuffix(".") && words[index + 1].first?.isUppercase == true {
            let word = String(words[index].dropLast())
            if word.count >= 2, VietnameseSyllable.isValid(word) { words[index] = word }
        }
        return words.joined(separator: " ")
    }

    /// Reads place and date into `metadata`; returns the line they were found on, and the words
    /// read before "ngày" (a second reading of the issuer's locality).
    func readPlaceAndDate(_ page: PageLayout, lines: [LayoutLine], topRegion: [Int], symbolYear: String?, text: String,
                          into metadata: inout DocumentMetadata) -> (line: Int?, placeRead: [RecognizedWord]) {
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
            // Another model that read the three numbers in digits, giving this date, checks it: on
            // held-out seeds, no number both models read alike was wrong (docs/benchmarks.md).
            let secondReadDate = IssueDateGrammar.placeAndDate(in: Self.withSecondReadNumbers(segment))?.date
            let confirmed = !firstRead.isEmpty && dateWords.count == 3 && secondReadDate == found.date
                && dateWords.allSatisfy { $0.rereadModel != nil && $0.reread?.allSatisfy(\.isNumber) == true }
            // A bar ("I", "]", "!") can only be a 1; other letters ("s": 5 or 8?) are a guess.
            let guesses = found.guessedDigits.filter { !IssueDateGrammar.barDigits.contains($0.first ?? " ") }
            if !guesses.isEmpty && !confirmed { date = doubted(date, note: "digits guessed " + guesses.joined(separator: ", ")) }
            // A year the symbol ("15/2024/QĐ-UBND") or the page's text names too is checked by it.
            let year = String(found.date.prefix(4))
            let named = symbolYear == year || lines[(dateLine + 1)...].contains { $0.text.contains(year) }
            // The OCR stage read the date line twice: a number the reads disagree on goes to review.
            let disputed = confirmed ? [] : Self.disputedBySecondRead(Array(dateWords))
            if firstRead.isEmpty { date = doubted(date, note: "no date as read; the second read's numbers give it") }
            if !disputed.isEmpty {
                if let second = secondReadDate, second != found.date {
                    date.value = second
                    date.evidence.rule += " (numbers of the second read: " + disputed.joined(separator: ", ") + ")"
                }
                date = doubted(date, note: "a second read of the date line gives " + disputed.joined(separator: ", "))
            }
            // So does a number another model read alike: its engine confidence no longer matters.
            let agreed = dateWords.filter { word in
                guard !confirmed else { return true }
                guard word.rereadModel != nil, let second = Self.secondReadNumber(of: word) else { return false }
                return second == Int(IssueDateGrammar.sureNumber(word.text))
            }.map { VietnameseFolding.fold(String(Token(Substring($0.text)).core)) }
            metadata.date = doubting(date, words: dateWords, value: dateWords.map(\.text).joined(separator: " "), check: .digits,
                                     validated: Set(agreed + (named ? [year] : [])))
            // The date line names its year once; any page may name it again.
            let namedAgain = named || agreed.contains(year) || text.matches(of: #/\b(?:19|20)[0-9]{2}\b/#).filter { $0.output == year }.count >= 2
            if !namedAgain, let read = dateWords.last(where: { $0.text.contains(year) }),
               (unsureWords.minimumDigitsConfidence..<unsureWords.minimumYearConfidence).contains(read.confidence) {
                metadata.date = doubted(metadata.date, note: "year \(year) (\(Int(read.confidence.rounded()))) named nowhere else")
            }
            if let read = found.place {
                let place = Self.withoutInnerPeriods(read)
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
                if place != read { metadata.place = doubted(metadata.place, note: "a period inside '\(read)' left out (a speck?)") }
            } else {
                metadata.place = .absent(confidence: 0.4, rule: "header.place-date: no place before the date")
            }
        } else {
            metadata.date = .absent(confidence: 0.2, rule: "header.place-date: not found")
            metadata.place = .absent(confidence: 0.2, rule: "header.place-date: not found")
        }
        return (dateHit?.0, placeRead)
    }
}
