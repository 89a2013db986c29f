import ArchivistCore

/// Cross-checks between fields read from different places on the page. The place of issue is
/// usually also the end of a body's name ("Hải Châu" / "QUẬN ỦY HẢI CHÂU"): when both fold the
/// same but differ in marks, OCR misread one of them, and neither can be trusted as it is.
extension MetadataExtractor {
    func crossCheckPlace(_ metadata: inout DocumentMetadata) {
        guard let place = metadata.place.value else { return }
        let placeWords = place.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        guard !placeWords.isEmpty else { return }
        for keyPath in [\DocumentMetadata.issuer, \DocumentMetadata.parentIssuer] {
            guard let body = metadata[keyPath: keyPath].value,
                  let printed = Self.foldedRun(of: placeWords, in: body),
                  !PhraseLexicon.samePrinting(printed, placeWords.joined(separator: " ")) else { continue }
            let note = "'\(place)' in the place-date but '\(printed)' in the header"
            metadata.place = doubted(metadata.place, note: note)
            metadata[keyPath: keyPath] = doubted(metadata[keyPath: keyPath], note: note)
        }
    }

    /// The year of issue against the other years of the document: the year segment of a legal
    /// document's symbol ("15/2025/QĐ-UBND"), and the years its text names. A year read one digit
    /// off ("2016" for "2018") shows when the text names 2018 and never 2016.
    func crossCheckYear(_ metadata: inout DocumentMetadata, text: String) {
        guard let date = metadata.date.value, let year = date.split(separator: "-").first.map(String.init) else { return }
        if let symbolYear = metadata.symbol.value?.split(separator: "/").dropFirst().first.map(String.init),
           symbolYear.count == 4, symbolYear.allSatisfy(\.isNumber), symbolYear != year {
            let note = "year \(year) of the date but \(symbolYear) in the symbol"
            metadata.date = doubted(metadata.date, note: note)
            metadata.symbol = doubted(metadata.symbol, note: note)
            metadata.number = doubted(metadata.number, note: note)
            return
        }
        // The date line names its year once; the text beyond it is what counts. A range ("nhiệm kỳ
        // 2025 - 2027") names a term, not a year a document is dated in: its years are left out.
        let singles = text.replacing(#/\b(?:19|20)[0-9]{2}\s*[-–—]\s*(?:19|20)[0-9]{2}\b/#, with: " ")
        let named = singles.matches(of: #/\b(?:19|20)[0-9]{2}\b/#).map { String($0.output) }
        let near = Set(named.filter { other in
            let differing = zip(other, year).filter { $0 != $1 }
            return differing.count == 1 && Self.lookAlikeDigits.contains(Set([differing[0].0, differing[0].1]))
        })
        if named.filter({ $0 == year }).count <= 1, let other = near.sorted().first {
            metadata.date = doubted(metadata.date, note: "the text names \(other), never \(year)")
        }
    }

    /// The issuer codes of the symbol against the body the header names: a code stands for its
    /// body's initials and level ("BTCTU": Ban Tổ chức, Tỉnh ủy). Under "BAN TỔ CHỨC", a code
    /// "BTGTU" (C read G) is one letter off: the symbol or the issuer was misread.
    func crossCheckSymbolCodes(_ metadata: inout DocumentMetadata) {
        guard let symbol = metadata.symbol.value, let issuer = metadata.issuer.value,
              let codes = SymbolGrammar(types: types).parse(symbol)?.issuerCodes else { return }
        let bodies = issuer.components(separatedBy: " - ").map(Self.initials)
        for code in codes {
            let level = Self.levelCodes.first { code.hasSuffix($0) && code.count > $0.count }
            let stem = VietnameseFolding.fold(level.map { String(code.dropLast($0.count)) } ?? code)
            guard stem.count >= 2, !bodies.contains(where: { $0.hasPrefix(stem) }),
                  let body = bodies.first(where: { $0.count >= stem.count && EditDistance.between(String($0.prefix(stem.count)), stem) == 1 })
            else { continue }
            let note = "code \(code) in the symbol but the issuer's initials are \(body.prefix(stem.count).uppercased())"
            metadata.symbol = doubted(metadata.symbol, note: note)
            metadata.number = doubted(metadata.number, note: note)
            metadata.issuer = doubted(metadata.issuer, note: note)
            return
        }
    }

    /// The level a Party code ends with: Trung ương, Tỉnh ủy, Huyện ủy, Quận ủy, Thị ủy, Đảng ủy.
    static let levelCodes = ["TW", "TXU", "TU", "HU", "QU", "ĐUK", "ĐU"]

    /// "BAN TỔ CHỨC" → "btc": first letters of a body's words, folded; "và" and commas left out.
    static func initials(_ body: String) -> String {
        String(body.split(separator: " ").map { String(Token($0).core) }
            .filter { !$0.isEmpty && VietnameseFolding.fold($0) != "va" }
            .compactMap { VietnameseFolding.fold($0).first })
    }

    /// Digits OCR takes for one another ("9 read as 0 in dates", 6/8, 3/8, 5/6, 1/7).
    static let lookAlikeDigits: Set<Set<Character>> = [["0", "8"], ["0", "9"], ["6", "8"], ["3", "8"], ["5", "6"], ["1", "7"],
                                                       ["3", "5"], ["8", "9"]]

    /// The words of `text` that fold like `words` (in a row), as printed, if any.
    static func foldedRun(of words: [String], in text: String) -> String? {
        let candidates = text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        let key = words.map(VietnameseFolding.fold)
        guard candidates.count >= key.count else { return nil }
        for start in 0...(candidates.count - key.count) {
            let run = Array(candidates[start..<(start + key.count)])
            if run.map(VietnameseFolding.fold) == key { return run.joined(separator: " ") }
        }
        return nil
    }
}
