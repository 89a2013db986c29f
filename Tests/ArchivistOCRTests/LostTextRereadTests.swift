@testable import ArchivistOCR
import ArchivistCore
import ArchivistTestSupport
import CLeptonica
import Testing

/// Held-out seed 5800: "Nơi nhận:" in bold italics, taken by the engine into the line of the
/// authority in capitals beside it or into the line below, came back as one garbled word as
/// tall as two lines ("Nơnhậm" at 10). Here the page's own read is given such a word in place
/// of the label, and the second read must restore the label without repeating the line below.
@Test func aGarbledWordAsTallAsTwoLinesIsReadAgainOnItsOwn() async throws {
    let file = Samples.file("box-02/bc-27-ubnd.png")
    let read = try await recognize(file, dpi: 300)
    let label = read.words.indices.filter { ["Nơi", "nhận:"].contains(read.words[$0].text) }
    try #require(label.count == 2, "the sample's label is read as two words")
    let below = try #require(read.words.first { $0.text == "UBND" && $0.box.top > read.words[label[1]].box.bottom })
    let first = read.words[label[0]], last = read.words[label[1]]
    var words = read.words
    words.replaceSubrange(label[0]...label[1], with: [RecognizedWord(
        text: "Nơnhậm", confidence: 10, box: PixelBox(left: first.box.left, top: first.box.top, right: last.box.right, bottom: below.box.bottom),
        block: first.block, line: first.line)])

    let engine = try TesseractEngine(language: "vie", dataPath: nil)
    let image = try #require(PixImage(taking: pixRead(file.path)))
    let (reread, repairs) = engine.rereadMergedWords(on: image, dpi: 300, words: words)
    #expect(reread.map(\.text).joined(separator: " ").contains("Nơi nhận:"), "\(repairs)")
    #expect(reread.filter { $0.text == "UBND" }.count == read.words.filter { $0.text == "UBND" }.count)
    #expect(repairs == ["Nơnhậm→Nơi nhận: (read again on its own)"])
    // A word of ordinary height, or read surely, is left as it is.
    var sure = words
    sure[label[0]].confidence = 90
    #expect(engine.rereadMergedWords(on: image, dpi: 300, words: sure).repairs.isEmpty)
}

/// Held-out seed 5900: a recipient line on a faded, speckled scan came back as no words at all.
/// Here the page's own read loses that line, and the read of ink no word covers must put it
/// back, dash and all, in its place and below the confidence a field needs.
@Test func aLineTheReadLostIsFoundAsInkNoWordCoversAndReadAgain() async throws {
    let file = Samples.file("box-02/bc-27-ubnd.png")
    let read = try await recognize(file, dpi: 300)
    let line = try #require(read.words.lineRanges.first { range in read.words[range].contains { $0.text == "UBND" && $0.box.top > 2000 } })
    var words = read.words
    words.removeSubrange(line)

    let engine = try TesseractEngine(language: "vie", dataPath: nil)
    let image = try #require(PixImage(taking: pixRead(file.path)))
    let (found, repairs) = engine.readUnreadInk(on: image, dpi: 300, words: words)
    let text = ReadingOrder.text(of: found, pageWidth: image.width)
    #expect(text.contains("- UBND tỉnh Bình Dương;\n- Sở"), "\(repairs)")
    #expect(found.filter { $0.text == "Dương;" }.allSatisfy { $0.confidence <= TesseractEngine.secondSightConfidence })
    // Nothing is lost, nothing read twice: the page read whole finds no ink left to read.
    #expect(engine.readUnreadInk(on: image, dpi: 300, words: read.words).repairs.isEmpty)
}

/// Held-out seeds: the star under a Party issuer is often no word at all (layout analysis drops a
/// lone mark). Here the page's own read loses it, and the search under the issuer must find it.
@Test func aPartyStarTheReadLostIsFoundUnderTheIssuer() async throws {
    let file = Samples.file("box-01/kl-45-hu.png")
    let read = try await recognize(file, dpi: 200)
    let words = read.words.filter { $0.text != "*" }
    try #require(words.count < read.words.count, "the sample's star is read")

    let engine = try TesseractEngine(language: "vie", dataPath: nil)
    // The page as the engine saw it (deskewed): the words' boxes are on it.
    let image = try PreparedPage(PageRequest(url: file, location: PageLocation(filePosition: 0, pageInFile: 0), number: 1, language: "vie",
                                             dpi: 200, preparation: PreparationOptions())).image
    let (found, repair) = engine.lostPartyStar(on: image, dpi: 200, words: words)
    let lines = ReadingOrder.lines(of: found, pageWidth: image.width)
    let star = try #require(lines.firstIndex(of: "*"), "\(lines.prefix(6))")
    #expect(lines[star + 1].hasPrefix("Số"))
    #expect(repair == "* found under the issuer")
    // A star read already, or a State page, is left alone.
    #expect(engine.lostPartyStar(on: image, dpi: 200, words: read.words).repair == nil)
    let state = try await recognize(Samples.file("box-02/bc-27-ubnd.png"), dpi: 300)
    let stateImage = try #require(PixImage(taking: pixRead(Samples.file("box-02/bc-27-ubnd.png").path)))
    #expect(engine.lostPartyStar(on: stateImage, dpi: 300, words: state.words).repair == nil)
}
