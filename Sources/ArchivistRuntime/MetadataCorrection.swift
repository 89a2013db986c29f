import ArchivistCore
import ArchivistMetadata
import Foundation

/// A reviewer's correction of one metadata field: the value becomes certain (confidence 1),
/// its evidence names the operator, the field's review reason goes, and the change is logged
/// as a metadata modification by that operator. Corrected types train the classifier.
/// On a restricted or quarantined document, or one the correction marks, the operator needs a
/// clearance covering the mark before and after (`OperatorClearance.level(forActingOn:)`).
public struct MetadataCorrection: Sendable {
    public static let fields = ["type", "number", "symbol", "issuer", "parent_issuer", "place", "date", "subject",
                                "signer_authority", "signer_position", "signer_name", "confidentiality", "urgency", "recipients"]

    public var field: String
    public var value: String
    public var operatorName: String

    public init(field: String, value: String, operatorName: String) {
        self.field = field
        self.value = value.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        self.operatorName = operatorName
    }

    /// What a correction changed in the document's standing.
    public struct Outcome: Sendable, Hashable {
        public var status: DocumentStatus
        /// The document was quarantined and no longer is: the next ingest run of its files
        /// carries it through the stages after classify.
        public var releasedFromQuarantine: Bool
    }

    /// Applies the correction to the document's metadata and records it, once the operator's
    /// clearance is checked (a refusal changes nothing and is logged).
    @discardableResult
    public func apply(to documentID: Int64, in catalog: any Catalog) async throws -> Outcome {
        guard let detail = try await catalog.document(id: documentID) else { throw CorrectionError.noDocument(documentID) }
        var metadata = detail.metadata ?? DocumentMetadata()
        let markBefore = metadata.confidentiality.value
        let (before, after) = try set(&metadata)
        // Cleared for the mark the document had and for the one it gets.
        let needed = [markBefore, metadata.confidentiality.value].compactMap(OperatorClearance.level(forActingOn:)).max()
        let clearance = OperatorClearance(operatorName: operatorName)
        if let needed { try await clearance.require(needed, to: "correct \(field) of document \(documentID)", documentIDs: [documentID], in: catalog) }
        metadata.reviewReasons.removeAll { $0.field == field }
        let wasQuarantined = detail.summary.status == .quarantined
        var status = detail.summary.status
        if wasQuarantined, metadata.access != .quarantine { status = Self.status(after: detail.completedStages) }
        if metadata.access == .quarantine { status = .quarantined }
        let released = wasQuarantined && status != .quarantined
        try await catalog.saveMetadata(documentID: documentID, metadata: metadata, status: status)
        try await catalog.appendEvent(documentID: documentID, ArchiveEvent(
            type: .metadataModification, agent: clearance.agent,
            detail: "\(field): \(before ?? "-") → \(after)" + (released ? "; released from quarantine (the next ingest run continues it)" : "")))
        return Outcome(status: status, releasedFromQuarantine: released)
    }

    /// Sets the field; returns its previous and new values as text.
    private func set(_ metadata: inout DocumentMetadata) throws -> (String?, String) {
        let evidence = Evidence(text: value, page: nil, rule: "reviewer: \(operatorName)")
        func certain<Value>(_ field: inout ExtractedField<Value>, _ newValue: Value, _ show: (Value) -> String) -> (String?, String) {
            defer { field = ExtractedField(value: newValue, confidence: 1, evidence: evidence) }
            return (field.value.map(show), show(newValue))
        }
        switch field {
        case "type":
            let catalog = DocumentTypeCatalog.standard
            guard let entry = catalog.entries.first(where: { $0.code == value || ToneMarks.equivalent($0.nativeName, value) }) else {
                throw CorrectionError.badValue(field: field, value: value, expected: "a TT05 code (01-32) or a type name such as Nghị quyết")
            }
            let abbreviation = metadata.system.value == .state ? entry.state : entry.party
            return certain(&metadata.documentType, DocumentType(nativeName: entry.nativeName, code: entry.code, abbreviation: abbreviation)) { $0.nativeName }
        case "date":
            guard let iso = Self.isoDate(value) else { throw CorrectionError.badValue(field: field, value: value, expected: "YYYY-MM-DD or DD/MM/YYYY") }
            return certain(&metadata.date, iso) { $0 }
        case "confidentiality":
            return try mark(&metadata.confidentiality, evidence, expected: "Mật, Tối mật, Tuyệt mật or -")
        case "urgency":
            return try mark(&metadata.urgency, evidence, expected: "Khẩn, Thượng khẩn, Hỏa tốc or -")
        case "recipients":
            let list = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return certain(&metadata.recipients, list) { $0.joined(separator: "; ") }
        case "number": return certain(&metadata.number, value) { $0 }
        case "symbol": return certain(&metadata.symbol, value) { $0 }
        case "issuer": return certain(&metadata.issuer, value) { $0 }
        case "parent_issuer": return certain(&metadata.parentIssuer, value) { $0 }
        case "place": return certain(&metadata.place, value) { $0 }
        case "subject": return certain(&metadata.subject, value) { $0 }
        case "signer_authority": return certain(&metadata.signerAuthority, value) { $0 }
        case "signer_position": return certain(&metadata.signerPosition, value) { $0 }
        case "signer_name": return certain(&metadata.signerName, value) { $0 }
        default: throw CorrectionError.unknownField(field)
        }
    }

