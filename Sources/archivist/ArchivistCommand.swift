import ArgumentParser
import ArchivistCore
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
                      ExportCommand.self, ClearanceCommand.self, FondsCommand.self, SignCommand.self, VerifyCommand.self, AuditCommand.self, KeysCommand.self,
                      PipelinesCommand.self, PrepareCommand.self, OCRWorkerCommand.self]
    )
}

/// The --workspace option every command takes.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Workspace folder.", valueName: "dir"))
    var workspace: String?

    var resolved: Workspace { Workspace(path: workspace) }
}

/// Who runs the command, for the audit trail and the clearance check.
struct OperatorOptions: ParsableArguments {
    @Option(name: .customLong("operator"),
            help: ArgumentHelp("Who runs this (default: $\(OperatorName.environmentVariable), else your login name).", valueName: "name"))
    var name: String?

    func resolved() throws -> String { try OperatorName.resolve(given: name) }
}

/// The guard on restricted documents: Mật and Tối mật ones are left out of every listing
/// unless the operator asks for them and is cleared; quarantined Tuyệt mật ones always are.
struct RestrictedOptions: ParsableArguments {
    @Flag(help: "Include restricted (Mật, Tối mật) documents: needs a clearance for the highest mark among them ('archivist clearance list'); a refusal is logged.")
    var includeRestricted = false

    @OptionGroup var operatorOptions: OperatorOptions

    func access() throws -> RestrictedAccess {
        RestrictedAccess(operatorName: try operatorOptions.resolved(), includeRestricted: includeRestricted)
    }

    /// Says (on stderr, so JSON output stays clean) that quarantined documents were left out
    /// although restricted ones were asked for.
    func noteQuarantined(_ verdict: AccessVerdict) {
        guard includeRestricted, verdict.quarantinedLeftOut > 0 else { return }
        Terminal.error("(\(verdict.quarantinedLeftOut) quarantined Tuyệt mật document(s) left out: no clearance opens them; "
                       + "a toi-mat reviewer sees the evidence for their mark with 'archivist list --quarantined')")
    }
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
