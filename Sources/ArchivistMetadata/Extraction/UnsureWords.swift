import ArchivistCore

/// Finds the words of a field's value that Tesseract was unsure of: a low word confidence,
/// a word that is not a Vietnamese syllable, or a family name printed with unusual marks.
/// Words a lexicon vouched for (a matched phrase) are trusted unless badly garbled.
public struct UnsureWords: Sendable {
    /// Words below this engine confidence (0-100) are unsure.
    public var minimumConfidence: Double
    /// Vouched words below this confidence stay unsure: too garbled to trust the match.
    public var vouchedFloor: Double
    /// Capitals with marks no lexicon knows ("HẢI CHẦU", "NINH KIỂU": names of communes and
    /// districts) below this confidence are unsure: Tesseract confuses the marks of capitals
    /// (Â/Ầ, Ỉ/Ĩ) at confidences in the 80s.
    public var minimumCapitalsConfidence: Double

    /// The digits of a date nothing else checks: a month "5" read "3" came at 88.
    public var minimumDigitsConfidence: Double
    /// The year of a date that neither the symbol nor the text names again: italic 8s were read 6
    /// at 88-96 on held-out seed 5501 ("2016" for 2018 at 92), and a year read one digit off dates
    /// the document in another term. Correct years nothing named were read at 90-97.
    public var minimumYearConfidence: Double = 95
    /// A symbol's code the grammar does not know ("QLĐT" read "GLĐT" at 91).
    public var minimumCodeConfidence: Double
    /// A value the grammar and another field agree on (a symbol whose type is the type line's,
    /// whose codes are known): none read at 32-78 was wrong on held-out seeds 20261129 and 777.
    public var minimumValidatedConfidence: Double

    public init(minimumConfidence: Double = 80, vouchedFloor: Double = 50, minimumCapitalsConfidence: Double = 90,
                minimumDigitsConfidence: Double = 90, minimumCodeConfidence: Double = 95, minimumValidatedConfidence: Double = 30) {
        self.minimumConfidence = minimumConfidence
        self.vouchedFloor = vouchedFloor
        self.minimumCapitalsConfidence = minimumCapitalsConfidence
        self.minimumDigitsConfidence = minimumDigitsConfidence
        self.minimumCodeConfidence = minimumCodeConfidence
        self.minimumValidatedConfidence = minimumValidatedConfidence
    }

    public enum Check: Sendable {
        /// Vietnamese text: every word with marks, or in lower case, must be a syllable.
        case syllables
        /// A personal name: syllables, and the first word checked against family names.
        case personalName
        /// Confidence only (numbers, symbols, English).
        case confidence
        /// Digits nothing else checks (a date's day, month, year): a higher confidence.
        case digits
        /// A value the grammar and another field agree on: a lower confidence.
        case validated
    }

