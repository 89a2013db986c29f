extension Array where Element == RecognizedWord {
    /// Index ranges of the engine's lines, in order: runs of words of one block and line.
    public var lineRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = startIndex
        while start < endIndex {
            var end = start + 1
            while end < endIndex, self[end].block == self[start].block, self[end].line == self[start].line { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The words' median box height, a text line's height when they are a line's or a page's
    /// (tall noise and small marks alike ignored); 0 for no words.
    public var medianHeight: Int {
        let heights = map { $0.box.bottom - $0.box.top }.sorted()
        return heights.isEmpty ? 0 : heights[heights.count / 2]
    }

    /// The words' mean confidence; 0 for no words.
    public var meanConfidence: Double {
        isEmpty ? 0 : map(\.confidence).reduce(0, +) / Double(count)
    }

    /// The text line's height on a page of at least `count` words with letters (their median
    /// height); nil on a page with fewer, which says too little about its lines.
    public func lineHeight(wordsAtLeast count: Int) -> Int? {
        let letters = filter { $0.text.contains(where: \.isLetter) }
        return letters.count >= count ? letters.medianHeight : nil
    }
}

extension RecognizedWord {
    /// The word cut into `pieces`, its box shared out by their letters.
    public func split(into pieces: [String]) -> [RecognizedWord] {
        let total = max(pieces.map(\.count).reduce(0, +), 1), width = box.right - box.left
        var left = box.left, letters = 0
        return pieces.map { piece in
            letters += piece.count
            let right = box.left + width * letters / total
            defer { left = right }
            var part = self
            part.text = piece
            part.box = PixelBox(left: left, top: box.top, right: right, bottom: box.bottom)
            return part
        }
    }

    /// This word and the next one on its line as one word reading `text`: both boxes, the lower
    /// confidence.
    public func joined(with next: RecognizedWord, as text: String) -> RecognizedWord {
        var word = self
        word.text = text
        word.box = box.union(next.box)
        word.confidence = min(confidence, next.confidence)
        return word
    }
}
