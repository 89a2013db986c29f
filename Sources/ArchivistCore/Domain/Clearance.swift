import Foundation

/// How far an operator is cleared to see restricted documents. Tối mật includes Mật. No level
/// opens Tuyệt mật: such documents are not to be digitized (HD 40-HD/VPTW) and stay quarantined.
public enum ClearanceLevel: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case mat
    case toiMat = "toi-mat"

    /// The level a document with this mark needs; nil for Tuyệt mật, which no level opens.
    public init?(needing mark: Confidentiality) {
        switch mark {
        case .mat: self = .mat
        case .toiMat: self = .toiMat
        case .tuyetMat: return nil
        }
    }

    /// The mark this level opens, as documents print it.
    public var mark: Confidentiality { self == .mat ? .mat : .toiMat }

    public func covers(_ needed: ClearanceLevel) -> Bool { self >= needed }

    public static func < (lhs: ClearanceLevel, rhs: ClearanceLevel) -> Bool {
        lhs == .mat && rhs == .toiMat
    }
}

/// One clearance as granted, and revoked later perhaps. Rows are never deleted: a changed
/// level is a revocation and a new grant.
public struct Clearance: Sendable, Codable, Hashable {
    public var operatorName: String
    public var level: ClearanceLevel
    public var grantedBy: String
    public var grantedAt: Date
    public var revokedBy: String?
    public var revokedAt: Date?

    public init(operatorName: String, level: ClearanceLevel, grantedBy: String, grantedAt: Date,
                revokedBy: String? = nil, revokedAt: Date? = nil) {
        self.operatorName = operatorName
        self.level = level
        self.grantedBy = grantedBy
        self.grantedAt = grantedAt
        self.revokedBy = revokedBy
        self.revokedAt = revokedAt
    }

    public var isActive: Bool { revokedAt == nil }
}
