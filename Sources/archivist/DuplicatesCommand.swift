import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Groups of near-duplicate documents (the same text received by several committees, re-scans), across fonds.",
        discussion: "Exact copies are recognized at ingest by their SHA-256; this compares the OCR text (MinHash over word shingles)."
    )

    @Option(help: "Smallest similarity (0-1) for two documents to be grouped.")
    var threshold = 0.5

    @Flag(help: "Print groups as JSON.")
    var json = false

    @OptionGroup var restricted: RestrictedOptions
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold is a similarity between 0 and 1.") }
    }

    func run() async throws {
        let catalog = try workspace.resolved.openExisting()
        let (documents, verdict) = try await restricted.access().documents(in: catalog, action: "duplicates")
        restricted.noteQuarantined(verdict)
        let groups = try await CatalogReports(catalog: catalog).duplicateGroups(threshold: threshold, among: documents)
        if json { return try Terminal.printJSON(groups) }
        guard !groups.isEmpty else { return print("No near-duplicates at similarity \(threshold) or more.") }
        let names = Dictionary(uniqueKeysWithValues: try await catalog.documents(includeRestricted: true).map { ($0.id, $0) })
        var table = TextTable(headers: ["group", "similarity", "id", "name", "fonds"], rightAligned: [0, 1, 2])
        for (index, group) in groups.enumerated() {
            for member in group.members {
                table.add(["\(index + 1)", String(format: "%.2f", group.similarity), "\(member)", names[member]?.name ?? "?",
                           names[member]?.fonds ?? "-"])
            }
        }
        print(table.render())
    }
}
