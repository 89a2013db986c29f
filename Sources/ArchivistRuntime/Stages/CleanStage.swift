import ArchivistCore
import ArchivistMetadata

/// Cleans the searchable text of each page: NFC, line-break and whitespace repair,
/// dehyphenation, running headers, footers and page numbers removed. The OCR text is kept.
struct CleanStage: Stage {
    static let name = "clean"
    static let version = 1
    static let requires = ["ingest", "ocr"]
    static let summary = "repair and dehyphenate page text, drop running headers and page numbers (OCR text kept)"
    static let eventType = EventType.metadataModification

    struct Options: StageOptions {
        static let keys = ["margin_lines"]
        /// Lines at the top and bottom of each page checked for running headers and page numbers.
        var marginLines = 2

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            marginLines = try container.decodeIfPresent(Int.self, forKey: .marginLines) ?? marginLines
        }

        private enum Key: String, CodingKey { case marginLines = "margin_lines" }
    }

    let cleaner: TextCleaner
    let services: Services

    init(options: Options, services: Services) {
        cleaner = TextCleaner(marginLines: options.marginLines)
        self.services = services
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id, !document.pages.isEmpty else { return document }
        let cleaned = cleaner.clean(document.pages.map(\.text))
        let texts = Dictionary(uniqueKeysWithValues: zip(document.pages, cleaned).map { ($0.number, $1.text) })
        try await services.catalog.saveCleanText(documentID: id, texts: texts)
        return document
    }

    func eventDetail(for document: DocumentState) -> String {
        "searchable text of \(document.pages.count) page(s) cleaned; OCR text kept"
    }
}
