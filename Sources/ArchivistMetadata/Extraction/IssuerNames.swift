/// Repairs issuing-body names against a gazetteer of provinces and the usual body prefixes:
/// OCR glues words ("ỦYBÌNHDƯƠNG") and confuses tones ("VỮNG TÀU"); a name that folds to a
/// known prefix + province is rewritten, keeping the words OCR read right as printed
/// (old-style "HUYỆN UỶ" stays).
public enum IssuerNames {
    /// Provinces and cities (PlaceNames), longest first.
    static let provinces = PlaceNames.all
    static let prefixes = [
        "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ tỉnh", "Đảng bộ thành phố",
        "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố", "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân thành phố",
        "Tỉnh", "Thành phố", "Thành ủy TP.", "Ủy ban nhân dân TP.", "TP.",
    ]

    /// The repaired name, and whether anything changed.
    public static func repair(_ name: String) -> (name: String, repaired: Bool) {
        let upper = name == name.uppercased()
        let squashed = squash(name)
        for province in provinces where squashed.hasSuffix(squash(province)) {
            let prefixKey = String(squashed.dropLast(squash(province).count))
            let words = name.split(separator: " ").map(String.init)
            // The OCR words that spell the prefix, if the words split cleanly there.
            var prefixWords: [String]?
            var consumed = ""
            for (index, word) in words.enumerated() where consumed.count < prefixKey.count || prefixKey.isEmpty {
                if prefixKey.isEmpty { prefixWords = []; break }
                consumed += squash(word)
                if consumed == prefixKey { prefixWords = Array(words[...index]) }
            }
            if prefixKey.isEmpty { prefixWords = [] }
            let canonicalPrefix = prefixes.first { squash($0) == prefixKey }.map { upper ? $0.uppercased() : $0 }
            // The prefix as OCR read it when that is the canonical one printed in some tone style
            // ("HUYỆN UỶ"); a misread mark ("TĨNH") takes the canonical spelling.
            let readPrefix = prefixWords?.joined(separator: " ")
            guard let prefix = readPrefix.flatMap({ read in
                canonicalPrefix.map { PhraseLexicon.samePrinting(read, $0) } == false ? nil : read
            }) ?? canonicalPrefix else { continue }
            // Keep the OCR spelling of the place when it differs only in tone placement.
            let placeWords = words.suffix(province.split(separator: " ").count).joined(separator: " ")
            let canonicalPlace = upper ? province.uppercased() : province
            let place = ToneMarks.equivalent(placeWords, canonicalPlace) ? placeWords : canonicalPlace
            let repaired = [prefix, place].filter { !$0.isEmpty }.joined(separator: " ")
            return (repaired, repaired != name)
        }
        return (name, false)
    }

    /// Body names a header name opens with, of two words or more, longest first. The army's Party
    /// committee is "Quân ủy Trung ương" and no other: "QUAN UY" before a locality is Quận ủy.
    private static let openings: [(printed: [String], folded: [String])] = (AdministrativeTerms.party + AdministrativeTerms.state)
        .map { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 2 }
        .map { ($0, $0.map(VietnameseFolding.fold)) }.sorted { $0.printed.count > $1.printed.count }

    /// The name with the body words it opens with rewritten when they fold like one known body's
    /// and were read with other marks ("ĐANG UY KHÔI" → "ĐẢNG ỦY KHỐI", "BAN TÔ CHÚC"), each body
    /// of a joint name alike; and the rewritten words ("ĐANG→ĐẢNG", "UY→ỦY"). Every word of the
    /// opening may be misread: only names of bodies stand there.
    public static func openingRepaired(_ name: String) -> (name: String, repairs: [String]) {
        var repairs: [String] = []
        let bodies = name.components(separatedBy: " - ").map { body -> String in
            let words = body.split(separator: " ").map(String.init)
            let folded = words.map(VietnameseFolding.fold)
            let matches = openings.filter { $0.folded.count <= words.count && Array(folded.prefix($0.folded.count)) == $0.folded }
            guard let longest = matches.first,
                  matches.filter({ $0.printed.count == longest.printed.count })
                      .allSatisfy({ zip($0.printed, longest.printed).allSatisfy(PhraseLexicon.samePrinting) }) else { return body }
            let read = Array(words.prefix(longest.printed.count))
            guard zip(read, longest.printed).contains(where: { !PhraseLexicon.samePrinting($0, $1) }) else { return body }
            let rewritten = zip(read, longest.printed).map { PhraseLexicon.casing(of: $0, applied: $1) }
            repairs += zip(read, rewritten).filter { $0 != $1 }.map { "\($0)→\($1)" }
            return (rewritten + words.dropFirst(read.count)).joined(separator: " ")
        }
        return (bodies.joined(separator: " - "), repairs)
    }

    /// Folded letters only: "ỦY BAN" → "uyban".
    static func squash(_ text: String) -> String {
        VietnameseFolding.fold(text).filter { $0.isLetter }
    }
}
