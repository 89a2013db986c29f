import ArchivistCore

/// A number glued to its type abbreviation, the separator lost by OCR: "05CT-UBND" (State,
/// slash lost) or "15NQ/TU" (Party, hyphen lost). Repaired only when unambiguous: the letters
/// after the digits are exactly a known type abbreviation of that system and every issuer code
/// is known.
extension SymbolGrammar {
    nonisolated(unsafe) private static let gluedState: Regex<(Substring, num: Substring, type: Substring, issuer: Substring)> = #/(?<num>[0-9]{1,5})(?<type>[A-ZĐ][A-Za-zĐđ]{0,3})\s*-\s*(?<issuer>[A-ZĐƯ][A-Za-zĐđƯư]*(?:\s*-\s*[A-ZĐƯ0-9][A-Za-zĐđƯư0-9]*)*)/#
    nonisolated(unsafe) private static let gluedParty: Regex<(Substring, num: Substring, type: Substring, issuer: Substring)> = #/(?<num>[0-9]{1,5})(?<type>[A-ZĐ][A-Za-zĐđ]{0,3})\s*/\s*(?<issuer>[A-ZĐƯ][A-Za-zĐđƯư]*(?:\s*-\s*[A-ZĐƯ][A-Za-zĐđƯư]*)*)/#

    nonisolated(unsafe) private static let numberBeforeYear = #/([0-9]{1,5})\s*/\s*$/#

    /// The symbol with its lost separator restored, recorded as a repair, or nil.
    func parseGlued(_ normalized: String) -> DocumentSymbol? {
        if let match = normalized.firstMatch(of: Self.gluedState),
           var symbol = glued(.state, num: match.output.num, type: match.output.type, issuer: match.output.issuer) {
            // "58/2020NQ-HĐND": the glued digits are the year of a "number/year/type" symbol.
            if let number = normalized[..<match.range.lowerBound].firstMatch(of: Self.numberBeforeYear), match.output.num.count == 4,
               ["19", "20"].contains(match.output.num.prefix(2)) {
                symbol = DocumentSymbol(system: .state, number: String(number.output.1), year: String(match.output.num),
                                        typeAbbreviation: symbol.typeAbbreviation, issuerCodes: symbol.issuerCodes, repairs: symbol.repairs,
                                        typeIsKnown: true, issuersAreKnown: true)
            }
            return symbol
        }
        if let match = normalized.firstMatch(of: Self.gluedParty) {
            return glued(.party, num: match.output.num, type: match.output.type, issuer: match.output.issuer)
        }
        return nil
    }

    private func glued(_ system: RecordSystem, num: Substring, type: Substring, issuer: Substring) -> DocumentSymbol? {
        let type = String(type)
        guard types.abbreviations(for: system).contains(type) else { return nil }
        var repairs: [String] = []
        let issuers = Self.codes(issuer).map { Self.repairCode($0, valid: Self.knownIssuers, repairs: &repairs) }
        guard !issuers.isEmpty, issuers.allSatisfy(Self.knownIssuers.contains) else { return nil }
        let separator = system == .state ? "/" : "-"
        repairs.insert("\(num)\(type)→\(num)\(separator)\(type) (\(separator) inserted)", at: 0)
        return DocumentSymbol(system: system, number: String(num), year: nil, typeAbbreviation: type, issuerCodes: issuers,
                              repairs: repairs, typeIsKnown: true, issuersAreKnown: true)
    }
}
