import Foundation
import Yams

/// Reads a pipeline file and checks it against the known stages: names, option keys and
/// types, and order. Every mistake names the file and line and suggests a fix.
public struct PipelineLoader: Sendable {
    public let known: [StageDescriptor]
    private static let topLevelKeys = ["name", "description", "stages"]

    public init(known: [StageDescriptor]) {
        self.known = known
    }

    public func load(contentsOf url: URL) throws -> PipelineDefinition {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PipelineError(file: url.path, line: nil, message: "cannot read the pipeline file (\(error.localizedDescription)).",
                                hint: "Check the path, or leave out --pipeline to use pipelines/default.yml.")
        }
        return try load(yaml: text, source: url.path)
    }

    public func load(yaml: String, source: String) throws -> PipelineDefinition {
        func fail(_ node: Node?, _ message: String, _ hint: String? = nil) -> PipelineError {
            PipelineError(file: source, line: node?.mark?.line, message: message, hint: hint)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw fail(nil, "the file is empty.", "Start from pipelines/default.yml.") }
            root = composed
        } catch let error as YamlError {
            throw PipelineError(file: source, line: Self.line(of: error), message: "not valid YAML (\(Self.problem(of: error))).",
                                hint: "Indent with spaces and write each stage as '- name:' with its options below.")
        }
        guard let top = root.mapping else { throw fail(root, "expected a mapping with 'stages:' at the top level.") }
        for (key, _) in top {
            let name = key.string ?? ""
            if !Self.topLevelKeys.contains(name) {
                throw fail(key, "unknown key '\(name)'.", suggestion(for: name, in: Self.topLevelKeys))
            }
        }
        guard let stagesNode = top["stages"] else { throw fail(root, "missing 'stages:'.", "List the stages in order, e.g. ingest, ocr, catalog.") }
        guard let sequence = stagesNode.sequence, !sequence.isEmpty else {
            throw fail(stagesNode, "'stages' must be a non-empty list.", "Write one '- name:' line per stage.")
        }
        var entries: [PipelineDefinition.Entry] = []
        for item in sequence {
            let (nameNode, optionsNode) = try split(item, fail)
            let name = nameNode.string ?? ""
            guard let descriptor = known.first(where: { $0.name == name }) else {
                throw fail(nameNode, "unknown stage '\(name)'.",
                           suggestion(for: name, in: known.map(\.name)) ?? "Known stages: \(known.map(\.name).joined(separator: ", ")).")
            }
            if entries.contains(where: { $0.descriptor.name == name }) {
                throw fail(nameNode, "stage '\(name)' appears twice.", "Keep one entry per stage.")
            }
            for required in descriptor.requires where !entries.contains(where: { $0.descriptor.name == required }) {
                let later = sequence.contains { (try? split($0, fail).0.string) == required }
                throw fail(nameNode, "stage '\(name)' needs '\(required)' before it.",
                           later ? "Move '\(required)' above '\(name)'." : "Add '\(required)' above '\(name)'.")
            }
            let options = try decodeOptions(optionsNode, for: descriptor, fail)
            entries.append(.init(descriptor: descriptor, options: options, line: nameNode.mark?.line ?? 0))
        }
        return PipelineDefinition(source: source, name: top["name"]?.string ?? (source as NSString).lastPathComponent, entries: entries)
    }

    /// A stage entry is either a bare name or a one-key mapping `name: {options}`.
    private func split(_ item: Node, _ fail: (Node?, String, String?) -> PipelineError) throws -> (Node, Node?) {
        if item.scalar != nil { return (item, nil) }
        if let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first { return (key, value) }
        throw fail(item, "each stage must be a name or 'name:' followed by its options.",
                   "Indent the options under the stage name, e.g. '- ocr:' then '    languages: [vie]'.")
    }

    private func decodeOptions(_ node: Node?, for descriptor: StageDescriptor,
                               _ fail: (Node?, String, String?) -> PipelineError) throws -> any StageOptions {
        if let node, node.null == nil {
            guard let mapping = node.mapping else { throw fail(node, "options of '\(descriptor.name)' must be a mapping.", nil) }
            for (key, _) in mapping {
                let name = key.string ?? ""
                if !descriptor.optionKeys.contains(name) {
                    throw fail(key, "unknown option '\(name)' for stage '\(descriptor.name)'.",
                               suggestion(for: name, in: descriptor.optionKeys)
                                   ?? "Options of '\(descriptor.name)': \(descriptor.optionKeys.joined(separator: ", ")).")
                }
            }
        }
        do {
            return try descriptor.decodeOptions(node)
        } catch let error as DecodingError {
            let (key, problem) = Self.describe(error)
            let keyNode = key.flatMap { name in node?.mapping?.first { $0.key.string == name }?.value }
            throw fail(keyNode ?? node, "option '\(key ?? "?")' of stage '\(descriptor.name)': \(problem).", nil)
        } catch let error as ArchivistError {
            throw fail(node, error.problem, error.remedy)
        }
    }

    private func suggestion(for word: String, in candidates: [String]) -> String? {
        closestMatch(to: word, in: candidates).map { "Did you mean '\($0)'?" }
    }

    private static func describe(_ error: DecodingError) -> (String?, String) {
        switch error {
        case .typeMismatch(let type, let context): (context.codingPath.first?.stringValue, "expected \(type)")
        case .valueNotFound(let type, let context): (context.codingPath.first?.stringValue, "expected \(type)")
        case .keyNotFound(let key, _): (key.stringValue, "missing")
        case .dataCorrupted(let context): (context.codingPath.first?.stringValue, context.debugDescription)
        @unknown default: (nil, "\(error)")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}
