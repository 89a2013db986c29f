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

    @Flag(help: "Extract the metadata again from the stored OCR (in memory; the catalog is not changed) and score that.")
    var reclassify = false

    @Option(help: ArgumentHelp("Pipeline whose classify options --reclassify uses (default: pipelines/default.yml).", valueName: "file"))
    var pipeline: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let catalog = try workspace.resolved.openExisting()
        let reclassifying: PipelineDefinition? = try reclassify ? PipelineSource.load(pipeline) : nil
        let (evaluation, unmatched) = try await CatalogReports(catalog: catalog)
            .evaluate(truth: URL(fileURLWithPath: truth), reclassifying: reclassifying)
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
        if !evaluation.reasons.isEmpty {
            var reasons = TextTable(headers: ["review reason", "raised", "field was wrong"], rightAligned: [1, 2])
            for score in evaluation.reasons { reasons.add([score.field, "\(score.raised)", "\(score.caught)"]) }
            print("\nReview reasons\n" + reasons.render())
        }
        if !evaluation.needlessReviews.isEmpty {
            var needless = TextTable(headers: ["routed, no error", "field", "reason"])
            for (document, reasons) in evaluation.needlessReviews.sorted(by: { $0.key < $1.key }) {
                for reason in reasons { needless.add([document, reason.field, reason.reason.clipped(to: 90)]) }
            }
            print("\n" + needless.render())
        }
        if !unmatched.isEmpty { print("\nNo document in the catalog for: " + unmatched.joined(separator: ", ")) }
    }
}
