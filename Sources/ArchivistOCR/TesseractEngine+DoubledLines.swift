import ArchivistCore

/// One printed line the engine made two of, their words over each other: under signature
/// strokes it read a name "Hoà Bích" and, a few pixels lower, "oàng Bíc", and neither is the
/// name. Such lines are read again as one line, and the reading replaces both when it is sure.
extension TesseractEngine {
    func rereadDoubledLines(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        // Lines in reading order, each with its words.
        let lines = Dictionary(grouping: words.indices) { LineKey(block: words[$0].block, line: words[$0].line) }
            .sorted { ($0.key.block, $0.key.line) < ($1.key.block, $1.key.line) }
        var replaced = Set<Int>(), found: [(at: Int, words: [RecognizedWord], note: String)] = []
        for (key, members) in lines where !members.contains(where: replaced.contains) {
            for (otherKey, others) in lines where otherKey != key && !others.contains(where: replaced.contains) {
                let overlapping = members.filter { word in others.contains { Self.overlaps(words[word].box, words[$0].box) } }
                guard !overlapping.isEmpty else { continue }
                // The words read twice and their neighbours on either line, not what the engine
                // took into the same line from across the page.
                let both = Self.grown(Set(overlapping + others.filter { word in overlapping.contains { Self.overlaps(words[word].box, words[$0].box) } }),
                                      within: members + others, words: words).sorted()
                let region = both.map { words[$0].box }.reduce(words[both[0]].box) { $0.union($1) }
                let read = readLine(in: region, pad: dpi / 30, image: image, dpi: dpi).filter { $0.text.contains(where: \.isLetter) }
                guard !read.isEmpty, read.map(\.confidence).min()! >= 70, read.meanConfidence > both.map({ words[$0] }).meanConfidence else { continue }
                replaced.formUnion(both)
                let first = words[both[0]]
                let lineWords = read.map { RecognizedWord(text: $0.text, confidence: $0.confidence, box: $0.box, block: first.block, line: first.line) }
                found.append((both[0], lineWords, both.map { words[$0].text }.joined(separator: " ") + "→"
                    + read.map(\.text).joined(separator: " ") + " (one line read as two)"))
                break
            }
        }
        guard !found.isEmpty else { return (words, []) }
        var result: [RecognizedWord] = []
        for index in words.indices where !replaced.contains(index) || found.contains(where: { $0.at == index }) {
            if let reading = found.first(where: { $0.at == index }) { result += reading.words } else { result.append(words[index]) }
        }
        return (result, found.map(\.note))
    }

    /// `seed` grown by the words of `pool` at most a line's height from one of them, sideways.
    static func grown(_ seed: Set<Int>, within pool: [Int], words: [RecognizedWord]) -> Set<Int> {
        var cluster = seed, growing = true
        while growing {
            growing = false
            for index in pool where !cluster.contains(index) {
                let box = words[index].box, reach = (box.bottom - box.top) * 3 / 2
                if cluster.contains(where: { other in
                    let near = words[other].box
                    return box.left <= near.right + reach && near.left <= box.right + reach
                }) {
                    cluster.insert(index)
                    growing = true
                }
            }
        }
        return cluster
    }

    /// True when two words share half the smaller one's box: the same ink read twice.
    static func overlaps(_ a: PixelBox, _ b: PixelBox) -> Bool {
        let smaller = (a.right - a.left) * (a.bottom - a.top) <= (b.right - b.left) * (b.bottom - b.top) ? a : b
        return covers(smaller == a ? b : a, most: smaller)
    }

    private struct LineKey: Hashable {
        var block: Int, line: Int
    }
}
