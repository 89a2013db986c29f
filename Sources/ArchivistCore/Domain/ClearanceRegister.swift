import Foundation

/// Every clearance a workspace ever granted, and who may change them:
/// - the first grant in a workspace that never had one bootstraps, and must be Tối mật (a
///   Mật one would leave nobody able to grant);
/// - after that only an operator holding Tối mật grants or revokes;
/// - the last Tối mật clearance cannot be revoked or lowered (grant another first), so the
///   workspace always keeps someone who can grant.
public struct ClearanceRegister: Sendable {
    public let clearances: [Clearance]

    public init(_ clearances: [Clearance]) {
        self.clearances = clearances
    }

    public func active(for name: String) -> Clearance? {
        clearances.last { $0.operatorName == name && $0.isActive }
    }

    /// Whether `granter` may give `name` this level; throws the reason when not.
    public func checkGrant(_ level: ClearanceLevel, to name: String, by granter: String) throws {
        try Self.checkName(name)
        if clearances.isEmpty {
            guard level == .toiMat else { throw ClearanceError.bootstrapNotTopLevel(name: name) }
            return
        }
        try checkAuthority(of: granter, action: "grant clearances")
        if let current = active(for: name) {
            guard current.level != level else { throw ClearanceError.alreadyCleared(name: name, level: level) }
            if current.level == .toiMat { try checkNotLastTopLevel(name) }
        }
    }

    /// Whether `revoker` may revoke `name`'s clearance; returns that clearance.
    public func checkRevoke(of name: String, by revoker: String) throws -> Clearance {
        try checkAuthority(of: revoker, action: "revoke clearances")
        guard let current = active(for: name) else { throw ClearanceError.notCleared(name: name) }
        if current.level == .toiMat { try checkNotLastTopLevel(name) }
        return current
    }

    private func checkAuthority(of name: String, action: String) throws {
        guard active(for: name)?.level == .toiMat else {
            throw ClearanceError.notAuthorized(name: name, action: action, held: active(for: name)?.level)
        }
    }

    private func checkNotLastTopLevel(_ name: String) throws {
        let others = clearances.filter { $0.isActive && $0.level == .toiMat && $0.operatorName != name }
        guard !others.isEmpty else { throw ClearanceError.lastTopLevel(name: name) }
    }

    /// Operator names as recorded: NFC, no surrounding spaces, printable.
    public static func checkName(_ name: String) throws {
        guard !name.isEmpty, name == name.trimmingCharacters(in: .whitespacesAndNewlines),
              !name.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else {
            throw ClearanceError.badName(name)
        }
    }
}

public enum ClearanceError: ArchivistError, Equatable {
    case badName(String)
    case bootstrapNotTopLevel(name: String)
    case notAuthorized(name: String, action: String, held: ClearanceLevel?)
    case alreadyCleared(name: String, level: ClearanceLevel)
    case notCleared(name: String)
    case lastTopLevel(name: String)

    public var problem: String {
        switch self {
        case .badName(let name): "operator name '\(name)': empty, padded with spaces or holding control characters."
        case .bootstrapNotTopLevel(let name):
            "the first clearance in this workspace (for \(name)) must be toi-mat: only a Tối mật holder can grant after it."
        case .notAuthorized(let name, let action, let held):
            "operator '\(name)' may not \(action): that takes a Tối mật (toi-mat) clearance, and \(name) holds \(held.map { "only \($0.mark.rawValue)" } ?? "none")."
        case .alreadyCleared(let name, let level): "\(name) already holds a \(level.mark.rawValue) (\(level.rawValue)) clearance."
        case .notCleared(let name): "\(name) holds no clearance to revoke."
        case .lastTopLevel(let name):
            "\(name) holds the last Tối mật clearance of this workspace: without it nobody could grant or revoke."
        }
    }

    public var remedy: String? {
        switch self {
        case .badName: "Give the name as the operator logs in, e.g. 'lan' or 'nguyen.van.a'."
        case .bootstrapNotTopLevel: "Run 'archivist clearance grant NAME --level toi-mat' first."
        case .notAuthorized: "Ask an operator cleared for Tối mật ('archivist clearance list' shows them) to run it."
        case .alreadyCleared, .notCleared: "'archivist clearance list' shows who holds what."
        case .lastTopLevel: "Grant toi-mat to another operator first."
        }
    }
}
