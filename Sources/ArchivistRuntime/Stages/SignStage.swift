import ArchivistCore
import ArchivistSigning
import Foundation

/// Signs each document with the archive's identity: a PAdES signature on its searchable PDF
/// (an incremental update, so the PDF/A stays as made) and a detached CMS signature over its
/// canonical metadata record (JSON, sorted keys, NFC). Restricted documents follow the policy:
/// signed, or held for approval. Quarantined ones never get here.
struct SignStage: Stage {
    static let name = "sign"
    static let version = 1
    static let requires = ["ingest", "pdf"]
    static let summary = "PAdES-sign the searchable PDF and CMS-sign the metadata record with the archive's identity"
    static let eventType = EventType.digitalSignatureGeneration

    struct Options: StageOptions {
        enum RestrictedPolicy: String, Decodable, Sendable, CaseIterable { case sign, hold }
        static let keys = ["restricted", "tsa_url", "reason", "visible_mark", "mark_agency", "mark_font"]
        /// What to do with Mật / Tối mật documents: sign them, or hold them for approval.
        var restricted = RestrictedPolicy.hold
        /// An RFC 3161 timestamp authority (PAdES B-T); none gives B-B.
        var tsaURL: URL?
        var reason = "Bản số hóa của lưu trữ (archival digitized copy)"
        /// The agency name and signing time at the top right of page 1; nil (the default) signs invisibly.
        var visibleMark: VisibleMark?

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            restricted = try container.decodeChoiceIfPresent(RestrictedPolicy.self, forKey: .restricted) ?? restricted
            reason = try container.decodeIfPresent(String.self, forKey: .reason) ?? reason
            if let text = try container.decodeIfPresent(String.self, forKey: .tsaURL) {
                guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else {
                    throw DecodingError.dataCorruptedError(forKey: .tsaURL, in: container, debugDescription: "an http(s) URL of an RFC 3161 service")
                }
                tsaURL = url
            }
            visibleMark = try Self.visibleMark(from: container)
        }

        /// The mark when `visible_mark` is true. A given `mark_font` is read even with the mark
        /// off, so a missing or wrong font (or an agency it cannot draw) fails at pipeline load.
        private static func visibleMark(from container: KeyedDecodingContainer<Key>) throws -> VisibleMark? {
            let fontPath = try container.decodeIfPresent(String.self, forKey: .markFont)
            let agency = try container.decodeIfPresent(String.self, forKey: .markAgency)
            let visible = try container.decodeIfPresent(Bool.self, forKey: .visibleMark) ?? false
            guard visible || fontPath != nil else { return nil }
            do {
                let mark = try VisibleMark(agency: agency, fontPath: fontPath)
                return visible ? mark : nil
            } catch let error as FontError {
                let key: Key = if case .missingGlyph = error { .markAgency } else { .markFont }
                let text = error.description  // the loader ends the sentence itself
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: text.hasSuffix(".") ? String(text.dropLast()) : text)
            }
        }

        private enum Key: String, CodingKey {
            case restricted, tsaURL = "tsa_url", reason, visibleMark = "visible_mark", markAgency = "mark_agency", markFont = "mark_font"
        }
    }

    let options: Options
    let services: Services
    let signer: any DocumentSigner

    init(options: Options, services: Services) throws {
        guard let signer = services.signer else { throw SigningSetupError() }
        self.options = options
        self.services = services
        self.signer = signer
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id, let pdf = document.derivatives[.searchablePDF] else { return document }
        var state = document
        if document.metadata?.access == .restricted, options.restricted == .hold {
            // A mark not read surely holds the document until a reviewer settles it.
            let mark = document.metadata?.confidentiality.value?.rawValue ?? "a mark not read surely"
            state.heldBack = "restricted (\(mark)): signing waits for approval "
                + "(settle the mark with 'archivist correct', or set the sign stage's 'restricted: sign' once approved)"
            return state
        }
        let signedPDF = try await signer.signPDF(Data(contentsOf: services.objects.url(for: pdf.sha256)), reason: options.reason)
        let signedObject = try services.objects.store(data: signedPDF)
        let record = try MetadataRecord(document: document, pdf: pdf, signedPDF: signedObject).canonicalJSON()
        let recordObject = try services.objects.store(data: record)
        let signatureObject = try services.objects.store(data: try await signer.signDetached(record))
        for (kind, object) in [(DerivativeKind.signedPDF, signedObject), (.metadataRecord, recordObject), (.metadataSignature, signatureObject)] {
            try await services.catalog.saveDerivative(documentID: id, kind: kind, object: object)
            state.derivatives[kind] = object
        }
        return state
    }

    func eventDetail(for document: DocumentState) -> String {
        guard let signed = document.derivatives[.signedPDF] else { return "not signed" }
        return "PAdES \(options.tsaURL == nil ? "B-B" : "B-T")\(options.visibleMark == nil ? "" : " with a visible mark") by \(signer.signerDescription): signed PDF sha256:\(signed.sha256); "
            + "metadata record signed (CMS)"
    }
}

struct SigningSetupError: ArchivistError {
    var problem: String { "the sign stage has no signing identity." }
    var remedy: String? { "This is a bug: the runtime loads the workspace identity when the pipeline signs." }
}
