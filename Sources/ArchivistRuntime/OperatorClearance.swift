import ArchivistCore
import Foundation

/// The clearance check for actions on one or more documents that are not listings: looking at
/// quarantined documents, correcting restricted ones. An action the operator's clearance does
/// not cover is refused whole; the refusal is written in the audit trail, then thrown.
public struct OperatorClearance: Sendable {
    public let operatorName: String

    public init(operatorName: String) {
        self.operatorName = operatorName
    }

    /// How the operator appears in the audit trail.
    public var agent: String { "operator \(operatorName)" }

    /// The level the operator holds now; nil without a clearance.
    public func held(in catalog: any Catalog) async throws -> ClearanceLevel? {
        ClearanceRegister(try await catalog.clearances()).active(for: operatorName)?.level
    }

    /// Returns the level held when it covers `needed`. Otherwise appends an `access denied`
    /// event to each document concerned (to the workspace's trail when there is none) and throws.
    @discardableResult
    public func require(_ needed: ClearanceLevel, to action: String, documentIDs: [Int64], in catalog: any Catalog) async throws -> ClearanceLevel {
        let held = try await held(in: catalog)
        if let held, held.covers(needed) { return held }
        let holds = held.map { "holds \($0.rawValue)" } ?? "holds no clearance"
        let event = ArchiveEvent(type: .accessDenied, agent: agent, outcome: .failure,
                                 detail: "\(action) refused: needs \(needed.mark.rawValue), \(operatorName) \(holds)")
        try await catalog.appendEvents(documentIDs.isEmpty ? [TrailEvent(documentID: nil, event)] : documentIDs.map { TrailEvent(documentID: $0, event) })
        throw ClearanceRequired(operatorName: operatorName, held: held, needed: needed, action: action)
    }

    /// The level a document with this mark needs for a reviewer to act on it: its own level for
    /// Mật and Tối mật, toi-mat for Tuyệt mật (only a toi-mat reviewer handles quarantine).
    public static func level(forActingOn mark: Confidentiality?) -> ClearanceLevel? {
        mark.map { ClearanceLevel(needing: $0) ?? .toiMat }
    }
}

/// An action refused because the operator's clearance does not cover it.
public struct ClearanceRequired: ArchivistError, Hashable {
    public var operatorName: String
    public var held: ClearanceLevel?
    public var needed: ClearanceLevel
    /// What was asked, e.g. "list quarantined documents".
    public var action: String

    public init(operatorName: String, held: ClearanceLevel?, needed: ClearanceLevel, action: String) {
        self.operatorName = operatorName
        self.held = held
        self.needed = needed
        self.action = action
    }

    public var problem: String {
        let holds = held.map { "holds only \($0.mark.rawValue)" } ?? "holds no clearance"
        return "access denied: operator '\(operatorName)' may not \(action): that takes a \(needed.mark.rawValue) (\(needed.rawValue)) clearance, "
            + "and \(operatorName) \(holds). Nothing was shown or changed; the refusal is in the audit trail."
    }

    public var remedy: String? {
        "An operator cleared for Tối mật can grant it: 'archivist clearance grant \(operatorName) --level \(needed.rawValue)'."
    }
}
