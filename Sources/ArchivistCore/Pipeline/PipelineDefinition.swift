/// A pipeline as loaded from a file: stages in order, each with validated options.
/// Build it with `PipelineLoader`; turn it into running stages with `makeStages`.
public struct PipelineDefinition: Sendable {
    public struct Entry: Sendable {
        public let descriptor: StageDescriptor
        public let options: any StageOptions
        /// Line of the stage's entry in the file.
        public let line: Int
    }

    public let source: String
    public let name: String
    public let entries: [Entry]

    public var stageNames: [String] { entries.map(\.descriptor.name) }

    /// The validated options of the named stage, if the pipeline has it.
    public func options<O: StageOptions>(of stage: String, as: O.Type) -> O? {
        entries.first { $0.descriptor.name == stage }?.options as? O
    }

    /// The same pipeline with one stage's options changed (a command-line override).
    public func updatingOptions<O: StageOptions>(of stage: String, as: O.Type, _ change: (inout O) -> Void) -> PipelineDefinition {
        PipelineDefinition(source: source, name: name, entries: entries.map { entry in
            guard entry.descriptor.name == stage, var options = entry.options as? O else { return entry }
            change(&options)
            return Entry(descriptor: entry.descriptor, options: options, line: entry.line)
        })
    }

    public func makeStages(services: Services) throws -> [any Stage] {
        try entries.map { try $0.descriptor.make($0.options, services) }
    }
}

/// A mistake in a pipeline file, located by file and line, with a hint.
public struct PipelineError: ArchivistError, Equatable {
    public let file: String
    public let line: Int?
    public let message: String
    public let hint: String?

    public init(file: String, line: Int?, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var problem: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    public var remedy: String? { hint }
}
