import Foundation

/// Scratch folders for tests. They all live under one folder per test process, removed when the
/// process exits, so a test run leaves nothing in the temporary directory (a crashed run leaves
/// its folder, named by its process id; set ARCHIVIST_KEEP_TEST_FILES to keep them on purpose).
public enum TestScratch {
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archivist-tests-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        if ProcessInfo.processInfo.environment["ARCHIVIST_KEEP_TEST_FILES"] == nil {
            atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
        }
        return root
    }()

    /// A new empty folder, named `prefix-UUID`.
    public static func folder(_ prefix: String) throws -> URL {
        let folder = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A path for a file or folder the code under test creates itself, named `prefix-UUID` + `suffix`.
    public static func path(_ prefix: String, suffix: String = "") throws -> URL {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }
}
