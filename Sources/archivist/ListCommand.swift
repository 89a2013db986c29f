import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents in the catalog.",
        discussion: "--json prints an array of {id, name, fonds, status, pageCount, language, meanConfidence, sourceFiles, createdAt}: a stable interface (see README)."
    )

    @Flag(help: "Print documents as JSON.")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let documents = try await workspace.resolved.openExisting().documents()
        if json { return try Terminal.printJSON(documents) }
        guard !documents.isEmpty else { return print("The catalog is empty: run 'archivist ingest PATH'.") }
        var table = TextTable(headers: ["id", "name", "fonds", "pages", "lang", "conf", "status", "source files"], rightAligned: [0, 3, 5])
        for document in documents {
            let files = document.sourceFiles.map { ($0 as NSString).lastPathComponent }
            table.add(["\(document.id)", document.name.clipped(to: 40), document.fonds ?? "-", "\(document.pageCount)",
                       document.language ?? "-", document.meanConfidence.map { String(format: "%.0f", $0) } ?? "-",
                       document.status.rawValue, (files.count > 2 ? files.prefix(2) + ["+\(files.count - 2)"] : files).joined(separator: ", ")])
        }
        print(table.render())
    }
}
