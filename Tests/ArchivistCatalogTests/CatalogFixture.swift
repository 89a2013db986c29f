import ArchivistCatalog
import ArchivistCore
import ArchivistSigning
import ArchivistTestSupport
import Foundation

/// A fresh catalog in a temporary folder, with helpers to add documents whose pages are given
/// as text (no OCR needed).
struct CatalogFixture {
    let folder: URL
    let catalog: SQLiteCatalog

    init() throws {
        folder = try TestScratch.folder("catalog")
        catalog = try SQLiteCatalog(path: folder.appendingPathComponent("catalog.sqlite").path, hasher: SHA256Hasher())
    }

    var path: String { folder.appendingPathComponent("catalog.sqlite").path }

    @discardableResult
    func addDocument(_ name: String, pages: [String], sha256: String? = nil) async throws -> Int64 {
        let geometry = PageGeometry(width: 2480, height: 3508, dpi: 300, bitsPerPixel: 1)
        var file = SourceFile(url: folder.appendingPathComponent("\(name).tif"), info: ImageInfo(format: .tiff, pages: Array(repeating: geometry, count: pages.count)))
        file.sha256 = sha256 ?? String(repeating: "0", count: 56) + String(format: "%08x", abs(name.hashValue) % 0xFFFFFFF)
        file.byteCount = 1000
        let state = DocumentState(name: name, provenance: Provenance(fonds: "F1", box: "box-01"), files: [file])
        let registered = try await catalog.register(state, key: file.sha256!, events: [])
        let id = try require(registered.id, "document was not registered")
        try await catalog.saveRecognition(documentID: id, pages: Self.pages(pages), language: "vi")
        return id
    }

    static func pages(_ texts: [String]) -> [RecognizedPage] {
        texts.enumerated().map { index, text in
            let word = RecognizedWord(text: text.split(separator: " ").first.map(String.init) ?? "", confidence: 91,
                                      box: PixelBox(left: 10, top: 10, right: 50, bottom: 30), block: 1, line: 1)
            return RecognizedPage(number: index + 1, location: PageLocation(filePosition: 0, pageInFile: index), width: 2480,
                                  height: 3508, dpi: 300, language: "vie", text: text, meanConfidence: 90, words: [word],
                                  recognizeSeconds: 0.5)
        }
    }
}

/// `#require` outside a test function body.
func require<T>(_ value: T?, _ message: String = "missing value") throws -> T {
    guard let value else { throw FixtureError(message: message) }
    return value
}

struct FixtureError: Error { let message: String }
