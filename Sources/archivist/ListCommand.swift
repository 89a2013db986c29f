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

    @Flag(help: "Only documents waiting for review, with the reasons.")
    var review = false

    @OptionGroup var restricted: RestrictedOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let review = review
        let (documents, verdict) = try await restricted.access().documents(in: workspace.resolved.openExisting()) {
            !review || $0.description?.needsReview == true
        }
        restricted.noteQuarantined(verdict)
        if json { return try Terminal.printJSON(documents) }
        guard !documents.isEmpty else {
            return print(review ? "Nothing waits for review." : "The catalog is empty: run 'archivist ingest PATH'.")
        }
        var table = TextTable(headers: ["id", "name", "fonds", "pages", "lang", "conf", "status", "type", "symbol", "date",
                                        review ? "review" : "access"], rightAligned: [0, 3, 5])
        for document in documents {
            let description = document.description
            let reasons = description?.reviewReasons.map { "\($0.field) \(String(format: "%.2f", $0.confidence))" }.joined(separator: ", ")
            table.add(["\(document.id)", document.name.clipped(to: 36), document.fonds ?? "-", "\(document.pageCount)", document.language ?? "-",
                       document.meanConfidence.map { String(format: "%.0f", $0) } ?? "-", document.status.rawValue,
                       description?.typeName ?? "-", description?.symbol ?? "-", description?.issuedDate ?? "-",
                       review ? reasons ?? "" : document.access.rawValue + (description?.needsReview == true ? ", review" : "")])
        }
        print(table.render())
        if !restricted.includeRestricted { print("(restricted and quarantined documents hidden: --include-restricted)") }
    }
}
