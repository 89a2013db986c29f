import ArchivistCore
import ArchivistMetadata

/// The document's number ("Số 95-BB/CB") is checked by nothing else on the page: its type and
/// codes are (the type line, the issuer), its digits are not, and a speck-ridden "95" read "05"
/// at 56 is another valid number. So the symbol word at the head of the left column is read a
/// second time, with "Số" before it, as one line, and keeps what that read made of it
/// (`RecognizedWord.reread`): the metadata stage sends a number whose reads disagree to review.
extension TesseractEngine {
    func rereadNumber(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> [RecognizedWord] {
        guard let index = words.indices.first(where: { index in
            words[index].box.top < image.height * 3 / 10 && words[index].box.right < image.width * 11 / 20
                && words[index].text.contains("/") && words[index].text.wholeMatch(of: Self.symbolShape) != nil
        }) else { return words }
        let label = index > 0 && words[index - 1].line == words[index].line
            && VietnameseFolding.fold(words[index - 1].text).hasPrefix("so") ? index - 1 : index
        let box = words[label].box.union(words[index].box)
        guard let reread = readSingleLine(in: box, pad: dpi / 12, image: image, dpi: dpi),
              let symbol = reread.text.split(separator: " ").last(where: { $0.contains("/") }) else { return words }
        var marked = words
        marked[index].reread = String(symbol)
        return marked
    }

    /// A number (digits, or bars and O for them) then "-" or "/" and codes: "95-BB/CB", "I7/UBND-VP",
    /// also glued to its label ("Số:58/2020NQ-HĐND").
    nonisolated(unsafe) static let symbolShape = #/[^\p{L}\d]*(?:Số:?)?[\dIl|O]{1,5}[-/].*/#
}
