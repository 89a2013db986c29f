import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct FailuresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "failures",
        abstract: "Files that failed, with the reason, the stage and when. Fix the file and run the same ingest again."
    )

    @Flag(help: "Include failures that a later run got past.")
    var all = false

    @Flag(help: "Print as JSON.")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let failures = try await workspace.resolved.openExisting().failures(includeResolved: all)
        if json { return try Terminal.printJSON(failures) }
        guard !failures.isEmpty else { return print("No failures.") }
        let formatter = ISO8601DateFormatter()
        var table = TextTable(headers: ["file", "stage", "last seen", "tries", "reason"] + (all ? ["resolved"] : []), rightAligned: [3])
        for failure in failures {
            table.add([failure.path, failure.stage, formatter.string(from: failure.lastAt), "\(failure.attempts)", failure.reason]
                      + (all ? [failure.resolvedAt.map(formatter.string) ?? "-"] : []))
        }
        print(table.render())
    }
}
