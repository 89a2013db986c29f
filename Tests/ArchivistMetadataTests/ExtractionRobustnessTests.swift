import ArchivistCore
@testable import ArchivistMetadata
import Testing

/// Real OCR pages cut short, thinned out and stripped of their header or foot: extraction must
/// return (with review reasons), never trap, whatever part of a page the scanner delivered.
@Test func extractionSurvivesPartialPages() throws {
    for (name, pages) in try Fixtures.ocrDocuments() {
        for keep in [0, 1, 3, 8, 21] {
            let cut = pages.map { page in
                var page = page
                let lines = Array(Set(page.words.map(\.line))).sorted()
                let kept = Set(lines.prefix(keep)), dropped = Set(lines.suffix(keep))
                page.words = page.words.filter { kept.contains($0.line) }
                let tail = page
                page.words = pages[0].words.filter { dropped.contains($0.line) }
                return [page, tail]
            }
            for variant in [cut.map { $0[0] }, cut.map { $0[1] }, pages.map { page in
                var thinned = page
                thinned.words = page.words.enumerated().filter { $0.offset % (keep + 2) != 0 }.map(\.element)
                return thinned
            }] {
                let metadata = MetadataExtractor().extract(variant)
                #expect(metadata.pageCount == variant.count, "\(name) keeping \(keep)")
            }
        }
    }
}
