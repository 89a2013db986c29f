import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation

/// A scratch box of scans and a workspace, made from the repository's samples.
struct TestBox {
    static let samples = Samples.root

    let root: URL
    let box: URL
    let workspace: Workspace

    init() throws {
        root = try TestScratch.folder("runtime")
        box = root.appendingPathComponent("box")
        try FileManager.default.createDirectory(at: box, withIntermediateDirectories: true)
        workspace = Workspace(path: root.appendingPathComponent("archive").path)
    }

    /// Copies a sample into the box (optionally under another name or subfolder).
    @discardableResult
    func add(_ sample: String, as name: String? = nil) throws -> URL {
        let target = box.appendingPathComponent(name ?? (sample as NSString).lastPathComponent)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.samples.appendingPathComponent(sample), to: target)
        return target
    }

    @discardableResult
    func write(_ data: Data, as name: String) throws -> URL {
        let target = box.appendingPathComponent(name)
        try data.write(to: target)
        return target
    }

    func ingest(jobs: Int = 2) async throws -> BatchReport {
        try await IngestJob(paths: [box.path], fonds: "TEST", pipelineFile: nil, jobs: jobs, workspace: workspace).run(progress: { _ in })
    }

    func catalog() throws -> SQLiteCatalog { try workspace.openExisting() }
}

/// The `archivist` executable built beside this test bundle.
enum ArchivistBinary {
    static var url: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("archivist")
    }

    /// Starts `archivist` with these arguments (and variables added to the environment);
    /// output goes to files in `folder`.
    static func start(_ arguments: [String], logsIn folder: URL, environment added: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.merging(added) { $1 }
        environment["OMP_THREAD_LIMIT"] = "1"
        process.environment = environment
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stdout").path, contents: nil)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stderr").path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        try process.run()
        return process
    }

    /// What a finished `archivist` run printed and how it ended.
    struct Run: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
    }

    /// Runs `archivist` to its end (output kept in files in `folder`).
    static func run(_ arguments: [String], logsIn folder: URL, environment added: [String: String] = [:]) throws -> Run {
        let process = try start(arguments, logsIn: folder, environment: added)
        process.waitUntilExit()
        let output = output(in: folder)
        return Run(status: process.terminationStatus, stdout: output.stdout, stderr: output.stderr)
    }

    static func output(in folder: URL) -> (stdout: String, stderr: String) {
        let read = { (name: String) in (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        return (read("stdout"), read("stderr"))
    }
}
