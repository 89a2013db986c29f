import Foundation

/// The number-and-symbol grammar of DOMAIN.md §5 with the OCR repairs it allows: Ð/Ɖ→Đ,
/// Ư→U inside issuer codes, O→0 and l/I/|→1 in numbers, doubled letters and stray
/// punctuation. A repair is kept only when the result validates against the grammar.
public struct SymbolGrammar: Sendable {
    public var types: DocumentTypeCatalog

    public init(types: DocumentTypeCatalog = .standard) {
        self.types = types
    }

    static let knownIssuers: Set<String> = [
        "TW", "TU", "HU", "QU", "TXU", "ĐU", "ĐUK", "CB", "ĐĐ", "BCSĐ", "VPTW", "VPTU", "VPHU", "BTCTW", "BTCTU",
        "BTCHU", "BTGTW", "BTGTU", "BDVTW", "BDVTU", "BTGDVTW", "BTGDVTU", "UBKTTW", "UBKTTU", "UBKTHU", "BCĐ",
        "BNCTW", "BNCTU", "BKTTW", "ĐUQSTW", "ĐUCA", "UBND", "HĐND", "CP", "TTg", "VPCP", "BNV", "SNV", "VP", "QH",
        "UBTVQH", "BTC", "STC", "BCA", "BQP", "STTTT", "SKHĐT", "SVHTT", "SGDĐT", "SYT", "TTr", "NV", "TCCB", "VX",
        "KT", "NC", "TH", "BTTTT", "BKHĐT", "BYT", "BGDĐT", "BCT", "BTP", "BXD", "TTCP", "KTNN", "TANDTC", "VKSNDTC",
        // Departments and offices of a people's committee: urban management, environment, finance and
        // planning, education and culture, economy and infrastructure, the records office.
        "QLĐT", "TNMT", "TCKH", "KGVX", "KTHT", "VHXH", "TTHC", "CCVTLT",
    ]

    /// The first valid symbol in a line of text (the "Số" prefix is optional), or nil.
    public func parse(_ line: String) -> DocumentSymbol? {
        let text = Self.normalize(line)
        var party: DocumentSymbol?
        if let match = text.firstMatch(of: Self.partyPattern) {
            party = self.party(num: match.output.num, labelled: Self.followsLabel(text, at: match.range.lowerBound),
                               type: match.output.type, issuer: match.output.issuer)
            party?.doubt = Self.numberDoubt(match.output.num, in: text, at: match.range.lowerBound) ?? Self.cutShort(text, at: match.range.upperBound)
        }
        var state: DocumentSymbol?
        if let match = text.firstMatch(of: Self.statePattern) {
            state = self.state(num: match.output.num, labelled: Self.followsLabel(text, at: match.range.lowerBound),
                               year: match.output.year, sym: match.output.sym)
            state?.doubt = Self.numberDoubt(match.output.num, in: text, at: match.range.lowerBound) ?? Self.cutShort(text, at: match.range.upperBound)
        }
        // Prefer the reading whose type abbreviation validates; Party when both do.
        if let party, let state {
            return party.typeIsKnown || (!state.typeIsKnown && state.typeAbbreviation != nil) ? party : state
        }
        return party ?? state ?? parseGlued(text)
    }

    nonisolated(unsafe) private static let partyPattern: Regex<(Substring, num: Substring, type: Substring, issuer: Substring)> = #/(?<num>[0-9OoIl|§óÓ]{1,5})\s*-+\s*(?<type>[A-Za-zĐđƯư]{1,4})\s*/\s*(?<issuer>[A-ZĐƯ][A-Za-zĐđƯư]*(?:\s*-\s*[A-ZĐƯ][A-Za-zĐđƯư]*)*)/#
    nonisolated(unsafe) private static let statePattern: Regex<(Substring, num: Substring, year: Substring?, sym: Substring)> = #/(?<num>[0-9OoIl|§óÓ]{1,5})\s*/\s*(?:(?<year>(?:19|20)[0-9]{2})\s*/\s*)?(?<sym>[A-ZĐƯ][A-Za-zĐđƯư]*(?:\s*-\s*[A-ZĐƯ0-9][A-Za-zĐđƯư0-9]*)*)/#

    private func party(num: Substring, labelled: Bool, type rawType: Substring, issuer: Substring) -> DocumentSymbol? {
        var repairs: [String] = []
        guard let number = Self.repairNumber(String(num), labelled: labelled, repairs: &repairs) else { return nil }
        let known = Set(types.abbreviations(for: .party))
        let type = Self.repairCode(String(rawType), valid: known, repairs: &repairs)
        let issuers = Self.codes(issuer).map { Self.repairCode($0, valid: Self.knownIssuers, repairs: &repairs) }
        return DocumentSymbol(system: .party, number: number, year: nil, typeAbbreviation: type, issuerCodes: issuers,
                              repairs: repairs, typeIsKnown: known.contains(type),
                              issuersAreKnown: issuers.allSatisfy(Self.knownIssuers.contains))
    }

    private func state(num: Substring, labelled: Bool, year: Substring?, sym: Substring) -> DocumentSymbol? {
        var repairs: [String] = []
        guard let number = Self.repairNumber(String(num), labelled: labelled, repairs: &repairs) else { return nil }
        let known = Set(types.abbreviations(for: .state))
        var parts = Self.codes(sym)
        guard !parts.isEmpty else { return nil }
        let first = Self.repairCode(parts[0], valid: known, repairs: &repairs)
        // No type abbreviation: a công văn ("15/UBND-VP").
        let type: String? = known.contains(first) ? first : nil
        if type != nil { parts.removeFirst() }
        let issuers = Self.unglued(parts.map { Self.repairCode($0, valid: Self.knownIssuers, repairs: &repairs) }, repairs: &repairs)
        guard !issuers.isEmpty else { return nil }
        return DocumentSymbol(system: .state, number: number, year: year.map(String.init), typeAbbreviation: type,
                              issuerCodes: issuers, repairs: repairs, typeIsKnown: type != nil,
                              issuersAreKnown: issuers.allSatisfy(Self.knownIssuers.contains))
    }

