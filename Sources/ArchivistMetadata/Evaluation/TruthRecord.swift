import Foundation
import ArchivistCore

/// One line of a truth JSONL file (samples/truth.jsonl format, see samples/README.md).
public struct TruthRecord: Sendable, Codable, Hashable {
    public struct Fields: Sendable, Codable, Hashable {
        public var typeName: String?
        public var typeCode: String?
        public var number: String?
        public var symbol: String?
        public var issuer: String?
        public var parentIssuer: String?
        public var place: String?
        public var date: String?
        public var subject: String?
        public var signerAuthority: String?
        public var signerPosition: String?
        public var signerName: String?
        public var confidentiality: String?
        public var urgency: String?
        public var recipients: [String]?

        enum CodingKeys: String, CodingKey {
            case typeName = "type_name", typeCode = "type_code", number, symbol, issuer, parentIssuer = "parent_issuer",
                 place, date, subject, signerAuthority = "signer_authority", signerPosition = "signer_position",
                 signerName = "signer_name", confidentiality, urgency, recipients
        }
    }

    public var id: String
    public var files: [String]
    public var language: String?
    public var system: String?
    public var pages: [String]
    public var fields: Fields

    /// Parses a JSONL text, one record per non-empty line.
    public static func records(jsonl text: String) throws -> [TruthRecord] {
        try text.split(whereSeparator: \.isNewline).enumerated().map { index, line in
            do { return try JSONDecoder().decode(TruthRecord.self, from: Data(line.utf8)) } catch {
                throw EvaluationError.badTruthLine(line: index + 1, reason: "\(error)")
            }
        }
    }
}

public enum EvaluationError: ArchivistError {
    case badTruthLine(line: Int, reason: String)

    public var problem: String {
        switch self {
        case .badTruthLine(let line, let reason): "Truth file line \(line) is not a valid record (\(reason))."
        }
    }

    public var remedy: String? { "Fix that line; the format is described in samples/README.md." }
}
