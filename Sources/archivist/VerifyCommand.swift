import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-check fixity, PDF and metadata signatures and the audit trail; or any PDF's signatures with --file.",
        discussion: "--bag validates a BagIt bag against RFC 8493 (manifests, tag manifests, Payload-Oxum, paths). Exits 1 when any check fails, naming what failed. A PDF signature must cover the whole file but its /Contents, hold a valid CMS, and chain to the trust anchors (the workspace identity's root and keys/trust/*.pem, or --trust). The audit trail is checked against its signed checkpoints; --all then signs a new one. Checks print as each batch of documents is done."
    )

    @Argument(help: "Document id; leave out with --all or --file.")
    var id: Int64?

    @Flag(help: "Check every document.")
    var all = false

    @Option(help: ArgumentHelp("Check the signatures of this PDF (from anywhere) instead.", valueName: "pdf"))
    var file: String?

    @Option(help: ArgumentHelp("Trust anchors (PEM) for --file; default: the workspace's.", valueName: "pem"))
    var trust: String?

    @Option(help: ArgumentHelp("Validate a BagIt bag (received or exported) instead.", valueName: "dir"))
    var bag: String?

    @Flag(help: "Print the checks as JSON.")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        guard [id != nil, all, file != nil, bag != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("Give one of: a document id, --all, --file PDF or --bag DIR.")
        }
    }

    func run() async throws {
        if file == nil && bag == nil { return try await verifyArchive() }
        let checks = if let file {
            try ArchiveVerifier.verifyPDF(URL(fileURLWithPath: file), trust: trust.map { URL(fileURLWithPath: $0) }, workspace: workspace.resolved)
        } else {
            ArchiveVerifier.verifyBag(URL(fileURLWithPath: bag ?? ""))
        }
        var output = CheckOutput(json: json)
        try output.add(checks)
        try output.finish()
    }

    /// Streams the checks of the archive (or one document) as each batch of documents is done.
    private func verifyArchive() async throws {
        let resolved = workspace.resolved
        let verifier = try ArchiveVerifier(workspace: resolved, catalog: try resolved.openExisting())
        let display = ProgressDisplay()
        var output = CheckOutput(json: json)
        defer { display.finish() }
        var failure: (any Error)?
        try await verifier.verify(documentIDs: id.map { [$0] }, progress: { display.showCount(done: $0, total: $1) }) { checks in
            display.clearLine()
            do { try output.add(checks) } catch { failure = error }
        }
        if let failure { throw failure }
        try output.finish()
    }
}

/// Prints checks as they come: a table with fixed columns, or a JSON array.
struct CheckOutput {
    let json: Bool
    private var printer = JSONArrayPrinter()
    private var total = 0, failed = 0

    init(json: Bool) { self.json = json }

    mutating func add(_ checks: [VerificationCheck]) throws {
        defer {
            total += checks.count
            failed += checks.filter { !$0.passed }.count
        }
        if json { return try printer.print(checks) }
        if total == 0 && !checks.isEmpty { print(Self.line(["document", "check", "result", "detail"])) }
        for check in checks { print(Self.line([check.document.clipped(to: 36), check.check, check.passed ? "ok" : "FAILED", check.detail])) }
    }

    /// Ends the output; exits 1 when any check failed.
    func finish() throws {
        if json {
            printer.finish()
        } else {
            print(failed == 0 ? "\nAll \(total) checks passed." : "\n\(failed) of \(total) checks FAILED.")
        }
        if failed > 0 { throw ExitCode.failure }
    }

    private static func line(_ cells: [String]) -> String {
        zip(cells, [36, 30, 6, 0]).map { $0.padded(to: $1) }.joined(separator: "  ").trimmingTrailingSpaces()
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The tamper-evident audit trail.",
        subcommands: [Verify.self, Checkpoint.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the audit trail's hash chain and its signed checkpoints.",
            discussion: "Names the first row deleted or edited by hand, rows cut off the end (fewer rows, or another hash, than a signed checkpoint), and checkpoint files deleted, edited or replaced."
        )

        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let resolved = workspace.resolved
            let report = try await AuditTrailVerifier(workspace: resolved, catalog: try resolved.openExisting()).verify()
            if report.isIntact { return print("Audit trail intact: \(report.chainSummary); \(report.checkpointSummary).") }
            if !report.chain.isIntact { Terminal.error("Audit trail BROKEN at \(report.chainSummary).") }
            for problem in report.problems { Terminal.error("Audit trail: \(problem).") }
            throw ExitCode.failure
        }
    }

    struct Checkpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign a checkpoint of the audit trail's head now (audit/checkpoints/NNNNNN.json and .p7s).",
            discussion: "Ingest and 'verify --all' sign one too. The trail is checked first; a trail that fails its checks is not signed over."
        )

        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let checkpoint = try await AuditCheckpointing(workspace: workspace.resolved).checkpoint(notice: { Terminal.error($0) })
            print("Checkpoint \(checkpoint.name) signed on \(checkpoint.signedOn): \(checkpoint.rows) rows up to row \(checkpoint.lastRowID), "
                  + "in \(AuditCheckpoints(workspace: workspace.resolved).folder.path).")
        }
    }
}
