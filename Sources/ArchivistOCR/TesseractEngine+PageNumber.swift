import ArchivistCore
import CLeptonica
import CTesseract
import Foundation

/// Page numbers stand alone at the top centre of every page after the first (Nghị định
/// 30/2020) or at the foot. The engine's layout analysis drops a lone digit as noise; here the
/// margin above the first line and below the last is searched for a small group of marks in
/// the middle of the page, which is read as one line and kept when it reads as a number.
extension TesseractEngine {
    func pageNumber(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> RecognizedWord? {
        let lines = words.filter { $0.confidence > 50 }
        guard let firstTop = lines.map(\.box.top).min(), let lastBottom = lines.map(\.box.bottom).max() else { return nil }
        let height = image.height, margin = dpi / 10
        let bands = [(top: margin, bottom: min(firstTop - margin / 2, height / 5)),
                     (top: max(lastBottom + margin / 2, height * 4 / 5), bottom: height - margin)]
        for band in bands where band.bottom - band.top > dpi / 10 {
            let middle = PixelBox(left: image.width * 2 / 5, top: band.top, right: image.width * 3 / 5, bottom: band.bottom)
            guard let (region, _) = markGroup(in: image, middle, dpi: dpi), let word = readNumber(in: region, image: image, dpi: dpi) else { continue }
            return RecognizedWord(text: word.text, confidence: word.confidence, box: region,
                                  block: (words.map(\.block).max() ?? 0) + 1, line: (words.map(\.line).max() ?? 0) + 1)
        }
        return nil
    }

    /// The box around the marks in `area`, and how many, when they are few and digit-sized (1/30
    /// to 1/5 inch high); nil when there are none or they look like text.
    func markGroup(in image: PixImage, _ area: PixelBox, dpi: Int) -> (box: PixelBox, marks: Int)? {
        let left = area.left, top = area.top
        guard let band = image.clipped(to: area),
              let ink = band.depth == 1 ? band : PixImage(taking: pixConvertTo1(band.pointer, 160)) else { return nil }
        var group: PixelBox?, marks = 0
        for box in ink.componentBoxes {
            let w = box.right - box.left, h = box.bottom - box.top
            if h < dpi / 30 && w < dpi / 30 { continue }  // a speck
            guard h <= dpi / 5, w <= dpi / 4 else { return nil }  // a rule, a stamp, a picture: not a number
            marks += 1
            let mark = PixelBox(left: left + box.left, top: top + box.top, right: left + box.right, bottom: top + box.bottom)
            group = group.map { PixelBox(left: min($0.left, mark.left), top: min($0.top, mark.top),
                                         right: max($0.right, mark.right), bottom: max($0.bottom, mark.bottom)) } ?? mark
        }
        guard let group, (1...7).contains(marks), group.bottom - group.top >= dpi / 30, group.bottom - group.top <= dpi / 5 else { return nil }
        return (group, marks)
    }

    /// The region read as one line; a number, with dashes around it or not ("2", "- 2 -").
    /// The engine needs white around a lone digit (an eighth of an inch) to read it.
    private func readNumber(in region: PixelBox, image: PixImage, dpi: Int) -> (text: String, confidence: Double)? {
        guard let read = readSingleLine(in: region, pad: dpi / 8, image: image, dpi: dpi), read.confidence >= 60,
              read.text.wholeMatch(of: /[-–—]?\s?\d{1,4}\s?[-–—]?/) != nil else { return nil }
        return read
    }
}
