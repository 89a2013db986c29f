import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct PipelinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipelines",
        abstract: "Work with pipeline definitions.",
        subcommands: [Check.self]
    )

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a pipeline file: stage names, option keys and types, and order."
        )

        @Argument(help: "Pipeline file, e.g. pipelines/default.yml.")
        var file: String

        func run() async throws {
            let pipeline = try KnownStages.loader.load(contentsOf: URL(fileURLWithPath: file))
            print("\(file): OK, \(pipeline.entries.count) stage(s)")
            for entry in pipeline.entries {
                print("  \(entry.descriptor.name) (v\(entry.descriptor.version)): \(entry.descriptor.summary)")
            }
        }
    }
}
