@testable import ArchivistOCR
import Foundation
import Testing

@Test func aNameLineWithAGivenNameNoUsualNameIsReadAgain() async throws {
    // Held-out seed 8000: the page's read gave the signer's Tưởng an acute ("Tướng", at 90); the
    // line read on its own prints it.
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/name-given-name-misread.tif")
    let page = try await recognize(file)
    #expect(page.text.contains("Nguyễn Phước Minh Phương Tưởng"), "\(page.text.suffix(120))")
    #expect(page.words.first { $0.text == "Tưởng" }?.reread == "Tướng")
}
