import ArchivistCore
import ArchivistMetadata

/// The star printed under the issuing body of a Party document ("TỈNH ỦY KHÁNH HÒA / * / Số
/// 195-CT/TU") is a lone mark the engine's layout analysis often drops as noise: no word at all
/// (a misread one is `PartyAsterisk`'s). On a page under "ĐẢNG CỘNG SẢN VIỆT NAM" with no star
/// read, the band between the issuer's last line and the "Số" line is searched for one
/// star-sized mark under the issuer block, which is written back as "*".
extension TesseractEngine {
    func lostPartyStar(on image: PixImage, dpi: Int, words: [RecognizedWord]) -> (words: [RecognizedWord], repair: String?) {
        let top = words.filter { $0.box.bottom < image.height / 3 }
        let folded = top.map { VietnameseFolding.fold(String($0.text.filter(\.isLetter))) }
        guard !top.contains(where: { $0.text == "*" }),
              folded.indices.dropLast(2).contains(where: { folded[$0] == "dang" && folded[$0 + 1] == "cong" && folded[$0 + 2] == "san" }),
              let number = words.firstIndex(where: { word in
                  word.box.right < image.width / 2 && word.box.bottom < image.height / 3
                      && VietnameseFolding.fold(String(word.text.filter(\.isLetter))) == "so"
              }) else { return (words, nil) }
        let issuer = words.filter { $0.box.right < image.width / 2 && $0.box.bottom < words[number].box.top && $0.text.contains(where: \.isLetter) }
        guard let bottom = issuer.map(\.box.bottom).max(), let left = issuer.map(\.box.left).min(),
              let right = issuer.map(\.box.right).max(), words[number].box.top - bottom > dpi / 30,
              // A word read there is the star misread, not lost.
              !words.contains(where: { $0.box.top > bottom && $0.box.bottom < words[number].box.top && $0.box.right > left && $0.box.left < right }),
              let (box, marks) = markGroup(in: image, PixelBox(left: left, top: bottom + 1, right: right, bottom: words[number].box.top - 1), dpi: dpi),
              marks <= 2, box.right - box.left <= 2 * (box.bottom - box.top), box.bottom - box.top <= 2 * (box.right - box.left),
              abs((box.left + box.right) / 2 - (left + right) / 2) < (right - left) / 4 else { return (words, nil) }
        var restored = words
        let lineStart = words.lineRanges.first { $0.contains(number) }?.lowerBound ?? number
        restored.insert(RecognizedWord(text: "*", confidence: 60, box: box, block: (words.map(\.block).max() ?? 0) + 1,
                                       line: (words.map(\.line).max() ?? 0) + 1), at: lineStart)
        return (restored, "* found under the issuer")
    }
}
