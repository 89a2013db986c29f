import ArchivistTestSupport
import Foundation

/// Test folders, outside tools and the shared corpora beside the checkout.
enum Scratch {
    static func folder() throws -> URL {
        try TestScratch.folder("export")
    }

    static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared/corpora")
        .standardizedFileURL
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Schemas")
        .standardizedFileURL
}
