import ArgumentParser
import ArchivistRuntime

@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
struct ArchivistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archivist",
        abstract: "Digitize, catalog and search archival records: scans in, searchable catalog out.",
        discussion: """
            Exit codes: 0 success; 1 error (nothing or not everything could run: see the message); \
            2 the batch finished but some files failed (see 'archivist failures'); 64 usage error.
            The workspace is --workspace, else $\(Workspace.environmentVariable), else ./\(Workspace.defaultPath).
            """,
        version: ArchivistVersion.current,
        subcommands: [IngestCommand.self, SearchCommand.self, ListCommand.self, ShowCommand.self,
                      FailuresCommand.self, ReconcileCommand.self, DuplicatesCommand.self, EvalCommand.self, TrainCommand.self, CorrectCommand.self,
                      ExportCommand.self, FondsCommand.self, SignCommand.self, VerifyCommand.self, AuditCommand.self, KeysCommand.self, PipelinesCommand.self,
                      OCRWorkerCommand.self]
    )
}

/// The --workspace option every command takes.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Workspace folder.", valueName: "dir"))
    var workspace: String?

    var resolved: Workspace { Workspace(path: workspace) }
}

/// The guard on restricted documents: Mật and Tối mật ones (and quarantined Tuyệt mật ones)
/// are left out of every listing unless the operator asks for them.
struct RestrictedOptions: ParsableArguments {
    @Flag(help: "Include restricted (Mật, Tối mật) and quarantined documents.")
    var includeRestricted = false
}

/// A command that could not do what was asked (exit 1), as opposed to a usage error (64).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The exit code of a batch that finished with some files failed.
extension ExitCode {
    static let someFilesFailed = ExitCode(2)
}
