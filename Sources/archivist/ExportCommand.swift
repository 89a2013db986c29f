import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

extension ExportJob.Format: ExpressibleByArgument {}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents as a BagIt 1.0 bag (with METS and the TT05 CSV inside), or as METS or CSV alone.",
        discussion: """
            Choose documents by a search query, a fonds, or both. Restricted (Mật, Tối mật) documents are left out unless \
            --include-restricted and the operator is cleared for the highest mark among them; including them is logged on each \
            document. Without the clearance the export is refused whole, writes nothing, and the refusal is logged. \
            Quarantined (Tuyệt mật) documents are never exported.
            """
    )

    @Argument(help: "Search query choosing the documents (all of the fonds when left out).")
    var query: [String] = []

    @Option(help: "Only documents of this fonds.")
    var fonds: String?

    @Option(help: "bagit, mets, csv, hocr (one XHTML file per document) or alto (one ALTO 4.2 .xml file per document).")
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
        var job = ExportJob(workspace: workspace.resolved, format: format, output: URL(fileURLWithPath: out), organization: organization,
                            access: try restricted.access())
        job.includeOriginals = withOriginals
        let ids = try await job.select(query: query.isEmpty ? nil : query.joined(separator: " "), fonds: fonds,
                                       catalog: try workspace.resolved.openExisting())
        guard !ids.isEmpty else { throw CommandFailure("No document matches; nothing exported.") }
        let display = ProgressDisplay()
        let result = try await job.run(documentIDs: ids, progress: display.showCount)
        display.finish()
        restricted.noteQuarantined(result.verdict)
        print("Exported \(result.documentIDs.count) document(s) as \(format.rawValue): \(result.url.path)")
    }
}
