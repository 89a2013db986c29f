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

    @Flag(help: "Show the agency name and signing time (+07:00) at the top right of page 1 (default: invisible).")
    var visibleMark = false

    @Option(help: ArgumentHelp("Agency named on the visible mark (default: the certificate's O, else CN).", valueName: "name"))
    var markAgency: String?

    @Option(help: ArgumentHelp("TrueType font for the visible mark (default: Liberation Serif, fonts-liberation2).", valueName: "ttf"))
    var markFont: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let authority = try tsa.map { text -> URL in
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else { throw ValidationError("--tsa must be an http(s) URL.") }
            return url
        }
        if !visibleMark, markAgency != nil || markFont != nil { throw ValidationError("--mark-agency and --mark-font need --visible-mark.") }
        var signing = FileSigning(workspace: workspace.resolved, timestampAuthority: authority)
        (signing.visibleMark, signing.markAgency, signing.markFont) = (visibleMark, markAgency, markFont)
        let display = ProgressDisplay()
        let outcome = try await signing
            .run(files.map { URL(fileURLWithPath: $0) }, into: URL(fileURLWithPath: out), notice: { Terminal.error($0) }, progress: display.showCount)
        display.finish()
        print(String(format: "Signed %d PDF(s) in %.2f s: %.1f PDFs/s, %.1f MB/s.", outcome.signed.count, outcome.seconds,
                     Double(outcome.signed.count) / max(outcome.seconds, 0.001), Double(outcome.bytes) / 1_000_000 / max(outcome.seconds, 0.001)))
        for failure in outcome.failures { Terminal.error("\(failure.path): \(failure.reason)") }
        if !outcome.failures.isEmpty { throw ExitCode.someFilesFailed }
    }
}
