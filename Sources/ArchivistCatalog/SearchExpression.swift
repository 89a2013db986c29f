import ArchivistMetadata
import Foundation

/// Turns what a person types into FTS5 queries. Words are ANDed; "quoted words" form a
/// phrase; a trailing * matches a prefix. Everything is quoted, so no input is a syntax error.
struct SearchExpression {
    struct Term {
        var words: [String]
        var prefix: Bool
    }

    let terms: [Term]

    init(_ input: String) {
        var terms: [Term] = []
        for (index, part) in input.precomposedStringWithCanonicalMapping.components(separatedBy: "\"").enumerated() {
            let quoted = index % 2 == 1
            let chunks = quoted ? [part] : part.split(whereSeparator: \.isWhitespace).map(String.init)
            for chunk in chunks {
                let words = VietnameseFolding.words(in: chunk).map { chunk[$0].lowercased() }
                guard !words.isEmpty else { continue }
                terms.append(Term(words: words, prefix: !quoted && chunk.hasSuffix("*")))
            }
        }
        self.terms = terms
    }

    var isEmpty: Bool { terms.isEmpty }
    /// The folded words, for highlighting.
    var foldedWords: [String] { terms.flatMap { $0.words.map(VietnameseFolding.fold) } }
    /// True when the query carries diacritics (or đ), so exact matches can rank first.
    var hasDiacritics: Bool { terms.contains { $0.words.contains { VietnameseFolding.fold($0) != $0 } } }

    /// Matches every term in the folded column.
    var folded: String {
        terms.map { "folded : " + phrase($0.words.map(VietnameseFolding.fold), prefix: $0.prefix) }.joined(separator: " AND ")
    }

    /// All words as one phrase in the folded column: pages where they stand together rank first.
    var foldedPhrase: String {
        "folded : " + phrase(terms.flatMap { $0.words.map(VietnameseFolding.fold) }, prefix: terms.last?.prefix ?? false)
    }

    /// All words as typed, diacritics included, as one phrase in the text column.
    var exactPhrase: String {
        "text : " + phrase(terms.flatMap(\.words), prefix: terms.last?.prefix ?? false)
    }

    private func phrase(_ words: [String], prefix: Bool) -> String {
        "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? " *" : "")
    }
}
