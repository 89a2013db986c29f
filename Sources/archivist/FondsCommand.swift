import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct FondsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonds",
        abstract: "Fonds (phông lưu trữ): create, close on a merger or dissolution, link predecessor and successor.",
        subcommands: [List.self, Create.self, Close.self, Link.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the fonds.")
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let all = try await workspace.resolved.openExisting().allFonds()
            guard !all.isEmpty else { return print("No fonds yet: 'archivist fonds create CODE --name NAME', or ingest with --fonds CODE.") }
            var table = TextTable(headers: ["code", "name", "status", "predecessors", "successors"])
            for fonds in all {
                table.add([fonds.code, fonds.name, fonds.closedOn.map { "closed \($0): \(fonds.closingDecision ?? "")" } ?? "open",
                           fonds.predecessors.joined(separator: ", "), fonds.successors.joined(separator: ", ")])
            }
            print(table.render())
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a fonds.")
        @Argument(help: "Fonds code.") var code: String
        @Option(help: "Name of the creating body.") var name: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let fonds = try await workspace.resolved.open().ensureFonds(code: code, name: name)
            print("Fonds \(fonds.code): \(fonds.name)" + (fonds.name != name ? " (already existed with this name)" : ""))
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a fonds: it accepts no document dated after this date without --allow-after-closing.")
        @Argument(help: "Fonds code.") var code: String
        @Option(help: ArgumentHelp("Date of the merger or dissolution decision.", valueName: "YYYY-MM-DD")) var date: String
        @Option(help: "The decision, e.g. \"Quyết định số 123-QĐ/TW\".") var decision: String
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            guard date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { throw ValidationError("--date is YYYY-MM-DD, e.g. 2025-06-30.") }
        }

        func run() async throws {
            try await workspace.resolved.openExisting().closeFonds(code: code, on: date, decision: decision)
            print("Fonds \(code) closed on \(date) (\(decision)).")
        }
    }

    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that one fonds continues another (merger, renaming).")
        @Option(help: "The earlier fonds.") var predecessor: String
        @Option(help: "The fonds that continues it.") var successor: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await workspace.resolved.openExisting().linkFonds(predecessor: predecessor, successor: successor)
            print("Fonds \(successor) continues \(predecessor).")
        }
    }
}
