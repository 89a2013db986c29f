import ArchivistCore
import Foundation

/// Hashes each file (SHA-256), stores it content-addressed under objects/, and registers the
/// document with its provenance. The same files ingested again are recognized, not copied.
struct IngestStage: Stage {
    static let name = "ingest"
    static let version = 1
    static let requires: [String] = []
    static let summary = "hash and store the original files, register the document and where it was found"
    static let eventType = EventType.ingestion

    struct Options: StageOptions {
        static let keys = ["max_pixels"]
        /// Pages with more pixels are rejected from their headers, before decoding.
        var maxPixels = 200_000_000

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            maxPixels = try container.decodeIfPresent(Int.self, forKey: .maxPixels) ?? maxPixels
            guard maxPixels > 0 else {
                throw DecodingError.dataCorruptedError(forKey: .maxPixels, in: container, debugDescription: "must be a positive number of pixels")
            }
        }

        private enum Key: String, CodingKey { case maxPixels = "max_pixels" }
    }

    let services: Services

    init(options: Options, services: Services) {
        self.services = services
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        var state = document
        for index in state.files.indices {
            let stored = try services.objects.store(fileAt: state.files[index].url)
            state.files[index].sha256 = stored.sha256
            state.files[index].byteCount = stored.byteCount
        }
        let key = state.files.compactMap(\.sha256).joined(separator: ",")
        let digests = ArchiveEvent(type: .messageDigestCalculation, agent: services.agent,
                                   detail: state.files.map { "\($0.fileName) sha256:\($0.sha256 ?? "")" }.joined(separator: "; "))
        let formats = ArchiveEvent(type: .formatIdentification, agent: services.agent,
                                   detail: state.files.map { "\($0.fileName): \($0.info.format.rawValue.uppercased()), \($0.info.pages.count) page(s)" }
                                       .joined(separator: "; "))
        return try await services.catalog.register(state, key: key, events: [digests, formats])
    }

    func eventDetail(for document: DocumentState) -> String {
        "\(document.files.count) file(s), \(document.expectedPageCount) page(s) from \(document.provenance.box ?? "?")"
            + (document.provenance.fonds.map { ", fonds \($0)" } ?? "")
    }
}
