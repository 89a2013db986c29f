import ArchivistCore
import Foundation
import GRDB

extension SQLiteCatalog {
    public func clearances() async throws -> [Clearance] {
        try await database.read { db in try Self.clearances(db) }
    }

    @discardableResult
    public func grantClearance(_ level: ClearanceLevel, to name: String, by granter: String) async throws -> Clearance {
        let name = name.precomposedStringWithCanonicalMapping, granter = granter.precomposedStringWithCanonicalMapping
        return try await database.write { db in
            let register = ClearanceRegister(try Self.clearances(db))
            try register.checkGrant(level, to: name, by: granter)
            let now = Date()
            var detail = "clearance \(level.rawValue) (\(level.mark.rawValue)) granted to \(name)"
            if let previous = register.active(for: name) {
                try Self.markRevoked(db, name, by: granter, at: now)
                detail += ", replacing \(previous.level.rawValue)"
            }
            if register.clearances.isEmpty { detail += " (first clearance of this workspace)" }
            let clearance = Clearance(operatorName: name, level: level, grantedBy: granter, grantedAt: now)
            try ClearanceRow(clearance).insert(db)
            try EventRow.append(ArchiveEvent(type: .policyAssignment, agent: "operator \(granter)", detail: detail, at: now),
                                documentID: nil, db, hasher: hasher)
            return clearance
        }
    }

    @discardableResult
    public func revokeClearance(of name: String, by revoker: String) async throws -> Clearance {
        let name = name.precomposedStringWithCanonicalMapping, revoker = revoker.precomposedStringWithCanonicalMapping
        return try await database.write { db in
            var clearance = try ClearanceRegister(try Self.clearances(db)).checkRevoke(of: name, by: revoker)
            let now = Date()
            try Self.markRevoked(db, name, by: revoker, at: now)
            (clearance.revokedBy, clearance.revokedAt) = (revoker, now)
            try EventRow.append(ArchiveEvent(type: .policyAssignment, agent: "operator \(revoker)",
                                             detail: "clearance \(clearance.level.rawValue) (\(clearance.level.mark.rawValue)) of \(name) revoked", at: now),
                                documentID: nil, db, hasher: hasher)
            return clearance
        }
    }

    /// Rows with a level this version does not know are left out: they clear nobody.
    private static func clearances(_ db: Database) throws -> [Clearance] {
        try ClearanceRow.order(Column("id")).fetchAll(db).compactMap(\.clearance)
    }

    private static func markRevoked(_ db: Database, _ name: String, by revoker: String, at date: Date) throws {
        try db.execute(sql: "UPDATE clearances SET revoked_by = ?, revoked_at = ? WHERE operator = ? AND revoked_at IS NULL",
                       arguments: [revoker, date, name])
    }
}
