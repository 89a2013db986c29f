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
        static let keys = ["review_threshold", "classifier", "allow_after_closing"]
        /// Fields with a lower confidence send the document to the review queue.
        var reviewThreshold = 0.75
        /// A document-type model written by `archivist train` (JSON); none by default.
        var classifier: String?
        /// Accept documents dated after their (closed) fonds' closing date.
        var allowAfterClosing = false

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            reviewThreshold = try container.decodeIfPresent(Double.self, forKey: .reviewThreshold) ?? reviewThreshold
            classifier = try container.decodeIfPresent(String.self, forKey: .classifier)
            allowAfterClosing = try container.decodeIfPresent(Bool.self, forKey: .allowAfterClosing) ?? allowAfterClosing
            guard (0...1).contains(reviewThreshold) else {
                throw DecodingError.dataCorruptedError(forKey: .reviewThreshold, in: container, debugDescription: "a confidence between 0 and 1")
            }
        }

        private enum Key: String, CodingKey {
            case reviewThreshold = "review_threshold", classifier, allowAfterClosing = "allow_after_closing"
        }
    }

    let extractor: MetadataExtractor
    let allowAfterClosing: Bool
    let services: Services

    init(options: Options, services: Services) throws {
        extractor = try Self.extractor(options)
        allowAfterClosing = options.allowAfterClosing
        self.services = services
    }

    /// The extractor these options describe (review threshold, document-type model).
    static func extractor(_ options: Options) throws -> MetadataExtractor {
        var model: TypeClassifier?
        if let path = options.classifier {
            do {
                model = try TypeClassifier.decoded(from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ClassifierFileError(path: path, reason: "\(error)")
            }
        }
        return MetadataExtractor(reviewThreshold: options.reviewThreshold, classifier: model)
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id else { return document }
        var metadata = extractor.extract(document.pages)
        if let previous = document.metadata { metadata = MetadataCorrection.keepingReviewed(previous, in: metadata) }
        if !allowAfterClosing, let code = document.provenance.fonds, let fonds = try await services.catalog.fonds(code: code),
           !fonds.accepts(issuedOn: metadata.date.value) {
            throw ClosedFondsError(fonds: fonds, documentDate: metadata.date.value ?? "?")
        }
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

struct ClosedFondsError: ArchivistError {
    let fonds: Fonds
    let documentDate: String

    var problem: String {
        "dated \(documentDate), after fonds \(fonds.code) closed on \(fonds.closedOn ?? "?") (\(fonds.closingDecision ?? "no decision recorded"))."
    }

    var remedy: String? {
        "Check the date in 'archivist show'; if the document does belong there, ingest again with --allow-after-closing."
    }
}

struct ClassifierFileError: ArchivistError {
    let path: String
    let reason: String

    var problem: String { "\(path): cannot load the document-type model (\(reason))." }
    var remedy: String? { "Write one with 'archivist train', or remove 'classifier' from the classify options." }
}
