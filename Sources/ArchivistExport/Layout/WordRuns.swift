import ArchivistCore

/// The words of a page as the engine segmented them, for the layout formats (hOCR, ALTO).
enum WordRuns {
    /// Consecutive words sharing the key (block or line number), in order.
    static func grouped(_ words: [RecognizedWord], by key: KeyPath<RecognizedWord, Int>) -> [[RecognizedWord]] {
        var groups: [[RecognizedWord]] = []
        for word in words {
            if let last = groups.last?.last, last[keyPath: key] == word[keyPath: key] {
                groups[groups.count - 1].append(word)
            } else {
                groups.append([word])
            }
        }
        return groups
    }

    /// The smallest box around these words (a zero box for none).
    static func bounds(_ words: [RecognizedWord]) -> PixelBox {
        PixelBox(left: words.map(\.box.left).min() ?? 0, top: words.map(\.box.top).min() ?? 0,
                 right: words.map(\.box.right).max() ?? 0, bottom: words.map(\.box.bottom).max() ?? 0)
    }
}
