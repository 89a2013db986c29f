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

@Test(arguments: [
    // Held-out seed 6200: the ring's lowest arc runs along the name's baseline and took the
    // feet of "Bùi" ("Bù Bích").
    ("seal-ring-under-family-name.tif", "Bùi Bích"),
    // Held-out seed 7300: the ring's arc cuts "Phùng" through its lower half ("Phùnsa").
    ("seal-ring-through-family-name.tif", "Phùng Văn Công Mỹ"),
    // Held-out seed 6600: the arc's flattest part under "Tô" went with the straight rules,
    // taking the bowl of the ô ("Tê", then "Tâ").
    ("seal-ring-flat-under-name.tif", "Tô Minh Quế"),
])
func lettersARingRunsAlongKeepTheirFeet(fixture: String, name: String) async throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(fixture)")
    let page = try await recognize(file)
    #expect(page.preparation?.sealRingsErased == 1)
    #expect(page.text.contains(name), "\(page.text.suffix(120))")
}
