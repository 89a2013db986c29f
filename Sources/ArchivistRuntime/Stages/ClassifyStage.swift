import ArchivistCore
import ArchivistMetadata
import Foundation

/// Reads the document's metadata to the national standard (TT 05/2025): type, number and
/// symbol, issuer, place and date, subject, signer, marks, recipients, retention, each with a
/// confidence and its evidence. Fields under the threshold send the document to review.
/// Mật and Tối mật documents become restricted; Tuyệt mật ones are quarantined and go no further.
struct ClassifyStage: Stage {
    static let name = "classify"
    static let version = 1
    static let requires = ["ingest", "ocr"]
    static let summary = "extract type, number-symbol, issuer, date, subject, signer, marks with confidence; route to review"
    static let eventType = EventType.metadataExtraction

    struct Options: StageOptions {
        static let keys = ["review_threshold", "classifier"]
        /// Fields with a lower confidence send the document to the review queue.
        var reviewThreshold = 0.75
        /// A document-type model written by `archivist train` (JSON); none by default.
        var classifier: String?

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            reviewThreshold = try container.decodeIfPresent(Double.self, forKey: .reviewThreshold) ?? reviewThreshold
            classifier = try container.decodeIfPresent(String.self, forKey: .classifier)
            guard (0...1).contains(reviewThreshold) else {
                throw DecodingError.dataCorruptedError(forKey: .reviewThreshold, in: container, debugDescription: "a confidence between 0 and 1")
            }
        }

        private enum Key: String, CodingKey { case reviewThreshold = "review_threshold", classifier }
    }

    let extractor: MetadataExtractor
    let services: Services

    init(options: Options, services: Services) throws {
        var model: TypeClassifier?
        if let path = options.classifier {
            do {
                model = try TypeClassifier.decoded(from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ClassifierFileError(path: path, reason: "\(error)")
            }
        }
        extractor = MetadataExtractor(reviewThreshold: options.reviewThreshold, classifier: model)
        self.services = services
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id else { return document }
        let metadata = extractor.extract(document.pages)
        var state = document
        state.metadata = metadata
        state.status = metadata.access == .quarantine ? .quarantined : .classified
        try await services.catalog.saveMetadata(documentID: id, metadata: metadata, status: state.status)
        return state
    }

    func eventDetail(for document: DocumentState) -> String {
        guard let metadata = document.metadata else { return "no metadata" }
        var parts = [metadata.documentType.value?.nativeName ?? "type unknown", metadata.symbol.value ?? "no symbol",
                     metadata.date.value ?? "no date"]
        switch metadata.access {
        case .quarantine: parts.append("TUYỆT MẬT: quarantined, not to be digitized (HD 40-HD/VPTW)")
        case .restricted: parts.append("restricted (\(metadata.confidentiality.value?.rawValue ?? "Mật"))")
        case .open: break
        }
        if metadata.needsReview { parts.append("review: " + metadata.reviewReasons.map(\.field).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}

struct ClassifierFileError: ArchivistError {
    let path: String
    let reason: String

    var problem: String { "\(path): cannot load the document-type model (\(reason))." }
    var remedy: String? { "Write one with 'archivist train', or remove 'classifier' from the classify options." }
}
