import ArchivistCore
import CLeptonica

/// Lines the engine's layout analysis took for a picture come back as no words at all: on a
/// bilevel scan the seal stamped over the signature block is as black as the text, and "KT. CHỦ
/// TỊCH", the position and the signer's name inside its ring were lost. Ink that no word covers
/// is gathered into regions (at half size), and each region that can hold a line is read again
/// as a block. Its lines read surely, and covered by no word already read, join the page at
/// their place, with a confidence under what a metadata field needs, for a reviewer to confirm;
/// a signature or a seal alone reads as no such line and adds nothing. A word in a frame is read
/// with the frame whitened (`Frames`).
extension TesseractEngine {
    func readUnreadInk(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        guard let lineHeight = words.lineHeight(wordsAtLeast: 10) else { return (words, []) }
        var page = words, repairs: [String] = []
        for region in unreadRegions(image, words: words, lineHeight: lineHeight, dpi: dpi) {
            let read = readBlock(in: region, pad: dpi / 60, image: image, dpi: dpi)
            // Whole lines only, three words in four read surely and two at least: under a seal's
            // lettered ring a line reads "Ý/HuiWWkPñi Thu Hà", whose sure part is no name; a
            // list's line may end in specks read with its last word ("cáo)..." at 39).
            let lines = read.lineRanges.map { read[$0] }.filter { line in
                let words = line.filter { $0.text.contains(where: { $0.isLetter || $0.isNumber }) }
                let sure = words.filter { $0.confidence >= 75 }.count
                return sure >= 2 && 4 * sure >= 3 * words.count && !line.contains { word in page.contains { Self.covers($0.box, most: word.box) } }
            }
            var found = lines.flatMap { $0 }
            // A word in a frame ("MẬT" stamped in a box) is read with its frame whitened, or read
            // with the frame's sides as brackets ("[MẬT]"): a mark stands alone there, so one word
            // of letters will do. The engine needs a margin of paper around it (a tenth of an inch).
            if found.isEmpty {
                let framed = Frames.erased(in: region, of: image, lineHeight: lineHeight)
                    .map { readBlock(in: region, pad: dpi / 10, image: $0, dpi: dpi) } ?? (Self.readInBrackets(read) ? read : [])
                found = framed.filter { word in
                    word.text.filter(\.isLetter).count >= 2 && word.confidence >= 40 && 2 * (word.box.bottom - word.box.top) >= lineHeight
                        && !page.contains { Self.covers($0.box, most: word.box) }
                }
            }
            guard !found.isEmpty else { continue }
            let block = (page.map(\.block).max() ?? 0) + 1, line = (page.map(\.line).max() ?? 0)
            for range in found.lineRanges {
                // Read where the page's own read saw no text, they are for a reviewer to confirm:
                // under the confidence a field needs.
                let placed = found[range].map { word in
                    RecognizedWord(text: word.text, confidence: min(word.confidence, Self.secondSightConfidence), box: word.box,
                                   block: block, line: line + word.line)
                }
                let top = placed.map(\.box.top).min() ?? 0
                let before = page.lineRanges.first { page[$0.lowerBound].box.top >= top }?.lowerBound ?? page.endIndex
                page.insert(contentsOf: placed, at: before)
            }
            repairs.append("read again where no word was: " + found.map(\.text).joined(separator: " "))
        }
        return (page, repairs)
    }

    /// True when a read is one line opening and closing with a frame's sides read as brackets or
    /// bars ("[MẬT]", "|KHẨN|").
    static func readInBrackets(_ read: [RecognizedWord]) -> Bool {
        guard read.lineRanges.count == 1, let first = read.first?.text.first, let last = read.last?.text.last else { return false }
        return "[|(".contains(first) && "]|)".contains(last)
    }

    /// The confidence words read from ink the page's read left out are given at most.
    static let secondSightConfidence = 70.0

    /// Boxes (full size) of the ink no word covers, grown into line-sized regions: at least half
    /// a line high and a line and a half wide, at most two inches high; the four largest.
    private func unreadRegions(_ image: PixImage, words: [RecognizedWord], lineHeight: Int, dpi: Int) -> [PixelBox] {
        guard let ink = image.depth == 1 ? PixImage(taking: pixCopy(nil, image.pointer)) : PixImage(taking: pixConvertTo1(image.pointer, 160)),
              let half = PixImage(taking: pixReduceRankBinary2(ink.pointer, 1, nil)) else { return [] }
        for word in words {
            var box = boxCreate(Int32(word.box.left / 2 - 2), Int32(word.box.top / 2 - 2),
                                Int32((word.box.right - word.box.left) / 2 + 4), Int32((word.box.bottom - word.box.top) / 2 + 4))
            guard let cleared = box else { continue }
            pixClearInRect(half.pointer, cleared)
            boxDestroy(&box)
        }
        let reach = Int32(max(lineHeight / 2, 3)) | 1, rise = max(reach / 3, 1) | 1
        guard let grown = PixImage(taking: pixDilateBrick(nil, half.pointer, reach, rise)) else { return [] }
        var regions: [PixelBox] = []
        for box in grown.componentBoxes {
            // The dilation grew the box by half its reach and rise on each side.
            let region = PixelBox(left: (box.left + Int(reach / 2)) * 2, top: (box.top + Int(rise / 2)) * 2,
                                  right: (box.right - Int(reach / 2)) * 2, bottom: (box.bottom - Int(rise / 2)) * 2)
            let width = region.right - region.left, height = region.bottom - region.top
            guard 2 * height >= lineHeight, 2 * width >= 3 * lineHeight, height <= 2 * dpi, width < image.width * 9 / 10 else { continue }
            regions.append(region)
        }
        return Array(regions.sorted { ($0.right - $0.left) * ($0.bottom - $0.top) > ($1.right - $1.left) * ($1.bottom - $1.top) }.prefix(4))
    }
}
