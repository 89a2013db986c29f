import ArchivistCore
import Foundation

/// Objects under `objects/sha256/ab/cd/<digest>`, written once through a temporary file and an
/// atomic rename, then made read-only. Storing a file that is already there copies nothing.
struct FileObjectStore: ObjectStore {
    let root: URL
    let hasher: any ContentHasher

    func url(for sha256: String) -> URL {
        root.appendingPathComponent("sha256")
            .appendingPathComponent(String(sha256.prefix(2)))
            .appendingPathComponent(String(sha256.dropFirst(2).prefix(2)))
            .appendingPathComponent(sha256)
    }

    func store(data: Data) throws -> StoredObject {
        let staged = root.appendingPathComponent("made-\(UUID().uuidString)")
        do {
            try data.write(to: staged)
        } catch {
            throw ObjectStoreError.cannotStore(path: staged.path, reason: (error as NSError).localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: staged) }
        return try store(fileAt: staged)
    }

    func store(fileAt source: URL) throws -> StoredObject {
        let digest = try hasher.sha256(ofFileAt: source)
        let target = url(for: digest.sha256)
        let files = FileManager.default
        if files.fileExists(atPath: target.path) { return digest }
        do {
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = root.appendingPathComponent("incoming-\(UUID().uuidString)")
            try files.copyItem(at: source, to: temporary)
            // The copy must be the bytes that were hashed: re-hash before it takes the name.
            guard try hasher.sha256(ofFileAt: temporary) == digest else {
                try? files.removeItem(at: temporary)
                throw ObjectStoreError.changedWhileCopying(path: source.path)
            }
            try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: temporary.path)
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? files.removeItem(at: temporary)
                if !files.fileExists(atPath: target.path) { throw ObjectStoreError.cannotStore(path: source.path, reason: reason) }
            }
        } catch let error as ObjectStoreError {
            throw error
        } catch {
            throw ObjectStoreError.cannotStore(path: source.path, reason: (error as NSError).localizedDescription)
        }
        return digest
    }
}

enum ObjectStoreError: ArchivistError {
    case changedWhileCopying(path: String)
    case cannotStore(path: String, reason: String)

    var problem: String {
        switch self {
        case .changedWhileCopying(let path): "\(path): the file changed while it was being copied into the archive."
        case .cannotStore(let path, let reason): "\(path): could not be copied into the workspace (\(reason))."
        }
    }

    var remedy: String? {
        switch self {
        case .changedWhileCopying: "Wait until the scanner has finished writing it, then run the same ingest again."
        case .cannotStore: "Check free disk space and the workspace's permissions, then run the same ingest again."
        }
    }
}
