import Foundation

/// A fonds (phông lưu trữ): all records of one creating body. When the body merges or is
/// dissolved the fonds is closed, never split: it accepts no document dated after its closing
/// date without an explicit override, and its records keep their fonds after handover.
public struct Fonds: Sendable, Codable, Hashable {
    public var code: String
    public var name: String
    /// ISO 8601 date of the merger or dissolution decision; nil while the fonds is open.
    public var closedOn: String?
    /// The decision that closed it, e.g. "Quyết định số 123-QĐ/TW ngày 30/6/2025".
    public var closingDecision: String?
    public var predecessors: [String]
    public var successors: [String]

    public init(code: String, name: String, closedOn: String? = nil, closingDecision: String? = nil,
                predecessors: [String] = [], successors: [String] = []) {
        self.code = code
        self.name = name
        self.closedOn = closedOn
        self.closingDecision = closingDecision
        self.predecessors = predecessors
        self.successors = successors
    }

    public var isClosed: Bool { closedOn != nil }

    /// Whether a document issued on `date` (ISO) may join this fonds.
    public func accepts(issuedOn date: String?) -> Bool {
        guard let closedOn, let date else { return true }
        return date <= closedOn
    }
}
