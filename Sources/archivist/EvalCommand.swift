import ArgumentParser
import ArchivistCore
import ArchivistMetadata
import ArchivistRuntime
import Foundation

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extracted metadata against ground truth (a JSONL file in the samples' format).",
        discussion: "Ingest the scans first; each truth record is matched to the document whose name ends with its id. See `make eval-metadata`."
    )

    @Option(help: ArgumentHelp("Truth JSONL (samples/truth.jsonl format).", valueName: "file"))
    var truth = "samples/truth.jsonl"

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let catalog = try workspace.resolved.openExisting()
        let (evaluation, unmatched) = try await CatalogReports(catalog: catalog).evaluate(truth: URL(fileURLWithPath: truth))
        var table = TextTable(headers: ["field", "exact", "correct", "of"], rightAligned: [1, 2, 3])
        for score in evaluation.fields {
            table.add([score.field, String(format: "%.1f%%", score.accuracy * 100), "\(score.correct)", "\(score.total)"])
        }
        print("Metadata against \(truth): \(evaluation.documents) document(s)")
        print(table.render())
        print("\nRouted to review: \(evaluation.routedToReview); review precision \(String(format: "%.0f%%", evaluation.reviewPrecision * 100)); "
              + "errors that escaped review: \(evaluation.escapedErrors)")
        if !evaluation.typeConfusions.isEmpty {
            print("Type confusions: " + evaluation.typeConfusions.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: "; "))
        }
        if !evaluation.errors.isEmpty {
            var errors = TextTable(headers: ["document", "field", "kind", "expected", "found", "review"])
            for error in evaluation.errors {
                errors.add([error.document, error.field, error.kind, (error.expected ?? "-").clipped(to: 40), (error.found ?? "-").clipped(to: 40),
                            error.routedToReview ? "yes" : "ESCAPED"])
            }
            print("\nErrors\n" + errors.render())
        }
        if !unmatched.isEmpty { print("\nNo document in the catalog for: " + unmatched.joined(separator: ", ")) }
    }
}