    /// Sets a mark field from its name (any tone placement), or clears it with "-".
    private func mark<Mark>(_ field: inout ExtractedField<Mark>, _ evidence: Evidence, expected: String) throws -> (String?, String)
        where Mark: RawRepresentable & CaseIterable & Sendable & Codable & Hashable, Mark.RawValue == String {
        let mark = Mark.allCases.first { ToneMarks.equivalent($0.rawValue.lowercased(), value.lowercased()) }
        guard mark != nil || value == "-" else { throw CorrectionError.badValue(field: self.field, value: value, expected: expected) }
        defer { field = ExtractedField(value: mark, confidence: 1, evidence: evidence) }
        return (field.value?.rawValue, mark?.rawValue ?? "-")
    }

    /// The newly extracted metadata with every field a reviewer corrected kept as corrected, so
    /// classifying again (a new version of the rules) never undoes a reviewer's work.
    static func keepingReviewed(_ previous: DocumentMetadata, in extracted: DocumentMetadata) -> DocumentMetadata {
        var merged = extracted
        func keep<Value>(_ field: WritableKeyPath<DocumentMetadata, ExtractedField<Value>>, _ name: String) {
            guard previous[keyPath: field].evidence.rule.hasPrefix("reviewer:") else { return }
            merged[keyPath: field] = previous[keyPath: field]
            merged.reviewReasons.removeAll { $0.field == name }
        }
        keep(\.documentType, "type"); keep(\.number, "number"); keep(\.symbol, "symbol"); keep(\.issuer, "issuer")
        keep(\.parentIssuer, "parent_issuer"); keep(\.place, "place"); keep(\.date, "date"); keep(\.subject, "subject")
        keep(\.signerAuthority, "signer_authority"); keep(\.signerPosition, "signer_position"); keep(\.signerName, "signer_name")
        keep(\.confidentiality, "confidentiality"); keep(\.urgency, "urgency"); keep(\.recipients, "recipients")
        return merged
    }

    /// The status a document released from quarantine goes back to: where its stages got to.
    static func status(after completedStages: [String: Int]) -> DocumentStatus {
        if completedStages[CatalogStage.name] != nil { return .cataloged }
        if completedStages[ClassifyStage.name] != nil { return .classified }
        return completedStages[OCRStage.name] != nil ? .recognized : .ingested
    }

    static func isoDate(_ text: String) -> String? {
        if text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil { return text }
        guard let match = text.wholeMatch(of: /(\d{1,2})\/(\d{1,2})\/(\d{4})/), let day = Int(match.1), let month = Int(match.2),
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        return String(format: "%@-%02d-%02d", String(match.3), month, day)
    }
}

public enum CorrectionError: ArchivistError {
    case noDocument(Int64)
    case unknownField(String)
    case badValue(field: String, value: String, expected: String)

    public var problem: String {
        switch self {
        case .noDocument(let id): "no document \(id) in this workspace."
        case .unknownField(let field): "unknown field '\(field)'."
        case .badValue(let field, let value, let expected): "field \(field): '\(value)' is not \(expected)."
        }
    }

    public var remedy: String? {
        switch self {
        case .noDocument: "'archivist list' shows the ids."
        case .unknownField: "Fields: \(MetadataCorrection.fields.joined(separator: ", "))."
        case .badValue: nil
        }
    }
}
