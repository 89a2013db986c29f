import ArchivistCore

/// A short line in smaller type beside a line in large capitals ("Nơi nhận:" in bold italics at
/// the left of the authority line "K/T BÍ THƯ") is taken by the engine into that line, or into
/// the line below, and read as one garbled word ("Nơnhậm" at 10, '"1.' at 8) whose box is as
/// tall as two lines. Such a word is read again on its own as a block; of what that read finds,
/// the words no other word of the page covers replace it when they are read surely.
extension TesseractEngine {
    func rereadMergedWords(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        let letters = words.filter { $0.text.contains(where: \.isLetter) }
        guard letters.count >= 20 else { return (words, []) }
        let lineHeight = letters.medianHeight
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
                  found.map(\.confidence).reduce(0, +) / Double(found.count) >= word.confidence + 30 else { continue }
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
