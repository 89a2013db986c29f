import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct CorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct one metadata field of a document as a reviewer (logged, kept when documents are classified again).",
        discussion: "Fields: \(MetadataCorrection.fields.joined(separator: ", ")). Types take a TT05 code or a name; dates YYYY-MM-DD or DD/MM/YYYY; recipients are separated by ';'; '-' clears a mark. Corrected types train the classifier ('archivist train')."
    )

    @Argument(help: "Document id.")
    var id: Int64

    @Option(help: "The field to correct.")
    var field: String

    @Option(help: "The correct value.")
    var value: String

    @Option(help: "Who corrects (recorded in the audit trail); default: $USER.")
    var reviewer = ProcessInfo.processInfo.environment["USER"] ?? "reviewer"

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await MetadataCorrection(field: field, value: value, reviewer: reviewer).apply(to: id, in: workspace.resolved.openExisting())
        print("Document \(id): \(field) set to '\(value)' by \(reviewer).")
    }
}
