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
}
