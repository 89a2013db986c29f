import ArchivistCore
import ArchivistMetadata
import Foundation

/// A reviewer's correction of one metadata field: the value becomes certain (confidence 1),
/// its evidence names the reviewer, the field's review reason goes, and the change is logged
/// as a metadata modification by that reviewer. Corrected types train the classifier.
public struct MetadataCorrection: Sendable {
    public static let fields = ["type", "number", "symbol", "issuer", "parent_issuer", "place", "date", "subject",
                                "signer_authority", "signer_position", "signer_name", "confidentiality", "urgency", "recipients"]

    public var field: String
    public var value: String
    public var reviewer: String

    public init(field: String, value: String, reviewer: String) {
        self.field = field
        self.value = value.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        self.reviewer = reviewer
    }

    /// Applies the correction to the document's metadata and records it.
    public func apply(to documentID: Int64, in catalog: any Catalog) async throws {
        guard let detail = try await catalog.document(id: documentID) else { throw CorrectionError.noDocument(documentID) }
        var metadata = detail.metadata ?? DocumentMetadata()
        let (before, after) = try set(&metadata)
        metadata.reviewReasons.removeAll { $0.field == field }
        var status = detail.summary.status
        if status == .quarantined, metadata.access != .quarantine { status = .classified }
        if metadata.access == .quarantine { status = .quarantined }
        try await catalog.saveMetadata(documentID: documentID, metadata: metadata, status: status)
        try await catalog.appendEvent(documentID: documentID, ArchiveEvent(
            type: .metadataModification, agent: "reviewer \(reviewer)", detail: "\(field): \(before ?? "-") → \(after)"))
    }

    /// Sets the field; returns its previous and new values as text.
    private func set(_ metadata: inout DocumentMetadata) throws -> (String?, String) {
        let evidence = Evidence(text: value, page: nil, rule: "reviewer: \(reviewer)")
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
