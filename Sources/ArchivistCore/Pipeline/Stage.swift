/// Options of a stage, read from its entry in a pipeline file. Missing keys take defaults.
public protocol StageOptions: Decodable, Sendable {
    /// Every key the stage accepts, so a misspelt one fails at load time.
    static var keys: [String] { get }
    /// The options used when the pipeline gives none.
    init()
}

/// Options of a stage that takes none.
public struct NoOptions: StageOptions {
    public static let keys: [String] = []
    public init() {}
}

/// The ports a stage may use. Built once by the runtime and shared by every stage.
public struct Services: Sendable {
    public var catalog: any Catalog
    public var objects: any ObjectStore
    public var recognizer: any TextRecognizer
    /// The archive's signing identity; nil when the pipeline does not sign.
    public var signer: (any DocumentSigner)?
    /// Who performs the events recorded in the audit trail, e.g. "archivist 0.1.0".
    public var agent: String

    public init(catalog: any Catalog, objects: any ObjectStore, recognizer: any TextRecognizer,
                signer: (any DocumentSigner)? = nil, agent: String) {
        self.catalog = catalog
        self.objects = objects
        self.recognizer = recognizer
        self.signer = signer
        self.agent = agent
    }
}

/// What a running stage may tell the runner besides its result.
public struct StageContext: Sendable {
    /// Call once per page finished, so long documents show progress page by page.
    public var pageFinished: @Sendable () async -> Void

    public init(pageFinished: @escaping @Sendable () async -> Void) {
        self.pageFinished = pageFinished
    }
}

/// One step of a pipeline. A stage is a value: it reads a document's state, writes its own
/// results through the services (idempotently) and returns the state with them. The runner,
/// not the stage, records completion, events, failures and progress.
public protocol Stage: Sendable {
    /// The name used in pipelines/*.yml.
    static var name: String { get }
    /// Bump when the stage's output changes, so documents done by an older version run again.
    static var version: Int { get }
    /// Stages that must come earlier in the same pipeline.
    static var requires: [String] { get }
    /// One line for `archivist pipelines check` and the docs.
    static var summary: String { get }
    /// The PREMIS event type recorded when the stage succeeds.
    static var eventType: EventType { get }

    associatedtype Options: StageOptions
    init(options: Options, services: Services) throws
    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState
    /// The event detail for a document the stage has just processed.
    func eventDetail(for document: DocumentState) -> String
}
