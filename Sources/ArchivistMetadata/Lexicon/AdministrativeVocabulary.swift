/// Every word of the phrase lists (bodies, recipients, subject phrases, places, positions) and a
/// few frequent words, in lower case: which words are printed as a reading has them, and which
/// letters the vocabulary knows only with marks.
enum AdministrativeVocabulary {
    /// Frequent words with marks that the phrase lists do not spell out.
    static let functionWords = [
        "các", "của", "và", "với", "những", "như", "về", "để", "là", "có", "không", "được", "này", "trên", "dưới", "đã",
        "sẽ", "cũng", "đến", "từ", "tại", "năm", "ngày", "tháng", "số", "người", "phó", "phố", "ủy", "bộ", "sở", "vụ",
    ]

    /// The phrase lists: bodies of the Party and the State, recipients, subject phrases, places,
    /// signer positions and the collective bodies signed for.
    static let phrases = AdministrativeTerms.party + AdministrativeTerms.state + AdministrativeTerms.recipients + SubjectTerms.partyBuilding
        + SubjectTerms.administration + SubjectTerms.society + PlaceNames.all + SignerPositions.known + SignerPositions.collectives

    /// The words as printed, lower case, tone marks placed the new way.
    static let words: Set<String> = Set((phrases + functionWords).flatMap { $0.split(separator: " ") }
        .map { ToneMarks.canonical(String(Token($0).core).lowercased()) }.filter { !$0.isEmpty })

    /// The words the phrase lists print with a capital ("Sở", "Chủ", "Văn", place names).
    static let capitalised: Set<String> = Set(phrases.flatMap { $0.split(separator: " ") }.map { String(Token($0).core) }
        .filter { $0.first?.isUppercase == true })

    /// A marked word of the vocabulary by its letters without marks ("cac" → "các").
    static let markedForms: [String: String] = words.sorted().reduce(into: [:]) { forms, word in
        let folded = VietnameseFolding.fold(word)
        if folded != word, forms[folded] == nil { forms[folded] = word }
    }

    /// A toned word of the vocabulary by its letters without the tone ("phô" → "phố").
    static let tonedForms: [String: String] = words.sorted().reduce(into: [:]) { forms, word in
        let toneless = ToneMarks.toneless(word)
        if toneless != word, forms[toneless] == nil { forms[toneless] = word }
    }

    /// True when the vocabulary prints `word` so ("Pleiku", "ĐẢNG"), whatever its case.
    static func spells(_ word: String) -> Bool {
        words.contains(ToneMarks.canonical(word.lowercased()))
    }
}