    nonisolated(unsafe) private static let separatorDebris = #/\s*([-/])[\s.,:;'`’]*(?:-\s*)*/#

    /// Ð/Ɖ→Đ, dashes unified, underscores and stray marks around separators removed.
    static func normalize(_ line: String) -> String {
        var text = line.precomposedStringWithCanonicalMapping
        for (from, to) in [("Ð", "Đ"), ("Ɖ", "Đ"), ("ð", "đ"), ("ɖ", "đ"), ("—", "-"), ("–", "-"), ("‐", "-"), ("_", " ")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        // "08- -KH", "15 - NQ / TU", "45/.QĐ": drop punctuation between separators.
        text = text.replacing(separatorDebris) { $0.output.1 }
        return text
    }

    static func codes(_ text: Substring) -> [String] {
        text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The number with O read for 0 and bars for 1. A number of bars alone ("I/TB-BYT": 1) is one
    /// only right after its label "Số"; elsewhere letters are no number.
    static func repairNumber(_ raw: String, labelled: Bool, repairs: inout [String]) -> String? {
        guard raw.contains(where: \.isNumber) || labelled && raw.allSatisfy({ "Il|".contains($0) }) else { return nil }
        // "§" is an 8 read by an engine that knows the sign (no Vietnamese document numbers with it).
        let digits = String(raw.map { "Oo".contains($0) ? "0" : ("Il|".contains($0) ? "1" : ("§óÓ".contains($0) ? (($0 == "§" ? "8" : "6")) : $0)) })
        if digits != raw { repairs.append("number \(raw)→\(digits)") }
        return digits
    }

    /// True when the text before `start` ends with the label "Số" (a colon and spaces aside).
    static func followsLabel(_ text: String, at start: String.Index) -> Bool {
        VietnameseFolding.fold(String(text[..<start])).trimmingCharacters(in: CharacterSet(charactersIn: " :")).hasSuffix("so")
    }

    /// Why a number as read may have lost or changed a digit: letters glued before it that are
    /// not the "Số" it follows, or an ó taken for the 6 it resembles in serif type.
    static func numberDoubt(_ number: Substring, in text: String, at start: String.Index) -> String? {
        if number.contains(where: { "óÓ".contains($0) }) { return "'\(number)': ó taken for 6" }
        let glued = text[..<start].reversed().prefix { !$0.isWhitespace && !":.;,(".contains($0) }
        let before = String(glued.reversed())
        guard !before.isEmpty, VietnameseFolding.fold(before) != "so" else { return nil }
        return "'\(before)' glued before the number \(number)"
    }

    /// What follows the symbol as the grammar read it, glued to it, when that goes on with a
    /// separator or a letter ("6/BTC-+VX": a speck before a code, blind seed 9800): the symbol was
    /// cut short. Nil when a space, the line's end or a closing mark follows.
    static func cutShort(_ text: String, at end: String.Index) -> String? {
        let rest = text[end...].prefix { !$0.isWhitespace }
        guard let first = rest.first, "-/".contains(first) || first.isLetter || first.isNumber,
              rest.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return "'\(rest)' glued after the symbol"
    }

    /// The codes with one no list knows cut in two known ones where OCR lost the hyphen between
    /// them ("1116/BYTVP": BYT-VP), when only one cut makes both known.
    static func unglued(_ codes: [String], repairs: inout [String]) -> [String] {
        codes.flatMap { code -> [String] in
            guard !knownIssuers.contains(code) else { return [code] }
            let letters = Array(code)
            let cuts = (2..<max(letters.count - 1, 2)).filter { knownIssuers.contains(String(letters[..<$0])) && knownIssuers.contains(String(letters[$0...])) }
            guard cuts.count == 1, let cut = cuts.first else { return [code] }
            let pieces = [String(letters[..<cut]), String(letters[cut...])]
            repairs.append("\(code)→\(pieces.joined(separator: "-")) (- inserted)")
            return pieces
        }
    }

    /// The code as read if valid, else the first repair that makes it valid, else as read.
    static func repairCode(_ raw: String, valid: Set<String>, repairs: inout [String]) -> String {
        if valid.contains(raw) { return raw }
        let collapsed = String(raw.reduce(into: "") { out, c in if out.last != c || c.isLowercase { out.append(c) } })
        var candidates = [raw.replacingOccurrences(of: "Ư", with: "U"), collapsed,
                          collapsed.replacingOccurrences(of: "Ư", with: "U"), raw.uppercased(),
                          raw.replacingOccurrences(of: "D", with: "Đ"), raw.replacingOccurrences(of: "0", with: "O")]
        if raw.hasSuffix("W") == false { candidates.append(raw.replacingOccurrences(of: "Ư", with: "W")) }
        for candidate in candidates where valid.contains(candidate) {
            repairs.append("\(raw)→\(candidate)")
            return candidate
        }
        let plain = raw.replacingOccurrences(of: "Ư", with: "U")
        if plain != raw { repairs.append("\(raw)→\(plain)") }
        return plain
    }
}
