import ArchivistCore
import Foundation

/// Objects under `objects/sha256/ab/cd/<digest>`, written once through a temporary file and an
/// atomic rename, then made read-only. Storing a file that is already there copies nothing.
struct FileObjectStore: ObjectStore {
    let root: URL
    let hasher: any ContentHasher

    func url(for sha256: String) -> URL {
        // One path string: appending four components to a URL cost more than hashing a small object.
        URL(fileURLWithPath: "\(root.path)/sha256/\(sha256.prefix(2))/\(sha256.dropFirst(2).prefix(2))/\(sha256)", isDirectory: false)
    }

    /// Bytes made in memory (a derivative): hashed there, written once, then installed.
    func store(data: Data) throws -> StoredObject {
        let digest = StoredObject(sha256: hasher.sha256(of: data), byteCount: Int64(data.count))
        if FileManager.default.fileExists(atPath: url(for: digest.sha256).path) { return digest }
        let temporary = root.appendingPathComponent("incoming-\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
        } catch {
            throw ObjectStoreError.cannotStore(path: temporary.path, reason: (error as NSError).localizedDescription)
        }
        try install(temporary, as: digest, from: temporary.path)
        return digest
    }

    func store(fileAt source: URL) throws -> StoredObject {
        let digest = try hasher.sha256(ofFileAt: source)
        if FileManager.default.fileExists(atPath: url(for: digest.sha256).path) { return digest }
        let temporary = root.appendingPathComponent("incoming-\(UUID().uuidString)")
        do {
            try FileManager.default.copyItem(at: source, to: temporary)
            // The copy must be the bytes that were hashed: re-hash before it takes the name.
            guard try hasher.sha256(ofFileAt: temporary) == digest else {
                try? FileManager.default.removeItem(at: temporary)
                throw ObjectStoreError.changedWhileCopying(path: source.path)
            }
        } catch let error as ObjectStoreError {
            throw error
        } catch {
            throw ObjectStoreError.cannotStore(path: source.path, reason: (error as NSError).localizedDescription)
        }
        try install(temporary, as: digest, from: source.path)
        return digest
    }

    /// Makes a temporary file read-only and gives it its content name by an atomic rename.
    private func install(_ temporary: URL, as digest: StoredObject, from source: String) throws {
        let files = FileManager.default, target = url(for: digest.sha256)
        do {
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: temporary.path)
        } catch {
            try? files.removeItem(at: temporary)
            throw ObjectStoreError.cannotStore(path: source, reason: (error as NSError).localizedDescription)
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? files.removeItem(at: temporary)
            // Another job may have stored the same bytes first: that is success.
            if !files.fileExists(atPath: target.path) { throw ObjectStoreError.cannotStore(path: source, reason: reason) }
        }
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
