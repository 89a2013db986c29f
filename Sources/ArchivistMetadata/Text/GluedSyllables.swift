/// Words in capitals the engine ran together where the spaces between bold letters were narrow
/// or blurred: "ỦYĐỨCTRỌNG" is "ỦY ĐỨC TRỌNG", "THCSLÊLỢI" is "THCS LÊ LỢI". Vietnamese is
/// written a syllable a word, so such a word is no syllable, yet cuts into syllables (and
/// abbreviations, which have no vowel). A word is cut only when it holds a Vietnamese letter,
/// at least two of its pieces are syllables, and one cut into the fewest pieces is best: the
/// only one, or the only one whose every syllable the administrative vocabulary prints. A word
/// with the letters of a word of that vocabulary is that word misread ("HUYẸN"), not cut.
enum GluedSyllables {
    /// The pieces of `word` (its leading and trailing punctuation kept on the first and last), or
    /// nil when the word stays as read.
    static func split(_ word: String) -> [String]? {
        let token = Token(Substring(word))
        let core = String(token.core)
        guard core.count >= 4, core.count <= 40, core.allSatisfy({ $0.isLetter && $0.isUppercase }),
              core.contains(where: { !$0.isASCII }),
              !VietnameseSyllable.isValid(core), !SymbolGrammar.knownIssuers.contains(core),
              AdministrativeVocabulary.markedForms[VietnameseFolding.fold(core)] == nil,
              BoxedMarks.restore([word]) == nil else { return nil }
        guard let pieces = bestCut(Array(core)), pieces.count >= 2,
              pieces.filter({ $0.contains(where: isVowel) }).count >= 2 else { return nil }
        var result = pieces
        result[0] = String(token.lead) + result[0]
        result[result.count - 1] += String(token.tail)
        return result
    }

    /// The cut into the fewest syllables and abbreviations, when one is best.
    private static func bestCut(_ letters: [Character]) -> [String]? {
        // cuts[i]: the fewest-piece cuts of the first i letters (at most a few kept).
        var cuts: [[[String]]] = Array(repeating: [], count: letters.count + 1)
        cuts[0] = [[]]
        for end in 1...letters.count {
            for start in max(0, end - 7)..<end where !cuts[start].isEmpty {
                let piece = String(letters[start..<end])
                guard isPiece(piece) else { continue }
                let extended = cuts[start].map { $0 + [piece] }
                if cuts[end].isEmpty || extended[0].count < cuts[end][0].count {
                    cuts[end] = Array(extended.prefix(8))
                } else if extended[0].count == cuts[end][0].count {
                    cuts[end] = Array((cuts[end] + extended).prefix(8))
                }
            }
        }
        // Of those, the cuts that leave the fewest letters to abbreviations ("THCS LÊ LỢI", not
        // "THCSL Ê LỢI"), then those whose syllables the vocabulary prints.
        let abbreviated = { (cut: [String]) in cut.filter { !$0.contains(where: isVowel) }.map(\.count).reduce(0, +) }
        let fewest = cuts[letters.count].map(abbreviated).min()
        let best = cuts[letters.count].filter { abbreviated($0) == fewest }
        if best.count == 1 { return best[0] }
        let spelled = best.filter { cut in cut.allSatisfy { !$0.contains(where: isVowel) || AdministrativeVocabulary.spells($0) } }
        return spelled.count == 1 ? spelled[0] : nil
    }

    /// A syllable, or an abbreviation of two to five consonants ("THCS", "UBND" has a vowel and
    /// is a code, not a piece).
    private static func isPiece(_ piece: String) -> Bool {
        if piece.contains(where: isVowel) { return VietnameseSyllable.isValid(piece) }
        return (2...5).contains(piece.count)
    }

    private static func isVowel(_ letter: Character) -> Bool {
        let base = String(letter).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init)
        return base.map { "aeiouy".contains($0) } ?? false
    }
}
