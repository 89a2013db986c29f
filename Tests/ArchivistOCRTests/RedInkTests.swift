import ArchivistCore
import ArchivistOCR
import ArchivistTestSupport
import CLeptonica
import Foundation
import Testing

/// A sample page stamped by scripts/fixtures/red_seal.py: a red seal over the signature, and
/// a red MẬT stamp under the number when `stamp` is set, in `ink` ("R,G,B") when given, a band
/// of pink highlighter from `highlight` down, and a seal without lettering when `plain`.
private func stamped(stamp: Bool, ink: String? = nil, highlight: Int? = nil, plain: Bool = false) throws -> URL {
    let output = try Samples.scratchFolder().appendingPathComponent("stamped.png")
    let script = Samples.root.deletingLastPathComponent().appendingPathComponent("scripts/fixtures/red_seal.py")
    let python = try #require(ExternalTool.path("python3"))
    var arguments = [script.path, Samples.file("box-02/bc-27-ubnd.png").path, output.path, "1640", "2560"]
    if stamp { arguments += ["300", "450"] }
    if let ink { arguments += ["--ink", ink] }
    if let highlight { arguments += ["--highlight", "\(highlight)"] }
    if plain { arguments.append("--plain") }
    let made = try ExternalTool.run(python, arguments)
    try #require(made.status == 0, "red_seal.py needs Pillow and fonts-dejavu-core: \(made.output)")
    return output
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func aRedSealOverTheSignatureIsWhitenedWhileTheRedMatStampStays() async throws {
    let page = try await recognize(try stamped(stamp: true))
    #expect(page.preparation?.sealsDropped == 1)
    #expect(page.text.contains("PHÓ CHỦ TỊCH"))
    #expect(page.text.contains("Huỳnh Thị Thu Hà"))
    #expect(page.text.contains("MẬT"))
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func aFadedRedMatStampIsStillReadAndItsFadedSealStillWhitened() async throws {
    // Luminance alone makes this ink light gray (about 170): binarization erased the stamp.
    let page = try await recognize(try stamped(stamp: true, ink: "240,140,140"))
    #expect(page.text.contains("MẬT"))
    #expect(page.preparation?.sealsDropped == 1)
    #expect(page.text.contains("Huỳnh Thị Thu Hà"))
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func aPaleSealIsWhitenedToo() async throws {
    // Held-out seed 6900: a seal scanned pale (redness 30-50 once JPEG's coarse colour blurred its
    // thin rings) was left gray over the name, and "Lương" was read "#*tơng".
    let page = try await recognize(try stamped(stamp: false, ink: "225,182,182"))
    #expect(page.preparation?.sealsDropped == 1)
    #expect(page.text.contains("Huỳnh Thị Thu Hà"))
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func textUnderPinkHighlighterIsNotDarkenedAway() async throws {
    let page = try await recognize(try stamped(stamp: false, highlight: 1190))
    #expect(page.text.contains("tiếp nhận 48.615 hồ sơ thủ tục hành chính"))
}

@Test(.enabled(if: ExternalTool.path("python3") != nil && ExternalTool.path("pdftoppm") != nil, "needs python3 with Pillow, poppler-utils"))
func aColourScanInsideAPDFLosesItsSealToo() async throws {
    // An image-only PDF of the stamped page: the writer with no words gives exactly that.
    let empty = RecognizedPage(number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 0, height: 0, dpi: 300,
                               language: "vie", text: "", meanConfidence: 0, words: [], recognizeSeconds: 0)
    let pdf = try Samples.scratchFolder().appendingPathComponent("stamped.pdf")
    try SearchablePDFWriter(title: "stamped").write([SearchablePDFPage(source: try stamped(stamp: false), pageInFile: 0, recognized: empty, dpi: 300)],
                                                    to: pdf)
    let page = try await recognize(pdf, dpi: 300)
    #expect(page.preparation?.sealsDropped == 1)
    #expect(page.text.contains("Huỳnh Thị Thu Hà"))
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func sealsAreKeptWhenThePipelineSaysSoAndGrayPagesHaveNone() throws {
    var keep = PreparationOptions()
    keep.dropSeals = false
    let request = PageRequest(url: try stamped(stamp: false), location: PageLocation(filePosition: 0, pageInFile: 0), number: 1,
                              language: "vie", dpi: nil, preparation: keep)
    let preview = try Samples.scratchFolder().appendingPathComponent("kept.png")
    #expect(try PagePreview.write(request, to: preview).sealsDropped == nil)

    var gray = request
    (gray.url, gray.preparation) = (Samples.file("box-02/bc-27-ubnd.png"), PreparationOptions())
    #expect(try PagePreview.write(gray, to: preview).sealsDropped == nil)
}

/// The sample page with a black seal (rings and star, as `plain`) over its signature, as a
/// bilevel G4 TIFF at 300 dpi: a seal on a bilevel scan is as black as the text.
private func blackSealed() throws -> URL {
    var colour = pixRead(try stamped(stamp: false, ink: "0,0,0", plain: true).path)
    defer { pixDestroy(&colour) }
    var gray = pixConvertRGBToLuminance(try #require(colour))
    defer { pixDestroy(&gray) }
    var bilevel = pixConvertTo1(try #require(gray), 128)
    defer { pixDestroy(&bilevel) }
    let tiff = try Samples.scratchFolder().appendingPathComponent("sealed.tif")
    #expect(pixWrite(tiff.path, try #require(bilevel), Int32(IFF_TIFF_G4)) == 0)
    return tiff
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func theRingsOfABlackSealAreErasedAndTheSignatureBlockRead() async throws {
    // Held-out seeds 6100-6300: the ring crossed "PHÓ" and the name, and neither was read.
    let page = try await recognize(try blackSealed(), dpi: 300)
    #expect(page.preparation?.sealRingsErased == 1)
    #expect(page.text.contains("PHÓ CHỦ"), "\(page.text.suffix(300))")
    #expect(page.text.contains("Thị Thu Hà"), "\(page.text.suffix(300))")
    // Read by the engine itself, not by the second look at ink no word covers (at 70 at most).
    let name = page.words.filter { ["Thị", "Thu", "Hà"].contains($0.text) && $0.box.top > page.words.map(\.box.top).max()! - 400 }
    #expect(name.count == 3 && name.allSatisfy { $0.confidence > 70 }, "\(name.map { "\($0.text) \($0.confidence)" })")

    var kept = PreparationOptions()
    kept.dropSeals = false
    #expect(try await recognize(try blackSealed(), dpi: 300, preparation: kept).preparation?.sealRingsErased == nil)
}

@Test(.enabled(if: ExternalTool.path("python3") != nil, "needs python3 with Pillow"))
func linesUnderABlackSealOnABilevelScanAreReadAgainForReview() async throws {
    // Held-out seed 5600: on a bilevel scan the seal is as black as the text, and the engine's
    // layout analysis took the signature block under it for a picture: no name was read. With
    // the seal kept (its rings are erased by default), what no word covers is read again.
    var kept = PreparationOptions()
    kept.dropSeals = false
    let page = try await recognize(try blackSealed(), dpi: 300, preparation: kept)
    #expect(page.text.contains("Thị Thu Hà"), "\(page.text.suffix(300))")
    let recovered = page.words.filter { $0.text == "Hà" }
    #expect(!recovered.isEmpty && recovered.allSatisfy { $0.confidence <= 70 }, "words read again are left for review")
    #expect(page.repairs?.contains { $0.hasPrefix("read again where no word was") } == true)
}
