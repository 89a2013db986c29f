import ArchivistCore
import ArchivistTestSupport
import CLeptonica
import Foundation
import Testing

/// A sample page as a faded photocopy: grey paper (205) and grey ink (90), with a sprinkle of
/// dark specks.
private func faded(_ sample: String) throws -> URL {
    try transformed(sample, name: "faded.png") { source in
        guard let page = pixConvertTo8(source, 0) else { return nil }
        let width = pixGetWidth(page), height = pixGetHeight(page)
        for y in 0..<height {
            for x in 0..<width {
                var value: UInt32 = 0
                pixGetPixel(page, x, y, &value)
                pixSetPixel(page, x, y, 90 + (205 - 90) * value / 255)
            }
        }
        for speck in 0..<1500 {
            let x = Int32(speck * 7919 % Int(width - 2)), y = Int32(speck * 104_729 % Int(height - 2))
            for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] { pixSetPixel(page, x + Int32(dx), y + Int32(dy), 70) }
        }
        return page
    }
}

@Test func aPageOnGreyPaperIsReadAsWellAsOnWhite() async throws {
    // Held-out seed 5800: read in gray with white away from the ink, a page on grey paper showed
    // its words in grey halos that the engine's threshold blackened (90% of the words lost).
    let white = try await recognize(Samples.file("box-01/kl-45-hu.png"), dpi: 200)
    let grey = try await recognize(try faded("box-01/kl-45-hu.png"), dpi: 200)
    let recall = wordRecall(grey.text, reference: white.text)
    print("[faded kl-45] word recall against the white page's read \(recall)")
    #expect(recall > 0.95)
}
