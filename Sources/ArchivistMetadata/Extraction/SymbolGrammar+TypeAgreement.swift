/// The symbol's type abbreviation against the type line: "371-GT/TU" under "CHỈ THỊ" is
/// "371-CT/TU" read with a C taken for a G. Only letters OCR confuses are repaired.
extension SymbolGrammar {
    /// Letters OCR takes for one another in the capitals of a symbol.
    static let confusable: Set<Set<Character>> = [["C", "G"], ["O", "Q"], ["O", "D"], ["Q", "D"], ["O", "0"], ["D", "Đ"],
                                                   ["l", "I"], ["l", "1"], ["I", "1"], ["i", "l"], ["i", "1"]]

    /// Marks a speck or a serif makes between two capitals.
    static let strayBars: Set<Character> = ["I", "l", "1", "|", "i"]

    /// True when `read` becomes `expected` by replacing confusable letters only (same length), or
    /// by dropping one bar between them ("KIL" for KL).
    static func isConfusable(_ read: String, with expected: String) -> Bool {
        let a = Array(read), b = Array(expected)
        if a.count == b.count + 1 {
            return (1..<(a.count - 1)).contains { strayBars.contains(a[$0]) && Array(a[..<$0] + a[($0 + 1)...]) == b }
        }
        guard a.count == b.count, a != b else { return false }
        return zip(a, b).allSatisfy { $0 == $1 || confusable.contains([$0, $1]) }
    }

    /// The symbol with its type abbreviation made `expected` when OCR confused letters of it, the
    /// repair recorded; a State symbol whose type was taken for an issuer code ("45/OĐ-UBND") too.
    /// Nil when the symbol already agrees or disagrees beyond confusable letters.
    public func agreeing(_ symbol: DocumentSymbol, withType expected: String) -> DocumentSymbol? {
        var repaired = symbol
        if let read = symbol.typeAbbreviation {
            guard Self.isConfusable(read, with: expected) else { return nil }
            repaired.repairs.append("type \(read)→\(expected) (type line)")
        } else if symbol.system == .state, symbol.issuerCodes.count >= 2, let read = symbol.issuerCodes.first,
                  Self.isConfusable(read, with: expected) {
            repaired.issuerCodes.removeFirst()
            repaired.issuersAreKnown = repaired.issuerCodes.allSatisfy(Self.knownIssuers.contains)
            repaired.repairs.append("type \(read)→\(expected) (type line)")
        } else {
            return nil
        }
        repaired.typeAbbreviation = expected
        repaired.typeIsKnown = true
        return repaired
    }
}
