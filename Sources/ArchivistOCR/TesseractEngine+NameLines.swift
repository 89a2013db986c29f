import ArchivistCore
import ArchivistMetadata

/// A signer's name whose given name the page's read gave another tone mark: no usual name then
/// ("Phương Hướng" for Hường, "Tướng" for Tưởng, read at 90-96 in bold print), or another usual
/// one ("Trương Anh" for Ánh, faded). Such a line is read again on its own, which reads the marks
/// as printed. A word takes the second read's word when that is a usual name with the same
/// letters; its `reread` keeps the page's read, for the metadata stage to send the name to review.
extension TesseractEngine {
    func rereadNameLines(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repairs: [String]) {
        var mended = words, repairs: [String] = []
        for range in words.lineRanges {
            let texts = range.map { words[$0].text }
            guard Surnames.opensNameLine(texts), texts.dropFirst().contains(where: { !GivenNames.isUnmistakable($0) }),
                  let reread = readSingleLine(in: range.map { words[$0].box }.reduce(words[range.lowerBound].box) { $0.union($1) },
                                              pad: dpi / 12, image: image, dpi: dpi) else { continue }
            let tokens = reread.text.split(separator: " ").map(String.init)
            guard tokens.count == range.count else { continue }
            for (index, token) in zip(range, tokens).dropFirst() where !ToneMarks.equivalent(token, words[index].text)
                && GivenNames.isUsual(token) && VietnameseFolding.fold(token) == VietnameseFolding.fold(words[index].text) {
                repairs.append("\(words[index].text)→\(token) (name line read again)")
                mended[index].text = token
                mended[index].reread = words[index].text
            }
        }
        return (mended, repairs)
    }
}
