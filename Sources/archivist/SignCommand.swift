import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct SignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "PAdES-sign PDFs (received files, exports) with the workspace identity; writes NAME-signed.pdf copies.",
        discussion: "Each signature is an incremental update: earlier signatures stay valid and the original file is not touched. Prints PDFs per second at the end."
    )

    @Argument(help: "PDF files to sign.")
    var files: [String]

    @Option(help: ArgumentHelp("Folder for the signed copies.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("RFC 3161 timestamp authority URL (PAdES B-T).", valueName: "url"))
    var tsa: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let authority = try tsa.map { text -> URL in
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else { throw ValidationError("--tsa must be an http(s) URL.") }
            return url
        }
        let display = ProgressDisplay()
        let outcome = try await FileSigning(workspace: workspace.resolved, timestampAuthority: authority)
            .run(files.map { URL(fileURLWithPath: $0) }, into: URL(fileURLWithPath: out), notice: { Terminal.error($0) }, progress: display.showCount)
        display.finish()
        print(String(format: "Signed %d PDF(s) in %.2f s: %.1f PDFs/s, %.1f MB/s.", outcome.signed.count, outcome.seconds,
                     Double(outcome.signed.count) / max(outcome.seconds, 0.001), Double(outcome.bytes) / 1_000_000 / max(outcome.seconds, 0.001)))
        for failure in outcome.failures { Terminal.error("\(failure.path): \(failure.reason)") }
        if !outcome.failures.isEmpty { throw ExitCode.someFilesFailed }
    }
}
