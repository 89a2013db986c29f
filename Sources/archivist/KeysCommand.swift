import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "The archive's signing identity.",
        subcommands: [Import.self, Show.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install a signing identity: a PKCS#12 file, or PEM certificate, key and chain.",
            discussion: "The PKCS#12 password comes from --password-file, --password-env or a prompt, never the command line. The identity is checked (key matches certificate, validity, key usage) before it replaces the current one, which is moved aside."
        )

        @Option(help: ArgumentHelp("PKCS#12 (.p12/.pfx) file.", valueName: "file"))
        var p12: String?
        @Option(help: ArgumentHelp("File holding the PKCS#12 password.", valueName: "file"))
        var passwordFile: String?
        @Option(help: ArgumentHelp("Environment variable holding the PKCS#12 password.", valueName: "name"))
        var passwordEnv: String?
        @Option(help: ArgumentHelp("PEM certificate (may be followed by its chain).", valueName: "file"))
        var cert: String?
        @Option(help: ArgumentHelp("PEM private key (unencrypted).", valueName: "file"))
        var key: String?
        @Option(help: ArgumentHelp("PEM chain: intermediates and root.", valueName: "file"))
        var chain: String?
        @Flag(help: "Replace an installed (non-development) identity.")
        var replace = false
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            guard (p12 != nil) != (cert != nil || key != nil) else { throw ValidationError("Give --p12 FILE, or --cert and --key.") }
            if p12 == nil, cert == nil || key == nil { throw ValidationError("--cert and --key go together.") }
        }

        func run() async throws {
            try FileManager.default.createDirectory(at: workspace.resolved.root, withIntermediateDirectories: true)
            let keys = SigningKeys(workspace: workspace.resolved)
            let installed = if let p12 {
                try keys.importPKCS12(URL(fileURLWithPath: p12), password: try password(), replacing: replace)
            } else {
                try keys.importPEM(certificate: URL(fileURLWithPath: cert!), key: URL(fileURLWithPath: key!),
                                   chain: chain.map { URL(fileURLWithPath: $0) }, replacing: replace)
            }
            print("Installed the signing identity \(installed.subject) (valid to \(ISO8601DateFormatter().string(from: installed.validUntil))) in \(keys.folder.path).")
            for warning in installed.warnings { print("Warning: \(warning)") }
        }

        private func password() throws -> String {
            if let passwordFile {
                return try String(contentsOfFile: passwordFile, encoding: .utf8).trimmingCharacters(in: .newlines)
            }
            if let passwordEnv {
                guard let value = ProcessInfo.processInfo.environment[passwordEnv] else {
                    throw CommandFailure("The environment variable \(passwordEnv) is not set.")
                }
                return value
            }
            guard let typed = getpass("PKCS#12 password: ") else { throw CommandFailure("No password given.") }
            return String(cString: typed)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the installed signing identity (never the key).")
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let keys = SigningKeys(workspace: workspace.resolved)
            guard let identity = try keys.summary() else {
                return print("No signing identity in \(keys.folder.path): one is made for testing on the first signing run, or import one.")
            }
            let formatter = ISO8601DateFormatter()
            print("Subject:  \(identity.subject)\nIssuer:   \(identity.issuer)")
            print("Valid:    \(formatter.string(from: identity.validFrom)) to \(formatter.string(from: identity.validUntil))")
            print("Key:      \(identity.key)\nChain:    \(identity.chainLength) certificate(s)")
            if identity.development { print("DEVELOPMENT identity (self-signed, for testing): import a real one with 'archivist keys import'.") }
            for warning in identity.warnings { print("Warning: \(warning)") }
        }
    }
}
