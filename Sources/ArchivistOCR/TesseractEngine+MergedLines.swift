import ArchivistCore

/// A short line in smaller type beside a line in large capitals ("Nơi nhận:" in bold italics at
/// the left of the authority line "K/T BÍ THƯ") is taken by the engine into that line, or into
/// the line below, and read as one garbled word ("Nơnhậm" at 10, '"1.' at 8) whose box is as
/// tall as two lines. Such a word is read again on its own as a block; of what that read finds,
/// the words no other word of the page covers replace it when they are read surely.
extension TesseractEngine {
    func rereadMergedWords(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        guard let lineHeight = words.lineHeight(wordsAtLeast: 20) else { return (words, []) }
        let merged = words.indices.filter { index in
            let word = words[index]
            return word.confidence < 40 && word.text.filter(\.isLetter).count >= 2
                && Double(word.box.bottom - word.box.top) >= 1.4 * Double(lineHeight)
        }.prefix(3)
        var replaced = words, repairs: [String] = []
        for index in merged.reversed() {
            let word = words[index]
            let others = words.indices.filter { !merged.contains($0) }.map { words[$0].box }
            let found = readBlock(in: word.box, pad: dpi / 60, image: image, dpi: dpi).filter { reread in
                reread.text.contains(where: { $0.isLetter || $0.isNumber }) && !others.contains { Self.covers($0, most: reread.box) }
            }
            guard !found.isEmpty, found.map(\.text) != [word.text],
                  found.meanConfidence >= word.confidence + 30 else { continue }
            replaced.replaceSubrange(index...index, with: found.map { reread in
                RecognizedWord(text: reread.text, confidence: reread.confidence, box: reread.box, block: word.block, line: word.line)
            })
            repairs.append("\(word.text)→\(found.map(\.text).joined(separator: " ")) (read again on its own)")
        }
        return (replaced, repairs)
    }

    /// True when `box` covers half or more of `other`.
    static func covers(_ box: PixelBox, most other: PixelBox) -> Bool {
        let width = min(box.right, other.right) - max(box.left, other.left), height = min(box.bottom, other.bottom) - max(box.top, other.top)
        let area = (other.right - other.left) * (other.bottom - other.top)
        return width > 0 && height > 0 && 2 * width * height >= area
    }
}

/// A short bold line taken together with the top of the line under it ("Nơi nhận:" over "- Các
/// ban xây dựng Đảng;" read "NGi nhận. dưng Đề", its words as tall as two lines, at 20-55, and
/// the line below "- Cac Dan Xây dựng Đang;"): the region of both lines is read again as a block,
/// and its read replaces theirs there when it is clearly surer.
extension TesseractEngine {
    func rereadMergedRegions(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        guard let lineHeight = words.lineHeight(wordsAtLeast: 20) else { return (words, []) }
        var page = words, repairs: [String] = []
        let tall = words.filter { $0.confidence < 60 && Double($0.box.bottom - $0.box.top) >= 1.6 * Double(lineHeight) && $0.text.contains(where: \.isLetter) }
        for seed in tall.prefix(3) where page.contains(seed) {
            // The seed's line mates read unsure beside it; then the lines the region lies across,
            // each as far as its words run on beside those it touches.
            var region = seed.box
            for word in page where word.block == seed.block && word.line == seed.line && word.confidence < 60
                && abs(word.box.left - region.right) <= 3 * lineHeight { region = region.union(word.box) }
            let touched = page.indices.filter { Self.liesAcross(region, page[$0].box) }
            let lines = Set(touched.map { [page[$0].block, page[$0].line] })
            let replaced = Self.grown(Set(touched), within: page.indices.filter { lines.contains([page[$0].block, page[$0].line]) }, words: page).sorted()
            region = replaced.map { page[$0].box }.reduce(region) { $0.union($1) }
            let read = readBlock(in: region, pad: dpi / 60, image: image, dpi: dpi)
            let readWords = read.filter(\.holdsLetterOrDigit), before = replaced.map { page[$0] }.filter(\.holdsLetterOrDigit)
            guard !readWords.isEmpty, readWords.meanConfidence >= before.meanConfidence + 15, 5 * readWords.count >= 3 * before.count else { continue }
            let block = (page.map(\.block).max() ?? 0) + 1
            let placed = read.map { RecognizedWord(text: $0.text, confidence: $0.confidence, box: $0.box, block: block, line: $0.line) }
            for index in replaced.reversed() { page.remove(at: index) }
            page.insert(contentsOf: placed, at: min(replaced[0], page.endIndex))
            repairs.append(before.map(\.text).joined(separator: " ") + "→" + readWords.map(\.text).joined(separator: " ") + " (lines read as one)")
        }
        return (page, repairs)
    }

    /// True when `box` lies across `region`: they meet, over half the box's height.
    static func liesAcross(_ region: PixelBox, _ box: PixelBox) -> Bool {
        let height = min(region.bottom, box.bottom) - max(region.top, box.top)
        return region.left < box.right && box.left < region.right && 2 * height >= box.bottom - box.top
    }
}

extension RecognizedWord {
    var holdsLetterOrDigit: Bool { text.contains { $0.isLetter || $0.isNumber } }
}
