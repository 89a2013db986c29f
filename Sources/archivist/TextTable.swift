/// Plain-text columns, padded to the widest cell (by characters, so Vietnamese aligns).
struct TextTable {
    /// Column titles; nil for a table of label-value rows.
    var headers: [String]?
    var rows: [[String]] = []
    /// Columns that hold numbers are right-aligned.
    var rightAligned: Set<Int> = []

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let all = (headers.map { [$0] } ?? []) + rows
        let widths = (all.first ?? []).indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                rightAligned.contains(column) ? cell.padded(to: widths[column], atStart: true) : cell.padded(to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// At least `width` characters, spaces added at the end (or the start).
    func padded(to width: Int, atStart: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(width - count, 0))
        return atStart ? padding + self : self + padding
    }

    /// At most `limit` characters, with an ellipsis when cut.
    func clipped(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
