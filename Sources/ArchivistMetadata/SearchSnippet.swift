/// Builds a short excerpt of a page around the words that match a query, with the matches
/// marked, from the original text (so the reader sees the diacritics as printed).
public enum SearchSnippet {
    public static func make(text: String, queryTokens: [String], radius: Int = 8,
                            open: String = "«", close: String = "»") -> String {
        let words = VietnameseFolding.words(in: text)
        guard !words.isEmpty else { return "" }
        let wanted = Set(queryTokens)
        let matches = words.indices.filter { wanted.contains(VietnameseFolding.fold(String(text[words[$0]]))) }
        // Centre on the densest window of matches, so a phrase is shown whole.
        let centre = matches.max { a, b in
            matches.filter { abs($0 - a) <= radius }.count < matches.filter { abs($0 - b) <= radius }.count
        } ?? 0
        let first = max(centre - radius, 0), last = min(centre + radius, words.count - 1)
        var snippet = first > 0 ? "…" : ""
        var cursor = words[first].lowerBound
        let matched = Set(matches)
        for index in first...last {
            let range = words[index]
            // Consecutive matches share one pair of marks: «chuyển đổi số».
            let opens = matched.contains(index) && !matched.contains(index - 1)
            let closes = matched.contains(index) && (index == last || !matched.contains(index + 1))
            snippet += text[cursor..<range.lowerBound]
            snippet += (opens ? open : "") + text[range] + (closes ? close : "")
            cursor = range.upperBound
        }
        if last < words.count - 1 { snippet += "…" }
        return snippet.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
