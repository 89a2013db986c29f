import ArchivistCore
import ArchivistMetadata

/// The foot of a document sets "Nơi nhận" and its list at the left beside the signature block
/// at the right, their lines a little apart in height. The engine's layout analysis takes both
/// columns as one line each, and cuts the glyphs of the line that sits lower ("- Mặt trận Tổ
/// quốc" read "- MiaL Ltrạn 10 quoc", blind seed 9900; "Nơi nhậm CHỦ TỊCH"). Where lines of the
/// foot part at a wide gap, a column with a word read unsure on them is read again on its own as
/// a block, and that read replaces the page's where it is surer (and, for the signature block,
/// keeps its sure words).
extension TesseractEngine {
    func rereadFootColumns(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        guard let foot = Self.footColumns(of: words, pageWidth: image.width, pageHeight: image.height) else { return (words, []) }
        var page = words, repairs: [String] = []
        var nextBlock = (words.map(\.block).max() ?? 0) + 1
        // The signature block's few lines each hold a field: its read must keep every sure word.
        // The list's items are checked against the lexicon of recipients downstream.
        for (column, signatureBlock) in [(foot.left..<foot.middle, false), (foot.middle..<foot.right, true)]
            where foot.members.contains(where: { column.contains(words[$0].box.center) && words[$0].confidence < Self.unsureFootWord }) {
            let inColumn = page.indices.filter { page[$0].box.bottom > foot.top && column.contains(page[$0].box.center) }
            guard let first = inColumn.first else { continue }
            let region = PixelBox(left: column.lowerBound, top: foot.top, right: column.upperBound, bottom: foot.bottom)
            let before = inColumn.map { page[$0] }.filter(\.holdsLetterOrDigit)
            let read = readBlock(in: region, pad: dpi / 60, image: image, dpi: dpi).filter { column.contains($0.box.center) }
            let readWords = read.filter(\.holdsLetterOrDigit)
            guard !readWords.isEmpty, readWords.meanConfidence >= before.meanConfidence + 3, 5 * readWords.count >= 3 * before.count,
                  !signatureBlock || Self.keepsSureWords(of: before, in: readWords) else { continue }
            let placed = read.map { RecognizedWord(text: $0.text, confidence: $0.confidence, box: $0.box, block: nextBlock, line: $0.line) }
            nextBlock += 1
            for index in inColumn.reversed() { page.remove(at: index) }
            page.insert(contentsOf: placed, at: min(first, page.endIndex))
            repairs.append(before.map(\.text).joined(separator: " ") + "→" + readWords.map(\.text).joined(separator: " ") + " (foot column read alone)")
        }
        return (page, repairs)
    }

    /// Confidence under which a word of the foot's parted lines has its column read again.
    static let unsureFootWord = 85.0

    /// True when every word of two letters or more the page read at 90 or more is in the new read,
    /// marks aside: a block read that lost a sure word lost a line's worth ("K/T BÍ THƯ" read
    /// "KTBÍTHU", "KT. GIÁM ĐỐC SỞ NỘI VỤ" broken around a seal; both on the 29 seeds).
    static func keepsSureWords(of before: [RecognizedWord], in read: [RecognizedWord]) -> Bool {
        let letters = { (word: RecognizedWord) in VietnameseFolding.fold(word.text.filter(\.isLetter)) }
        let found = Set(read.map(letters))
        return before.filter { $0.confidence >= 90 }.map(letters).allSatisfy { $0.count < 2 || found.contains($0) }
    }

    /// The foot's two columns: from the highest of the lines under the running text that part at a
    /// wide gap (the same gap, each line's left part ending before the next's right part starts)
    /// down to the last word; the words of those lines, and where the columns part. A last page
    /// may hold the foot alone, at its top. Nil when no line parts so, or no clearing inside the
    /// gap runs down the foot (the header's columns, with the running text below them).
    static func footColumns(of words: [RecognizedWord], pageWidth: Int, pageHeight: Int)
        -> (top: Int, bottom: Int, left: Int, right: Int, middle: Int, members: [Int])? {
        var gap: (left: Int, right: Int)?, top: Int?, members: [Int] = []
        for range in words.lineRanges.reversed() {
            let sorted = range.sorted { words[$0].box.left < words[$1].box.left }
            let widest = zip(sorted, sorted.dropFirst()).map { (left: words[$0].box.right, right: words[$1].box.left) }
                .max { $0.right - $0.left < $1.right - $1.left }
            guard let widest, widest.right - widest.left >= pageWidth / 12 else {
                // A line of running text across the gap: the foot begins below it.
                if let gap, words[sorted[0]].box.left < gap.left, range.map({ words[$0].box.right }).max()! > gap.right { break }
                continue
            }
            let parting = (left: max(gap?.left ?? 0, widest.left), right: min(gap?.right ?? .max, widest.right))
            guard parting.left < parting.right else { break }
            gap = parting
            top = range.map { words[$0].box.top }.min()
            members += range
        }
        guard let gap, let top else { return nil }
        let below = words.filter { $0.box.bottom > top }
        let lineHeight = words.lineHeight(wordsAtLeast: 20) ?? pageHeight / 50
        // The columns part where no word below reaches into the gap, a list item that runs on
        // further right than the lines beside the signature block included ("Ban Chấp").
        guard let middle = widestClearing(in: gap.left..<gap.right, of: below.filter { $0.confidence >= 40 && $0.holdsLetterOrDigit }.map(\.box),
                                          atLeast: lineHeight) else { return nil }
        return (max(top - lineHeight / 2, 0), min((below.map(\.box.bottom).max() ?? top) + lineHeight / 2, pageHeight),
                max((below.map(\.box.left).min() ?? 0) - lineHeight, 0), min((below.map(\.box.right).max() ?? pageWidth) + lineHeight, pageWidth),
                middle, members)
    }

    /// The middle of the widest run of `span` no box reaches into, when it is `atLeast` wide.
    private static func widestClearing(in span: Range<Int>, of boxes: [PixelBox], atLeast width: Int) -> Int? {
        var clear = [Bool](repeating: true, count: span.count)
        for box in boxes where box.right >= span.lowerBound && box.left < span.upperBound {
            for x in max(box.left, span.lowerBound)..<min(box.right + 1, span.upperBound) { clear[x - span.lowerBound] = false }
        }
        var best: Range<Int>?, start: Int?
        for x in 0...clear.count {
            if x < clear.count, clear[x] { start = start ?? x; continue }
            if let first = start, x - first > (best?.count ?? 0) { best = first..<x }
            start = nil
        }
        guard let best, best.count >= width else { return nil }
        return span.lowerBound + (best.lowerBound + best.upperBound) / 2
    }
}

private extension PixelBox {
    var center: Int { (left + right) / 2 }
}
