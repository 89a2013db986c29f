import ArchivistCatalog
import ArchivistCore
import ArchivistSigning
import Foundation

/// The embedded workspace: one folder with `catalog.sqlite`, `objects/` and `logs/`.
public struct Workspace: Sendable {
    public static let environmentVariable = "ARCHIVIST_WORKSPACE"
    public static let defaultPath = "archive"

    public let root: URL
    public var catalogURL: URL { root.appendingPathComponent("catalog.sqlite") }
    public var objectsURL: URL { root.appendingPathComponent("objects") }

    /// The folder given, else $ARCHIVIST_WORKSPACE, else ./archive.
    public init(path: String?) {
        let chosen = path ?? ProcessInfo.processInfo.environment[Self.environmentVariable] ?? Self.defaultPath
        root = URL(fileURLWithPath: chosen).standardizedFileURL
    }

    /// Creates the folders if needed and opens the catalog.
    public func open() throws -> SQLiteCatalog {
        do {
            for folder in [root, objectsURL, root.appendingPathComponent("logs")] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw WorkspaceError.cannotCreate(path: root.path, reason: (error as NSError).localizedDescription)
        }
        return try SQLiteCatalog(path: catalogURL.path, hasher: SHA256Hasher())
    }

    /// Opens an existing workspace for reading commands; fails clearly when there is none.
    public func openExisting() throws -> SQLiteCatalog {
        guard FileManager.default.fileExists(atPath: catalogURL.path) else { throw WorkspaceError.missing(path: root.path) }
        return try SQLiteCatalog(path: catalogURL.path, hasher: SHA256Hasher())
    }

    func objectStore() -> some ObjectStore {
        FileObjectStore(root: objectsURL, hasher: SHA256Hasher())
    }

    /// Where the stored object with this digest lives.
    public func objectURL(for sha256: String) -> URL {
        objectStore().url(for: sha256)
    }
}

public enum WorkspaceError: ArchivistError {
    case cannotCreate(path: String, reason: String)
    case missing(path: String)

    public var problem: String {
        switch self {
        case .cannotCreate(let path, let reason): "\(path): cannot create the workspace (\(reason))."
        case .missing(let path): "\(path): no workspace here (no catalog.sqlite)."
        }
    }

    public var remedy: String? {
        switch self {
        case .cannotCreate: "Choose a writable folder with --workspace or \(Workspace.environmentVariable)."
        case .missing: "Run 'archivist ingest' first, or point --workspace (or \(Workspace.environmentVariable)) at an existing workspace."
        }
    }
}
