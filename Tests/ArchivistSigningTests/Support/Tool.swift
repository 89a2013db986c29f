import ArchivistTestSupport
import Foundation

/// Runs outside programs (openssl, pdfsig, pyhanko, qpdf) for tests.
enum Tool {
    struct Result {
        let status: Int32
        let output: String
        var succeeded: Bool { status == 0 }
    }

    /// The executable's path on PATH, or nil when it is not installed.
    static func path(of name: String) -> String? { ExternalTool.path(name) }

    static func isInstalled(_ name: String) -> Bool { path(of: name) != nil }

    /// Runs `name arguments…` in `directory`, standard output and error together.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        guard let executable = path(of: name) else { throw ToolMissing(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    /// Like `run`, but a non-zero exit is a thrown error with the tool's output.
    @discardableResult
    static func require(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> String {
        let result = try run(name, arguments, in: directory)
        guard result.succeeded else { throw ToolFailed(command: ([name] + arguments).joined(separator: " "), output: result.output) }
        return result.output
    }

    struct ToolMissing: Error { let name: String }
    struct ToolFailed: Error, CustomStringConvertible {
        let command: String
        let output: String
        var description: String { "\(command) failed:\n\(output)" }
    }
}

/// A fresh temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = try TestScratch.folder("signing")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}
