import Foundation

/// Event types from the PREMIS event type vocabulary (id.loc.gov/vocabulary/preservation/eventType),
/// and one of ours that PREMIS lacks: access denied.
public enum EventType: String, Sendable, Codable {
    case ingestion
    case messageDigestCalculation = "message digest calculation"
    case formatIdentification = "format identification"
    case creation
    case metadataExtraction = "metadata extraction"
    case metadataModification = "metadata modification"
    case accession
    case digitalSignatureGeneration = "digital signature generation"
    case fixityCheck = "fixity check"
    case validation
    case dissemination
    /// A restricted document shown to a cleared operator (list, search, show).
    case displaying
    /// A clearance granted or revoked: the policy deciding who sees restricted documents.
    case policyAssignment = "policy assignment"
    /// Not in PREMIS: restricted documents asked for by an operator not cleared for them.
    case accessDenied = "access denied"
}

public enum EventOutcome: String, Sendable, Codable {
    case success, failure, warning
}

/// One entry of a document's audit trail.
public struct ArchiveEvent: Sendable, Codable, Hashable {
    public var type: EventType
    public var agent: String
    public var outcome: EventOutcome
    public var detail: String
    public var at: Date

    public init(type: EventType, agent: String, outcome: EventOutcome = .success, detail: String, at: Date = Date()) {
        self.type = type
        self.agent = agent
        self.outcome = outcome
        self.detail = detail
        self.at = at
    }
}

/// An event to append to a document's trail, or to the workspace's own (no document).
public struct TrailEvent: Sendable, Hashable {
    public var documentID: Int64?
    public var event: ArchiveEvent

    public init(documentID: Int64?, _ event: ArchiveEvent) {
        self.documentID = documentID
        self.event = event
    }
}

/// A file or folder that could not be processed, with the reason and the stage that found it.
public struct BatchFailure: Sendable, Codable, Hashable {
    public var path: String
    public var stage: String
    public var reason: String
    public var at: Date

    public init(path: String, stage: String, reason: String, at: Date = Date()) {
        self.path = path.precomposedStringWithCanonicalMapping
        self.stage = stage
        self.reason = reason
        self.at = at
    }
}
