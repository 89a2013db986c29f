import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct CorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct one metadata field of a document as a reviewer (logged, kept when documents are classified again).",
        discussion: """
            Fields: \(MetadataCorrection.fields.joined(separator: ", ")). Types take a TT05 code or a name; dates YYYY-MM-DD or \
            DD/MM/YYYY; recipients are separated by ';'; '-' clears a mark. Corrected types train the classifier ('archivist train').
            A Mật or Tối mật document, or a correction that marks one, needs a clearance covering the mark before and after; \
            a quarantined (Tuyệt mật) one needs toi-mat ('archivist list --quarantined' shows the evidence for the mark). \
            A refusal changes nothing and is logged. A document no longer marked Tuyệt mật leaves quarantine: run the same \
            'archivist ingest' again to carry it through the remaining stages.
            The operator is --operator, else $\(OperatorName.environmentVariable), else the login name, recorded in the \
            correction and the audit trail.
            """
    )

    @Argument(help: "Document id.")
    var id: Int64

    @Option(help: "The field to correct.")
    var field: String

    @Option(help: "The correct value.")
    var value: String

    @OptionGroup var operatorOptions: OperatorOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let name = try operatorOptions.resolved()
        let outcome = try await MetadataCorrection(field: field, value: value, operatorName: name).apply(to: id, in: workspace.resolved.openExisting())
        print("Document \(id): \(field) set to '\(value)' by \(name).")
        if outcome.releasedFromQuarantine {
            print("It leaves quarantine: run the same 'archivist ingest' again to carry it through the remaining stages.")
        } else if outcome.status == .quarantined {
            print("It is quarantined (Tuyệt mật): not to be digitized, and processed no further.")
        }
    }
}
