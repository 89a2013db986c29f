import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one document: metadata, files, where it was found, pages with text and confidence, events."
    )

    @Argument(help: "Document id (from 'archivist list').")
    var id: Int64

    @Flag(help: "Print as JSON, words with boxes included.")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        guard let detail = try await workspace.resolved.openExisting().document(id: id) else {
            throw ValidationError("No document \(id) in this workspace; 'archivist list' shows the ids.")
        }
        if json { return try Terminal.printJSON(detail) }
        let summary = detail.summary
        print("Document \(summary.id): \(summary.name)")
        print("  fonds \(summary.fonds ?? "-"), status \(summary.status.rawValue), \(summary.pageCount) page(s), language \(summary.language ?? "-")")
        print("\nFiles")
        for file in detail.files {
            print("  \(file.position + 1). \(file.name)  \(file.format.rawValue.uppercased()), \(file.pageCount) page(s), \(file.byteCount) bytes, sha256 \(file.sha256)")
        }
        print("\nFound at")
        for source in detail.sources { print("  \(source.path)  (box \(source.box ?? "-"), fonds \(source.fonds ?? "-"))") }
        for page in detail.pages {
            let minimum = page.minimumWordConfidence.map { String(format: ", lowest word %.0f", $0) } ?? ""
            print("\nPage \(page.number)  (\(page.width)×\(page.height) at \(page.dpi) dpi, \(page.language), confidence \(String(format: "%.0f", page.meanConfidence))\(minimum), \(page.words.count) words)")
            print(page.text.split(separator: "\n", omittingEmptySubsequences: true).map { "  " + $0 }.joined(separator: "\n"))
        }
        print("\nEvents")
        let formatter = ISO8601DateFormatter()
        for event in detail.events {
            print("  \(formatter.string(from: event.at))  \(event.type.rawValue) [\(event.outcome.rawValue)] \(event.detail)")
        }
    }
}
