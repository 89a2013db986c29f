import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the catalog, with or without diacritics ('chuyen doi so' finds 'chuyển đổi số').",
        discussion: "Words are all required; \"quoted words\" must stand together; a trailing * matches a prefix. Pages with the query's diacritics as typed rank first."
    )

    @Argument(help: "What to look for.")
    var query: [String]

    @Option(help: "Most hits to show.")
    var limit = 20

    @Flag(help: "Print hits as JSON (matches marked with « »).")
    var json = false

    @OptionGroup var restricted: RestrictedOptions
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if query.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("Give some words to search for.") }
    }

    func run() async throws {
        let (hits, verdict) = try await restricted.access().search(query.joined(separator: " "), limit: limit, in: workspace.resolved.openExisting())
        restricted.noteQuarantined(verdict)
        if json { return try Terminal.printJSON(hits) }
        guard !hits.isEmpty else {
            print("No pages match '\(query.joined(separator: " "))'.")
            return
        }
        let bold = Terminal.standardOutputIsTTY
        var table = TextTable(headers: ["#", "doc", "page", "source file", "snippet"], rightAligned: [0, 1, 2])
        for (index, hit) in hits.enumerated() {
            let snippet = bold ? hit.snippet.replacingOccurrences(of: "«", with: "\u{1B}[1m").replacingOccurrences(of: "»", with: "\u{1B}[0m")
                : hit.snippet
            table.add(["\(index + 1)", "\(hit.documentID)", "\(hit.page)", hit.sourceFile, snippet])
        }
        print(table.render())
    }
}
