import ArchivistCore
import Foundation

/// The guard between an operator and restricted documents, for every command that shows or
/// exports them (and, later, the web interface). It applies `AccessRule` with the operator's
/// clearance from the catalog, writes each refusal in the audit trail before throwing it, and
/// logs each restricted document it lets through.
public struct RestrictedAccess: Sendable {
    public let operatorName: String
    /// The operator asked for restricted documents (--include-restricted).
    public let includeRestricted: Bool

    public init(operatorName: String, includeRestricted: Bool) {
        self.operatorName = operatorName
        self.includeRestricted = includeRestricted
    }

    /// How the operator appears in the audit trail.
    public var agent: String { OperatorClearance(operatorName: operatorName).agent }

    /// The rule for this operator, with the clearance they hold now.
    public func rule(in catalog: any Catalog) async throws -> AccessRule {
        let clearance = includeRestricted ? try await OperatorClearance(operatorName: operatorName).held(in: catalog) : nil
        return AccessRule(operatorName: operatorName, clearance: clearance, includeRestricted: includeRestricted)
    }

    /// The verdict over the documents an action concerns. A refusal is logged on each document
    /// the clearance does not cover, then thrown; an allowed one logs a display of each
    /// restricted document unless `logsDisplay` is false (an export logs its own event).
    @discardableResult
    public func admit(_ documents: [DocumentSummary], action: String, logsDisplay: Bool = true, in catalog: any Catalog) async throws -> AccessVerdict {
        let current = try await rule(in: catalog)
        return try await enforce(current.decide(documents), of: current, action: action, logsDisplay: logsDisplay, in: catalog)
    }

    /// The documents `list` (or a report) may show, with the verdict that chose them.
    public func documents(in catalog: any Catalog, action: String = "list",
                          where chosen: (DocumentSummary) -> Bool = { _ in true }) async throws -> (documents: [DocumentSummary], verdict: AccessVerdict) {
        let candidates = try await catalog.documents(includeRestricted: includeRestricted).filter(chosen)
        let verdict = try await admit(candidates, action: action, in: catalog)
        let visible = Set(verdict.visible)
        return (candidates.filter { visible.contains($0.id) }, verdict)
    }

    /// Search hits the operator may see.
    public func search(_ text: String, limit: Int, in catalog: any Catalog) async throws -> (hits: [SearchHit], verdict: AccessVerdict) {
        let hits = try await catalog.search(SearchQuery(text: text, limit: limit, includeRestricted: includeRestricted))
        let documents = try await catalog.documents(ids: Array(Set(hits.map(\.documentID))))
        let verdict = try await admit(documents, action: "search '\(text)'", in: catalog)
        let visible = Set(verdict.visible)
        return (hits.filter { visible.contains($0.documentID) }, verdict)
    }

    /// One document for `show`; nil when there is no such document.
    public func document(id: Int64, in catalog: any Catalog) async throws -> DocumentDetail? {
        guard let detail = try await catalog.document(id: id) else { return nil }
        guard detail.summary.access == .open || includeRestricted else {
            throw RestrictedDocumentError(id: id, access: detail.summary.access)
        }
        let current = try await rule(in: catalog)
        try await enforce(current.decide(one: detail.summary), of: current, action: "show", logsDisplay: true, in: catalog)
        return detail
    }

    @discardableResult
    private func enforce(_ verdict: AccessVerdict, of rule: AccessRule, action: String, logsDisplay: Bool,
                         in catalog: any Catalog) async throws -> AccessVerdict {
        if let denial = verdict.denial {
            let held = denial.held.map { "holds \($0.rawValue)" } ?? "holds no clearance"
            try await catalog.appendEvent(ArchiveEvent(type: .accessDenied, agent: agent, outcome: .failure,
                                                       detail: "\(action) with restricted documents refused: needs \(denial.needed.rawValue), \(operatorName) \(held)"),
                                          documentIDs: denial.documentIDs)
            throw denial
        }
        if logsDisplay, let level = rule.clearance {
            try await catalog.appendEvent(ArchiveEvent(type: .displaying, agent: agent,
                                                       detail: "\(action): shown to \(operatorName), cleared \(level.rawValue), on request (--include-restricted)"),
                                          documentIDs: verdict.restrictedShown)
        }
        return verdict
    }
}

/// A restricted or quarantined document asked for by id without --include-restricted.
public struct RestrictedDocumentError: ArchivistError {
    public var id: Int64
    public var access: AccessDecision

    public var problem: String {
        access == .quarantine ? "document \(id) is quarantined (Tuyệt mật): no clearance opens it."
            : "document \(id) is restricted (Mật or Tối mật)."
    }

    public var remedy: String? {
        access == .quarantine
            ? "A reviewer cleared for toi-mat sees the evidence for its mark with 'archivist list --quarantined' and corrects a misread one with 'archivist correct \(id) --field confidentiality --value Mật' (or '-')."
            : "Add --include-restricted if you are cleared for it ('archivist clearance list')."
    }
}
