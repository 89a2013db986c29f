import ArchivistCore
import Foundation
import GRDB

extension SQLiteCatalog {
    @discardableResult
    public func ensureFonds(code: String, name: String?) async throws -> Fonds {
        try await database.write { db in
            try db.execute(sql: "INSERT INTO fonds (code, name, created_at) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
                           arguments: [code, name ?? code, Date()])
            return try Self.fonds(db, code: code)!
        }
    }

    public func fonds(code: String) async throws -> Fonds? {
        try await database.read { db in try Self.fonds(db, code: code) }
    }

    public func allFonds() async throws -> [Fonds] {
        try await database.read { db in
            try String.fetchAll(db, sql: "SELECT code FROM fonds ORDER BY code").compactMap { try Self.fonds(db, code: $0) }
        }
    }

    public func closeFonds(code: String, on date: String, decision: String) async throws {
        try await database.write { db in
            guard try Self.fonds(db, code: code) != nil else { throw FondsError.unknown(code: code) }
            try db.execute(sql: "UPDATE fonds SET closed_on = ?, closing_decision = ? WHERE code = ?", arguments: [date, decision, code])
        }
    }

    public func linkFonds(predecessor: String, successor: String) async throws {
        try await database.write { db in
            for code in [predecessor, successor] where try Self.fonds(db, code: code) == nil { throw FondsError.unknown(code: code) }
            try db.execute(sql: "INSERT OR IGNORE INTO fonds_links (predecessor, successor) VALUES (?, ?)", arguments: [predecessor, successor])
        }
    }

    private static func fonds(_ db: Database, code: String) throws -> Fonds? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM fonds WHERE code = ?", arguments: [code]) else { return nil }
        return Fonds(code: row["code"], name: row["name"], closedOn: row["closed_on"], closingDecision: row["closing_decision"],
                     predecessors: try String.fetchAll(db, sql: "SELECT predecessor FROM fonds_links WHERE successor = ?", arguments: [code]),
                     successors: try String.fetchAll(db, sql: "SELECT successor FROM fonds_links WHERE predecessor = ?", arguments: [code]))
    }
}

public enum FondsError: ArchivistError {
    case unknown(code: String)

    public var problem: String {
        switch self {
        case .unknown(let code): "no fonds '\(code)' in this catalog."
        }
    }

    public var remedy: String? { "Create it with 'archivist fonds create CODE --name NAME' ('archivist fonds list' shows them)." }
}
