import ArchivistCore
import ArchivistMetadata

/// The date of issue ("…, ngày 17 tháng 8 năm 2019") sets a document's retention and place in
/// the catalog, and one misread digit makes another valid date nobody notices (an italic 8 read
/// 3 at confidence 92). So the date line near the top of the page, from "ngày" to the year, is
/// read a second time on its own as one line, by another model when the worker has one
/// (`dateWitness`), and each of its three numbers keeps what that read made of it
/// (`RecognizedWord.reread`): the metadata stage sends a date whose reads disagree to review.
/// Agreement proves little: the same model misreads the same glyph alike, and so, less often,
/// do two.
extension TesseractEngine {
    func rereadDate(on image: PixImage, dpi: Int, words: [RecognizedWord], witness: TesseractEngine? = nil) -> [RecognizedWord] {
        guard let numbers = Self.dateNumbers(in: words, pageHeight: image.height),
              let first = numbers.first.map({ $0 - 1 }), let last = numbers.last else { return words }
        let span = words[first...last]
        let box = PixelBox(left: span.map(\.box.left).min()!, top: span.map(\.box.top).min()!,
                           right: span.map(\.box.right).max()!, bottom: span.map(\.box.bottom).max()!)
        guard let reread = (witness ?? self).readSingleLine(in: box, pad: dpi / 12, image: image, dpi: dpi),
              let values = Self.dateNumbers(inText: reread.text) else { return words }
        var marked = words
        for (index, value) in zip(numbers, values) {
            marked[index].reread = value
            marked[index].rereadModel = witness?.language
        }
        return marked
    }

    /// Indexes of the day, month and year words of the first "ngày D tháng M năm Y" line in the
    /// top 40% of the page, whatever the three were read as: a number read as letters ("tháng
    /// ồ" for 8) is what the second read is for.
    static func dateNumbers(in words: [RecognizedWord], pageHeight: Int) -> [Int]? {
        for range in words.lineRanges where words[range.lowerBound].box.top < pageHeight * 2 / 5 {
            let keys = words[range].map { VietnameseFolding.fold($0.text).filter(\.isLetter) }
            for (offset, key) in keys.enumerated() where key == "ngay" && offset + 5 < keys.count {
                guard keys[offset + 2] == "thang", keys[offset + 4] == "nam" else { continue }
                return [offset + 1, offset + 3, offset + 5].map { range.lowerBound + $0 }
            }
        }
        return nil
    }

    /// The three words after "ngày", "tháng" and "năm" in a line of text, as read; the English
    /// model reads the keywords without marks, "năm" as "ndm" at times: a letter off is theirs.
    static func dateNumbers(inText text: String) -> [String]? {
        let tokens = text.split(separator: " ").map(String.init)
        let keys = tokens.map { VietnameseFolding.fold($0).filter(\.isLetter) }
        guard let day = keys.firstIndex(where: { EditDistance.between($0, "ngay") <= 1 }), day + 5 < tokens.count,
              EditDistance.between(keys[day + 2], "thang") <= 1, EditDistance.between(keys[day + 4], "nam") <= 1 else { return nil }
        return [tokens[day + 1], tokens[day + 3], tokens[day + 5]]
    }
}
