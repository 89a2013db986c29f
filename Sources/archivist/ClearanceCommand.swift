import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

extension ClearanceLevel: ExpressibleByArgument {}

struct ClearanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Who is cleared to see restricted documents: mat (Mật) or toi-mat (Tối mật, which includes Mật).",
        discussion: """
            The first grant in a workspace that has never had one bootstraps: anyone may make it, and it must be toi-mat. \
            After that only an operator holding toi-mat may grant or revoke, and the last toi-mat clearance cannot be \
            revoked or lowered (grant another first). Grants and revocations are kept (never deleted) and logged in the \
            audit trail as policy assignments by the operator who made them. No clearance opens Tuyệt mật documents.
            The operator is --operator, else $\(OperatorName.environmentVariable), else the login name: it is taken on trust \
            (it records who acted and which clearance applies; it is not a login).
            """,
        subcommands: [Grant.self, Revoke.self, List.self]
    )

    struct Grant: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Clear an operator for Mật (mat) or Tối mật (toi-mat); replaces a clearance they hold.")
        @Argument(help: "The operator's name, as they log in or set $\(OperatorName.environmentVariable).") var name: String
        @Option(help: "mat or toi-mat.") var level: ClearanceLevel
        @OptionGroup var operatorOptions: OperatorOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let granter = try operatorOptions.resolved()
            let clearance = try await workspace.resolved.open().grantClearance(level, to: name, by: granter)
            print("\(clearance.operatorName) is cleared for \(clearance.level.mark.rawValue) (\(clearance.level.rawValue)), granted by \(granter).")
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an operator's clearance.")
        @Argument(help: "The operator's name.") var name: String
        @OptionGroup var operatorOptions: OperatorOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let revoker = try operatorOptions.resolved()
            let clearance = try await workspace.resolved.openExisting().revokeClearance(of: name, by: revoker)
            print("\(clearance.operatorName) is no longer cleared for \(clearance.level.mark.rawValue); revoked by \(revoker).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the clearances in force (--all: revoked ones too).")
        @Flag(help: "Revoked clearances too.") var all = false
        @Flag(help: "Print as JSON.") var json = false
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let clearances = try await workspace.resolved.openExisting().clearances().filter { all || $0.isActive }
            if json { return try Terminal.printJSON(clearances) }
            guard !clearances.isEmpty else {
                return print("Nobody is cleared. The first grant bootstraps: 'archivist clearance grant NAME --level toi-mat'.")
            }
            let formatter = ISO8601DateFormatter()
            var table = TextTable(headers: ["operator", "level", "granted by", "granted at", "revoked"])
            for clearance in clearances {
                table.add([clearance.operatorName, "\(clearance.level.rawValue) (\(clearance.level.mark.rawValue))", clearance.grantedBy,
                           formatter.string(from: clearance.grantedAt),
                           clearance.revokedAt.map { "\(formatter.string(from: $0)) by \(clearance.revokedBy ?? "?")" } ?? "-"])
            }
            print(table.render())
        }
    }
}
