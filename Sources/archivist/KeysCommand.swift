import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import ArchivistSigning
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
            let identity: SigningIdentity
            if let p12 {
                identity = try SigningIdentity(pkcs12: Data(contentsOf: URL(fileURLWithPath: p12)), password: try password(), source: p12)
            } else {
                identity = try SigningIdentity(certificateFile: URL(fileURLWithPath: cert!), keyFile: URL(fileURLWithPath: key!),
                                               chainFile: chain.map { URL(fileURLWithPath: $0) })
            }
            let keys = SigningKeys(workspace: workspace.resolved)
            try FileManager.default.createDirectory(at: workspace.resolved.root, withIntermediateDirectories: true)
            let warnings = try keys.install(identity, replacing: replace)
            print("Installed the signing identity \(identity.certificate.subject) (valid to \(ISO8601DateFormatter().string(from: identity.certificate.notAfter))) in \(keys.folder.path).")
            for warning in warnings { print("Warning: \(warning)") }
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
            guard keys.hasIdentity else { return print("No signing identity in \(keys.folder.path): one is made for testing on the first signing run, or import one.") }
            let identity = try keys.load()
            let formatter = ISO8601DateFormatter()
            print("Subject:  \(identity.certificate.subject)\nIssuer:   \(identity.certificate.issuer)")
            print("Valid:    \(formatter.string(from: identity.certificate.notBefore)) to \(formatter.string(from: identity.certificate.notAfter))")
            print("Key:      \(identity.keyDescription)\nChain:    \(identity.chain.count) certificate(s)")
            if keys.isDevelopment { print("DEVELOPMENT identity (self-signed, for testing): import a real one with 'archivist keys import'.") }
            for warning in try identity.check() { print("Warning: \(warning)") }
        }
    }
}
