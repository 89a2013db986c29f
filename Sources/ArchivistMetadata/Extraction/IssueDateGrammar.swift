import Foundation

/// A place-and-date line: "Hà Nội, ngày 03 tháng 4 năm 2018".
public struct PlaceAndDate: Sendable, Hashable {
    public var place: String?
    /// ISO 8601 date.
    public var date: String
    /// True when the text needed tolerance (folded words, O/l in digits) to parse.
    public var repaired: Bool
    /// Digits read as letters that only look like them ("Ì→1", "Š→5"): a guess to be reviewed.
    public var guessedDigits: [String] = []
}

/// Reads Vietnamese issue dates, tolerating what OCR does to them: missing diacritics
/// ("ngay 5 thang 3 nam 2024"), O/l/I in digits, glued words. Validates the calendar date.
public enum IssueDateGrammar {
    // Between the words, OCR debris: "25.tháng", "năm-2019". Day and month may be read as
    // letters that look like digits ("tháng Ì", "I1", "]I", "Š"); a year's digits parted by a
    // space the engine put in ("năm 201 9", blind seed 9700).
    nonisolated(unsafe) private static let vietnamese: Regex<(Substring, d: Substring, m: Substring, y: Substring)> = #/ngay[\s.,:;'’`_\-]*(?<d>[0-9oli|!\]\[jszbt]{1,2})[\s.,:;'’`_\-]*thang[\s.,:;'’`_\-]*(?<m>[0-9oli|!\]\[jszbt]{1,2})[\s.,:;'’`_\-]*nam[\s.,:;'’`_\-]*(?<y>[0-9oli|!\]\[jszbt]{4}|[0-9]{3} [0-9]|[0-9]{2} [0-9]{2})/#
    nonisolated(unsafe) private static let numeric: Regex<(Substring, d: Substring, m: Substring, y: Substring)> = #/ngay\s*(?<d>[0-9]{1,2})\s*[-/.]\s*(?<m>[0-9]{1,2})\s*[-/.]\s*(?<y>[0-9]{4})/#

    /// The first "…, ngày D tháng M năm Y" in the text, with the place before it if any.
    public static func placeAndDate(in text: String) -> PlaceAndDate? {
        let original = Array(text.precomposedStringWithCanonicalMapping)
        // Fold letter by letter so offsets in the folded text are offsets in the original.
        let folded = String(original.map { VietnameseFolding.fold(String($0)).first ?? $0 })
        guard let match = folded.firstMatch(of: vietnamese) ?? folded.firstMatch(of: numeric),
              let iso = isoDate(day: String(match.output.d), month: String(match.output.m), year: match.output.y.filter { $0 != " " })
        else { return nil }
        let start = folded.distance(from: folded.startIndex, to: match.range.lowerBound)
        let matched = String(original[start..<folded.distance(from: folded.startIndex, to: match.range.upperBound)])
        let repaired = VietnameseFolding.fold(matched) == matched.lowercased() || matched.contains(where: { "olI|".contains($0) })
        let guessed = [match.output.d, match.output.m, match.output.y].flatMap { digits in
            digits.filter { guessedDigit[$0] != nil }.map { "\($0)→\(guessedDigit[$0]!)" }
        }
        return PlaceAndDate(place: place(before: String(original[..<start])), date: iso, repaired: repaired || !guessed.isEmpty,
                            guessedDigits: guessed)
    }

    /// Letters OCR gives for digits beyond O/l: a guess, the date goes to review. Italic digits
    /// read as "TÌ" (11), "T9" (19), "Š"/"0S" (8, 08) on the held-out pages.
    static let guessedDigit: [Character: Character] = ["i": "1", "!": "1", "]": "1", "[": "1", "j": "1", "t": "1", "s": "8", "z": "2",
                                                       "b": "8"]

    /// Guessed letters that are bars, which only a 1 looks like: the guess is sure.
    public static let barDigits: Set<Character> = ["i", "!", "]", "[", "j"]

    /// True for a number as read: with digits, or bars the grammar takes for 1s ("ÏI").
    public static func readsAsNumber(_ word: String) -> Bool {
        word.contains(where: \.isNumber) || Int(sureNumber(word)) != nil
    }

    /// A number as read with the sure readings made digits (O → 0; l, I, |, and the bars → 1),
    /// other letters kept, punctuation dropped: "l2" and "12" are the same number, "0Š" is not "05".
    public static func sureNumber(_ raw: String) -> String {
        String(raw.compactMap { character -> Character? in
            let folded = VietnameseFolding.fold(String(character)).first ?? character
            if folded == "o" { return "0" }
            if "l|".contains(folded) || barDigits.contains(folded) { return "1" }
            return character.isLetter || character.isNumber ? character : nil
        })
    }

    /// Day, month and year strings (O/l tolerated) to an ISO date, if the date exists.
    public static func isoDate(day: String, month: String, year: String) -> String? {
        func number(_ raw: String) -> Int? {
            Int(String(raw.map { "oO".contains($0) ? "0" : ("lI|".contains($0) ? "1" : guessedDigit[$0] ?? $0) }))
        }
        guard let d = number(day), let m = number(month), let y = number(year),
              (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[m - 1] else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The place: the words before ", ngày", from the first capitalised word (OCR noise such
    /// as "— có" before it is dropped).
    static func place(before text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        // Anything up to a symbol ("15-NQ/TU") belongs to the left column, not the place.
        if let symbol = words.lastIndex(where: { $0.contains(where: \.isNumber) || $0.contains("/") }) {
            words.removeFirst(symbol + 1)
        }
        while let first = words.first {
            // Debris glued to the first word ("_Nha Trang") goes, the word stays.
            let letters = first.drop { !$0.isLetter }
            if letters.first?.isUppercase == true { words[0] = String(letters); break }
            words.removeFirst()
        }
        let place = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-—_'\"`"))
        return place.contains(where: \.isLetter) && words.count <= 8 ? place : nil
    }

    private static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"]

    nonisolated(unsafe) private static let englishMonthFirst = #/(?<mon>[a-z]{3,9})\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})/#
    nonisolated(unsafe) private static let englishDayFirst = #/(?<d>\d{1,2})\s+(?<mon>[a-z]{3,9})\.?,?\s+(?<y>\d{4})/#

    /// "June 10, 2025" or "14 October 2024" as an ISO date.
    public static func englishDate(in text: String) -> String? {
        let lower = text.lowercased()
        if let m = lower.firstMatch(of: englishMonthFirst),
           let month = englishMonths.firstIndex(where: { $0.hasPrefix(m.output.mon) && m.output.mon.count >= 3 }),
           let iso = isoDate(day: String(m.output.d), month: String(month + 1), year: String(m.output.y)) { return iso }
        if let m = lower.firstMatch(of: englishDayFirst),
           let month = englishMonths.firstIndex(where: { $0.hasPrefix(m.output.mon) && m.output.mon.count >= 3 }),
           let iso = isoDate(day: String(m.output.d), month: String(month + 1), year: String(m.output.y)) { return iso }
        return nil
    }
}
