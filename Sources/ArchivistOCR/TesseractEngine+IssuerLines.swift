import ArchivistCore

/// The issuing body's lines in bold capitals at the head of the left column ("CHI BỘ THÔN ĐÔNG
/// HẢI") lose a tone mark to the page's read at 200 dpi ("HAI" at 95) and still read as words.
/// Each is read a second time on its own as one line, and each word keeps what that read made
/// of it (`RecognizedWord.reread`) when both reads have as many words: the metadata stage sends
/// an issuer whose reads disagree to review.
extension TesseractEngine {
    func rereadIssuerLines(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> [RecognizedWord] {
        var marked = words
        for range in words.lineRanges where words[range.lowerBound].box.top < image.height / 4 {
            // The left column's part of the line: the engine may run it on into the motto.
            let left = range.filter { words[$0].box.right < image.width * 11 / 20 }
            // Words in capitals, and the number some units bear ("CHI BỘ KHU PHỐ 4"); not the
            // number line ("Số: 12-NQ/ĐU").
            let texts = left.map { words[$0].text }
            let capitals = texts.filter { $0.contains(where: \.isLetter) && !$0.contains(where: { $0.isLowercase || $0.isNumber || $0 == "/" }) }
            guard capitals.count >= 2, capitals.count + texts.filter({ $0.allSatisfy(\.isNumber) }).count == texts.count else { continue }
            let box = left.map { words[$0].box }.reduce(words[left[0]].box) { $0.union($1) }
            guard let reread = readSingleLine(in: box, pad: dpi / 12, image: image, dpi: dpi) else { continue }
            let tokens = reread.text.split(separator: " ").map(String.init)
            guard tokens.count == left.count else { continue }
            for (index, token) in zip(left, tokens) { marked[index].reread = token }
        }
        return marked
    }
}
