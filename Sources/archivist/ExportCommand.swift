import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

extension ExportJob.Format: ExpressibleByArgument {}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents as a BagIt 1.0 bag (with METS and the TT05 CSV inside), or as METS or CSV alone.",
        discussion: "Choose documents by a search query, a fonds, or both. Restricted documents are left out unless --include-restricted; including them is logged on each document."
    )

    @Argument(help: "Search query choosing the documents (all of the fonds when left out).")
    var query: [String] = []

    @Option(help: "Only documents of this fonds.")
    var fonds: String?

    @Option(help: "bagit, mets, csv or hocr (one XHTML file per document).")
    var format: ExportJob.Format = .bagit

    @Option(help: ArgumentHelp("Where to write: the bag folder (must not exist) or the folder for mets.xml / documents.csv.", valueName: "dir"))
    var out: String

    @Option(help: "Source-Organization of the bag and the METS agent.")
    var organization = "Archivist"

    @Flag(help: "Put the original scans in the bag too.")
    var withOriginals = false

    @OptionGroup var restricted: RestrictedOptions
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if query.isEmpty && fonds == nil { throw ValidationError("Choose documents with a query, --fonds, or both.") }
    }

    func run() async throws {
        var job = ExportJob(workspace: workspace.resolved, format: format, output: URL(fileURLWithPath: out), organization: organization)
        job.includeOriginals = withOriginals
        job.includeRestricted = restricted.includeRestricted
        let ids = try await job.select(query: query.isEmpty ? nil : query.joined(separator: " "), fonds: fonds,
                                       catalog: try workspace.resolved.openExisting())
        guard !ids.isEmpty else { throw CommandFailure("No document matches; nothing exported.") }
        let display = ProgressDisplay()
        let written = try await job.run(documentIDs: ids, progress: display.showCount)
        display.finish()
        print("Exported \(ids.count) document(s) as \(format.rawValue): \(written.path)")
    }
}
