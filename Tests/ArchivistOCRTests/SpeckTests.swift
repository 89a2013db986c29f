import ArchivistCore
import ArchivistTestSupport
import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

/// Dust specks on a gray 300 dpi scan are whitened before OCR; the page's own small marks (tone
/// dots, the dots of i, colons, periods) are not.
@Suite struct SpeckTests {
    /// The gray 300 dpi sample with `count` black specks of 1-3 pixels at seeded places, and where.
    func speckled(count: Int) throws -> (page: PixImage, specks: [PixelBox]) {
        let page = try #require(PixImage(taking: pixRead(Samples.file("box-02/bc-27-ubnd.png").path)))
        var generator = SplitMix(seed: 7100)
        let specks = (0..<count).map { _ in
            let left = Int.random(in: 100..<page.width - 100, using: &generator), top = Int.random(in: 100..<page.height - 100, using: &generator)
            return PixelBox(left: left, top: top, right: left + Int.random(in: 1...3, using: &generator), bottom: top + Int.random(in: 1...3, using: &generator))
        }
        for speck in specks {
            for y in speck.top..<speck.bottom { for x in speck.left..<speck.right { pixSetPixel(page.pointer, Int32(x), Int32(y), 0) } }
        }
        return (page, specks)
    }

    @Test func theSamplesOwnMarksAreNoSpecks() throws {
        let page = try #require(PixImage(taking: pixRead(Samples.file("box-02/bc-27-ubnd.png").path)))
        #expect(Specks.erase(from: page, dpi: 300) == 0)
    }

    @Test func specksAwayFromTheTextAreWhitened() throws {
        let (page, specks) = try speckled(count: 400)
        let erased = Specks.erase(from: page, dpi: 300)
        // Specks that fell on, beside, over or under a letter stay (a reader cannot tell them from
        // its marks): in the text block that is most of them; on held-out pages a third were erased.
        #expect(erased >= specks.count / 4 && erased <= specks.count, "\(erased) of \(specks.count)")
        var value: l_uint32 = 0
        let left = specks.filter { speck in pixGetPixel(page.pointer, Int32(speck.left), Int32(speck.top), &value) == 0 && value < 150 }
        #expect(left.count == specks.count - erased)
    }

    @Test func aSpeckledPageReadsAsTheCleanOne() async throws {
        let clean = try await recognize(Samples.file("box-02/bc-27-ubnd.png"))
        let (page, _) = try speckled(count: 2000)
        let file = try Samples.scratchFolder().appendingPathComponent("speckled.png")
        page.setResolution(300)
        #expect(pixWrite(file.path, page.pointer, Int32(IFF_PNG)) == 0)
        let read = try await recognize(file)
        #expect((read.preparation?.specksErased ?? 0) > 500)
        let text = read.words.map(\.text).joined(separator: " "), reference = clean.words.map(\.text).joined(separator: " ")
        #expect(wordRecall(text, reference: reference) > 0.98, "\(text)")
    }
}
