@testable import ArchivistOCR
import Foundation
import Testing

@Test func aSignerNameUnderABlackSealIsReadWhole() async throws {
    // Blind seed 9000 (bilevel G4, 300 dpi): centres up to 3 px off inked the thick ring's middle
    // radius all round; the bands measured from one left an arc of it and missed the thin inner
    // ring, over the name, read "Nữ Xinh Tiến Bích".
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/black-seal-over-name.tif")
    let page = try await recognize(file)
    #expect(page.preparation?.sealRingsErased == 1)
    #expect(page.text.contains("Tôn Nữ Minh Tiến Bích"), "\(page.text.suffix(200))")
}
