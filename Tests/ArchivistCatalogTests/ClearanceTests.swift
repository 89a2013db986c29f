import ArchivistCore
@testable import ArchivistCatalog
import Foundation
import GRDB
import Testing

/// The workspace-level audit rows (document_id NULL): grants and revocations.
private func workspaceEvents(_ catalog: SQLiteCatalog) async throws -> [EventRow] {
    try await catalog.database.read { db in
        try EventRow.filter(Column("document_id") == nil).order(Column("id")).fetchAll(db)
    }
}

@Test func firstGrantBootstrapsAndMustBeTopLevel() async throws {
    let catalog = try CatalogFixture().catalog
    await #expect(throws: ClearanceError.bootstrapNotTopLevel(name: "lan")) {
        try await catalog.grantClearance(.mat, to: "lan", by: "anyone")
    }
    #expect(try await catalog.clearances().isEmpty)
    let first = try await catalog.grantClearance(.toiMat, to: "chief", by: "installer")
    #expect(first.operatorName == "chief" && first.grantedBy == "installer" && first.isActive)

    // After the first grant, the bootstrap is over: nobody without Tối mật grants, even to themselves.
    await #expect(throws: ClearanceError.notAuthorized(name: "installer", action: "grant clearances", held: nil)) {
        try await catalog.grantClearance(.toiMat, to: "installer", by: "installer")
    }
    try await catalog.grantClearance(.mat, to: "lan", by: "chief")
    await #expect(throws: ClearanceError.notAuthorized(name: "lan", action: "grant clearances", held: .mat)) {
        try await catalog.grantClearance(.mat, to: "minh", by: "lan")
    }
    await #expect(throws: ClearanceError.notAuthorized(name: "lan", action: "revoke clearances", held: .mat)) {
        try await catalog.revokeClearance(of: "chief", by: "lan")
    }
    #expect(try await catalog.clearances().map(\.operatorName) == ["chief", "lan"])
}

@Test func grantsAndRevocationsAreKeptAndLoggedByWhoMadeThem() async throws {
    let fixture = try CatalogFixture()
    let catalog = fixture.catalog
    try await catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    try await catalog.grantClearance(.mat, to: "lan", by: "chief")
    await #expect(throws: ClearanceError.alreadyCleared(name: "lan", level: .mat)) {
        try await catalog.grantClearance(.mat, to: "lan", by: "chief")
    }
    try await catalog.grantClearance(.toiMat, to: "lan", by: "chief")       // raised: the Mật row is revoked, a new one added
    let revoked = try await catalog.revokeClearance(of: "lan", by: "chief")
    #expect(revoked.level == .toiMat && revoked.revokedBy == "chief" && revoked.revokedAt != nil)
    await #expect(throws: ClearanceError.notCleared(name: "lan")) { try await catalog.revokeClearance(of: "lan", by: "chief") }

    let all = try await catalog.clearances()
    #expect(all.map { "\($0.operatorName) \($0.level.rawValue) \($0.isActive)" } == ["chief toi-mat true", "lan mat false", "lan toi-mat false"])
    #expect(ClearanceRegister(all).active(for: "lan") == nil && ClearanceRegister(all).active(for: "chief")?.level == .toiMat)

    let events = try await workspaceEvents(catalog)
    #expect(events.map(\.type) == Array(repeating: "policy assignment", count: 4))
    #expect(events.allSatisfy { $0.agent == "operator chief" })
    #expect(events.map(\.detail) == [
        "clearance toi-mat (Tối mật) granted to chief (first clearance of this workspace)",
        "clearance mat (Mật) granted to lan",
        "clearance toi-mat (Tối mật) granted to lan, replacing mat",
        "clearance toi-mat (Tối mật) of lan revoked",
    ])
    #expect(try await catalog.verifyAuditChain().isIntact)
    // The partial unique index allows one clearance in force per operator: the database holds the rule too.
    await #expect(throws: DatabaseError.self) {
        try await catalog.database.write { db in
            try db.execute(sql: "INSERT INTO clearances (operator, level, granted_by, granted_at) VALUES ('chief', 'mat', 'x', '2025-01-01')")
        }
    }
}

@Test func theLastTopLevelClearanceCannotGo() async throws {
    let catalog = try CatalogFixture().catalog
    try await catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    await #expect(throws: ClearanceError.lastTopLevel(name: "chief")) { try await catalog.revokeClearance(of: "chief", by: "chief") }
    await #expect(throws: ClearanceError.lastTopLevel(name: "chief")) { try await catalog.grantClearance(.mat, to: "chief", by: "chief") }
    try await catalog.grantClearance(.toiMat, to: "deputy", by: "chief")
    try await catalog.revokeClearance(of: "chief", by: "deputy")
    // Revoked, the former holder grants nothing; and the emptied workspace does not bootstrap again.
    await #expect(throws: ClearanceError.notAuthorized(name: "chief", action: "grant clearances", held: nil)) {
        try await catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    }
}
