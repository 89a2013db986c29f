import Yams

/// What the pipeline loader needs to know about a stage type, without building it.
public struct StageDescriptor: Sendable {
    public let name: String
    public let version: Int
    public let requires: [String]
    public let summary: String
    public let optionKeys: [String]
    let decodeOptions: @Sendable (Node?) throws -> any StageOptions
    let make: @Sendable (any StageOptions, Services) throws -> any Stage

    public init<S: Stage>(_ type: S.Type) {
        name = S.name
        version = S.version
        requires = S.requires
        summary = S.summary
        optionKeys = S.Options.keys
        decodeOptions = { node in
            guard let node, node.null == nil else { return S.Options() }
            return try YAMLDecoder().decode(S.Options.self, from: node)
        }
        make = { options, services in
            guard let typed = options as? S.Options else {
                preconditionFailure("options of \(S.name) decoded as the wrong type")
            }
            return try S(options: typed, services: services)
        }
    }
}
