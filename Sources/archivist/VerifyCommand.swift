import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-check fixity, PDF and metadata signatures and the audit trail; or any PDF's signatures with --file.",
        discussion: "--bag validates a BagIt bag against RFC 8493 (manifests, tag manifests, Payload-Oxum, paths). Exits 1 when any check fails, naming what failed. A PDF signature must cover the whole file but its /Contents, hold a valid CMS, and chain to the trust anchors (the workspace identity's root and keys/trust/*.pem, or --trust)."
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
        let checks = if let file {
            try ArchiveVerifier.verifyPDF(URL(fileURLWithPath: file), trust: trust.map { URL(fileURLWithPath: $0) }, workspace: workspace.resolved)
        } else if let bag {
            ArchiveVerifier.verifyBag(URL(fileURLWithPath: bag))
        } else {
            try await verifyArchive()
        }
        if json {
            try Terminal.printJSON(checks)
        } else {
            var table = TextTable(headers: ["document", "check", "result", "detail"])
            for check in checks { table.add([check.document.clipped(to: 36), check.check, check.passed ? "ok" : "FAILED", check.detail]) }
            print(table.render())
            let failed = checks.filter { !$0.passed }.count
            print(failed == 0 ? "\nAll \(checks.count) checks passed." : "\n\(failed) of \(checks.count) checks FAILED.")
        }
        if checks.contains(where: { !$0.passed }) { throw ExitCode.failure }
    }

    private func verifyArchive() async throws -> [VerificationCheck] {
        let resolved = workspace.resolved
        let verifier = try ArchiveVerifier(workspace: resolved, catalog: try resolved.openExisting())
        let display = ProgressDisplay()
        defer { display.finish() }
        return try await verifier.verify(documentIDs: id.map { [$0] }, progress: display.showCount)
    }

}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The tamper-evident audit trail.",
        subcommands: [Verify.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the audit trail's hash chain; names the first row deleted or edited by hand."
        )

        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let result = try await workspace.resolved.openExisting().verifyAuditChain()
            guard let broken = result.firstBroken else { return print("Audit trail intact: \(result.rows) rows chained.") }
            Terminal.error("Audit trail BROKEN at row \(broken): \(result.problem ?? "?"). \(result.rows) rows before it are intact.")
            throw ExitCode.failure
        }
    }
}
