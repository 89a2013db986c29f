import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the document-type classifier from the catalog (and a truth file), print its held-out accuracy.",
        discussion: "Use the model with the classify stage's `classifier: FILE` option. It complements the header rules for documents whose type line is missing or misread."
    )

    @Option(help: ArgumentHelp("Truth JSONL with reviewed types (samples/truth.jsonl format).", valueName: "file"))
    var truth: String?

    @Option(help: ArgumentHelp("Where to write the model (JSON).", valueName: "file"))
    var out = "type-classifier.json"

    @Option(help: "Model version number, recorded in the model and in the evidence of what it classifies.")
    var version = 1

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let result = try await ClassifierTraining(catalog: workspace.resolved.openExisting())
            .train(truth: truth.map { URL(fileURLWithPath: $0) }, version: version)
        try result.classifier.encoded().write(to: URL(fileURLWithPath: out))
        print("Trained version \(version) on \(result.trainingExamples) document(s), \(result.classifier.labels.count) type(s): \(out)")
        if let accuracy = result.heldOutAccuracy {
            print(String(format: "Held-out accuracy: %.1f%% on %d document(s).", accuracy * 100, result.heldOutExamples))
        } else {
            print("Too few documents to hold any out (fewer than 10): accuracy not measured.")
        }
    }
}
