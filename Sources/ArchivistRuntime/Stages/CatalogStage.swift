import ArchivistCore

/// Accessions the document into the catalog: it becomes searchable and listed as cataloged.
/// The full-text index itself follows the pages table through database triggers.
struct CatalogStage: Stage {
    static let name = "catalog"
    static let version = 1
    static let requires = ["ingest"]
    static let summary = "mark the document cataloged; its pages are in the full-text index"
    static let eventType = EventType.accession

    let services: Services

    init(options: NoOptions, services: Services) {
        self.services = services
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id else { return document }
        try await services.catalog.setStatus(documentID: id, .cataloged)
        var state = document
        state.status = .cataloged
        return state
    }

    func eventDetail(for document: DocumentState) -> String {
        "cataloged with \(document.pages.count) searchable page(s)"
    }
}
