import ArchivistCore
import Foundation

/// A reviewer's look at the quarantined (Tuyệt mật) documents, so that a misread mark can be
/// found and corrected. Only an operator holding toi-mat may look, and what they see is where
/// each document is and the evidence for its mark, never its text. Each look is logged on
/// every document shown; a refusal is logged too.
public struct QuarantineReview: Sendable {
    public let operatorName: String

    public init(operatorName: String) {
        self.operatorName = operatorName
    }

    public static let action = "list quarantined (Tuyệt mật) documents"

    /// The quarantined documents in id order, after the clearance check.
    public func documents(in catalog: any Catalog) async throws -> [QuarantinedDocument] {
        let ids = try await catalog.documents(includeRestricted: true).filter { $0.access == .quarantine }.map(\.id)
        let clearance = OperatorClearance(operatorName: operatorName)
        let level = try await clearance.require(.toiMat, to: Self.action, documentIDs: ids, in: catalog)
        var listed: [QuarantinedDocument] = []
        for id in ids {
            guard let detail = try await catalog.document(id: id) else { continue }
            listed.append(QuarantinedDocument(detail))
        }
        try await catalog.appendEvent(ArchiveEvent(type: .displaying, agent: clearance.agent,
                                                   detail: "quarantine list: the evidence for the Tuyệt mật mark (not the text) shown to \(operatorName), cleared \(level.rawValue)"),
                                      documentIDs: listed.map(\.id))
        return listed
    }
}

/// What a reviewer sees of a quarantined document: where it is, and why it was read as
/// Tuyệt mật. No page text: the document is not to be digitized. Its JSON form is a stable
/// interface (`archivist list --quarantined --json`).
public struct QuarantinedDocument: Sendable, Codable, Hashable {
    public var id: Int64
    public var name: String
    public var fonds: String?
    /// Every box (folder) the document was found in.
    public var boxes: [String]
    /// The source files as recorded (paths under the ingested folder).
    public var files: [String]
    public var status: DocumentStatus
    /// The mark as read: value, confidence, and evidence (the text span and its page, the rule).
    public var mark: ExtractedField<Confidentiality>

    init(_ detail: DocumentDetail) {
        id = detail.summary.id
        name = detail.summary.name
        fonds = detail.summary.fonds
        var boxes: [String] = []
        for box in detail.sources.compactMap(\.box) where !boxes.contains(box) { boxes.append(box) }
        self.boxes = boxes
        files = detail.files.map(\.name)
        status = detail.summary.status
        mark = detail.metadata?.confidentiality ?? .absent(confidence: 0, rule: "no metadata")
    }
}
