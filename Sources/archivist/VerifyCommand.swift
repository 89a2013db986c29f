import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import ArchivistSigning
import Foundation

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-check fixity, PDF and metadata signatures and the audit trail; or any PDF's signatures with --file.",
        discussion: "Exits 1 when any check fails, naming what failed. A PDF signature must cover the whole file but its /Contents, hold a valid CMS, and chain to the trust anchors (the workspace identity's root and keys/trust/*.pem, or --trust)."
    )

    @Argument(help: "Document id; leave out with --all or --file.")
    var id: Int64?

    @Flag(help: "Check every document.")
    var all = false

    @Option(help: ArgumentHelp("Check the signatures of this PDF (from anywhere) instead.", valueName: "pdf"))
    var file: String?

    @Option(help: ArgumentHelp("Trust anchors (PEM) for --file; default: the workspace's.", valueName: "pem"))
    var trust: String?

    @Flag(help: "Print the checks as JSON.")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        guard [id != nil, all, file != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("Give one of: a document id, --all, or --file PDF.")
        }
    }

    func run() async throws {
        let checks = if let file { try verifyFile(file) } else { try await verifyArchive() }
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

    private func verifyFile(_ path: String) throws -> [VerificationCheck] {
        let anchors = try trust.map { try TrustAnchors(pemFile: URL(fileURLWithPath: $0)) }
            ?? SigningKeys(workspace: workspace.resolved).trustAnchors()
        let reports = try PDFSignatureVerifier(trustAnchors: anchors).verify(Data(contentsOf: URL(fileURLWithPath: path)))
        guard !reports.isEmpty else {
            return [VerificationCheck(documentID: nil, document: path, check: "PDF signature", passed: false, detail: "no signature in this PDF")]
        }
        return reports.map { report in
            let time = report.signingTime.map { ISO8601DateFormatter().string(from: $0) } ?? "?"
            return VerificationCheck(documentID: nil, document: path, check: "signature \(report.fieldName ?? "?")", passed: report.isValid,
                                     detail: report.isValid ? "valid; signer \(report.signerSubject ?? "?"), \(time)" : report.problems.joined(separator: "; "))
        }
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
