import ArchivistCore
import Foundation

/// Finds the pipeline to run: the file given, else `pipelines/default.yml` in the current
/// folder or under $ARCHIVIST_HOME, else the built-in default (every stage, default options).
public enum PipelineSource {
    public static func load(_ file: String?) throws -> PipelineDefinition {
        if let file { return try KnownStages.loader.load(contentsOf: URL(fileURLWithPath: file)) }
        let candidates = ["pipelines/default.yml"]
            + (ProcessInfo.processInfo.environment["ARCHIVIST_HOME"].map { ["\($0)/pipelines/default.yml"] } ?? [])
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            return try KnownStages.loader.load(contentsOf: URL(fileURLWithPath: found))
        }
        return try KnownStages.loader.load(yaml: builtIn, source: "(built-in default pipeline)")
    }

    static var builtIn: String { "stages:\n" + KnownStages.all.map { "  - \($0.name)" }.joined(separator: "\n") }
}