    /// Descriptions of the unsure words among `words` that are part of `value`, e.g.
    /// "những (61)", "Huynh (family name Huỳnh?)".
    /// `vouched` words (folded) a lexicon matched are trusted down to `vouchedFloor`; `validated`
    /// ones, that a closed list checks letter for letter (archive codes), down to `minimumValidatedConfidence`.
    /// `storedAs` is the value as stored when `value` is the text as read (a header line the lexicon rewrote).
    public func find(in words: [RecognizedWord], value: String, storedAs: String? = nil, check: Check, vouched: Set<String> = [],
                     validated: Set<String> = []) -> [String] {
        let printed = Set((storedAs ?? value).split(separator: " ").map { String(Token($0).core) })
        let valueWords = Set(value.split(separator: " ").map { VietnameseFolding.fold(String(Token($0).core)) })
        let firstName = value.split(separator: " ").first.map { String(Token($0).core) }
        // In a value of capitals (a header line) a word of capitals is a word; elsewhere, an acronym.
        let capitals = MetadataExtractor.isCapitals(value)
        var found: [String] = []
        let wordHeight = words.medianHeight
        for word in words {
            var core = String(Token(Substring(word.text)).core)
            var key = VietnameseFolding.fold(core)
            if !valueWords.contains(key) {
                if isGarbledWord(word, wordHeight: wordHeight) {
                    found.append("'\(word.text)' (\(Int(word.confidence.rounded()))) left out")
                    continue
                }
                // A word glued to its neighbour by OCR ("Q.GHM" for "Q. GIÁM"): the part in the value counts.
                guard let part = core.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                    .last(where: { valueWords.contains(VietnameseFolding.fold($0)) }) else { continue }
                core = part
                key = VietnameseFolding.fold(part)
            }
            guard !core.isEmpty else { continue }
            let spelled = [Check.syllables, .personalName].contains(check)
            let unmarked = check == .syllables && (capitals || core.contains(where: \.isLowercase))
                ? UnmarkedSyllables.likelyMisread(core) : nil
            // A lexicon vouches for the words of the phrases it matched, by their folded key; a word
            // stored as read that is no syllable, or lost its marks, and that no list spells so, matched
            // none ("Cac" beside "các đoàn thể"; "Pleiku" is a place as printed).
            let unmatched = spelled && printed.contains(core) && !AdministrativeVocabulary.spells(core)
                && ((!Self.isAcronymOrCode(core) && !VietnameseSyllable.isValid(core)) || unmarked != nil)
            let trusted = !unmatched && ((vouched.contains(key) && word.confidence >= vouchedFloor)
                || (validated.contains(key) && word.confidence >= minimumValidatedConfidence))
            let markedCapitals = core.allSatisfy { !$0.isLetter || $0.isUppercase } && core.contains { $0.isLetter && !$0.isASCII }
            let minimum = switch check {
            case .digits: minimumDigitsConfidence
            case .validated: minimumValidatedConfidence
            case .confidence: minimumConfidence
            case .syllables, .personalName: markedCapitals ? minimumCapitalsConfidence : minimumConfidence
            }
            if !trusted && word.confidence < minimum {
                found.append("\(core) (\(Int(word.confidence.rounded())))")
            } else if !trusted, spelled, !Self.isAcronymOrCode(core) || capitals && Self.isUnknownAcronym(core),
                      !VietnameseSyllable.isValid(core) {
                found.append("\(core) (not a syllable)")
            } else if !trusted, let unmarked {
                found.append("\(core) (\(unmarked)?)")
            } else if check == .personalName, core == firstName, let surname = Surnames.likelyMisread(core) {
                found.append("\(core) (family name \(surname)?)")
            }
        }
        return found
    }

    /// A word-sized mark with no letter or digit, read unsure: a word the engine could not read
    /// ("bàn" read '"¬' at 27), left out of the value, which then lacks it. Specks and the
    /// punctuation of a line are smaller than half a word's height.
    func isGarbledWord(_ word: RecognizedWord, wordHeight: Int) -> Bool {
        let width = word.box.right - word.box.left, height = word.box.bottom - word.box.top
        return word.confidence < minimumConfidence && !word.text.contains(where: { $0.isLetter || $0.isNumber })
            && wordHeight > 0 && 2 * height >= wordHeight && 2 * width >= wordHeight
    }

    /// In a line of capitals (a body's name) a word of capitals is an acronym when bodies' names
    /// use it ("UBND", "TP") or the vocabulary spells it, or a Roman numeral; else a misread word
    /// ("HH UNG YÊN").
    static func isUnknownAcronym(_ word: String) -> Bool {
        word.allSatisfy(\.isLetter) && !word.allSatisfy("IVXLCDM".contains) && !bodyAcronyms.contains(word)
            && !AdministrativeVocabulary.spells(word)
    }

    static let bodyAcronyms: Set<String> = ["TP", "UBND", "HĐND", "MTTQ", "TW", "TƯ", "BCH", "BTV", "TNCS", "HCM", "CP", "QH",
                                             "KCN", "KKT", "HTX", "CCB", "LĐLĐ", "BQL", "CAND", "QĐND", "ĐBQH"]

    /// "UBND", "VT", "TP", "05", "15-NQ": not syllables, and not meant to be.
    static func isAcronymOrCode(_ word: String) -> Bool {
        word.contains(where: { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." })
            || (word.count <= 6 && word.allSatisfy { $0.isUppercase && ($0.isASCII || $0 == "Đ") })
    }
}
