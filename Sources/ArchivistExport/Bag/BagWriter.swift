import ArchivistCore
import Foundation

/// Writes BagIt 1.0 bags (RFC 8493): bagit.txt, data/, manifest-sha256.txt and
/// manifest-sha512.txt, bag-info.txt, tagmanifest-sha256.txt and tagmanifest-sha512.txt.
/// The bag is built in a hidden sibling folder and renamed into place when complete, so an
/// interrupted export never leaves a bag that looks whole.
public struct BagWriter: Sendable {
    public static let algorithms = ["sha256", "sha512"]
    public var digester: any FileDigester
    public var transfer: PayloadTransfer

    public init(digester: any FileDigester, transfer: PayloadTransfer = .hardLinkWhenPossible) {
        self.digester = digester
        self.transfer = transfer
    }

    /// Writes the bag at `destination`, which must not exist yet. `progress` is told
    /// (files done, files total) after each payload file.
    @discardableResult
    public func write(_ payload: [BagPayloadFile], info: BagInfo, to destination: URL,
                      progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> WrittenBag {
        for algorithm in Self.algorithms where !digester.supports(algorithm) {
            throw ExportError.unsupportedAlgorithm(algorithm)
        }
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: destination.path) else {
            throw ExportError.destinationExists(path: destination.path)
        }
        try checkPaths(payload)
        let staging = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: staging.appendingPathComponent("data"), withIntermediateDirectories: true)
        } catch {
            throw ExportError.unwritable(path: staging.path, reason: error.localizedDescription)
        }
        defer { try? fileManager.removeItem(at: staging) }

        try write("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", to: staging.appendingPathComponent("bagit.txt"))
        var bagged: [BaggedFile] = []
        for (index, file) in payload.enumerated() {
            let target = staging.appendingPathComponent(file.bagPath)
            try place(file.source, at: target)
            let digests = try digester.digests(ofFileAt: target, algorithms: Self.algorithms)
            guard let sha256 = digests.sha256 else { throw ExportError.missingDigest(path: file.bagPath, algorithm: "sha256") }
            guard let sha512 = digests.sha512 else { throw ExportError.missingDigest(path: file.bagPath, algorithm: "sha512") }
            bagged.append(BaggedFile(bagPath: file.bagPath, byteCount: digests.byteCount, sha256: sha256, sha512: sha512))
            progress?(index + 1, payload.count)
        }
        bagged.sort { $0.bagPath < $1.bagPath }
        try write(manifest(bagged.map { ($0.bagPath, $0.sha256) }), to: staging.appendingPathComponent("manifest-sha256.txt"))
        try write(manifest(bagged.map { ($0.bagPath, $0.sha512) }), to: staging.appendingPathComponent("manifest-sha512.txt"))
        let octets = bagged.reduce(Int64(0)) { $0 + $1.byteCount }
        try write(info.text(payloadBytes: octets, payloadFiles: bagged.count, now: Date()),
                  to: staging.appendingPathComponent("bag-info.txt"))
        try writeTagManifests(in: staging)

        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            throw ExportError.unwritable(path: destination.path, reason: error.localizedDescription)
        }
        return WrittenBag(url: destination, payload: bagged, payloadOxum: "\(octets).\(bagged.count)")
    }

    private func checkPaths(_ payload: [BagPayloadFile]) throws {
        var seen = Set<String>()
        for file in payload {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            if file.path.isEmpty || file.path.hasPrefix("/") {
                throw ExportError.invalidBagPath(path: file.path, reason: "empty or absolute")
            }
            if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
                throw ExportError.invalidBagPath(path: file.path, reason: "empty, '.' or '..' part")
            }
            // Two names that differ only in case would collide on case-insensitive disks.
            guard seen.insert(file.path.lowercased()).inserted else { throw ExportError.duplicateBagPath(path: file.bagPath) }
        }
    }

    private func place(_ source: URL, at target: URL) throws {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ExportError.unwritable(path: target.path, reason: error.localizedDescription)
        }
        guard fileManager.isReadableFile(atPath: source.path) else {
            throw ExportError.unreadableSource(path: source.path, reason: "missing or not readable")
        }
        if case .hardLinkWhenPossible = transfer, (try? fileManager.linkItem(at: source, to: target)) != nil { return }
        do {
            try fileManager.copyItem(at: source, to: target)
        } catch {
            throw ExportError.unreadableSource(path: source.path, reason: error.localizedDescription)
        }
    }

    private func manifest(_ entries: [(path: String, digest: String)]) -> String {
        entries.map { "\($0.digest)  \(ManifestPath.encode($0.path))\n" }.joined()
    }

    private func writeTagManifests(in bag: URL) throws {
        let tagFiles = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"]
        var lines: [String: [(String, String)]] = [:]
        for name in tagFiles {
            let digests = try digester.digests(ofFileAt: bag.appendingPathComponent(name), algorithms: Self.algorithms)
            for algorithm in Self.algorithms {
                guard let digest = digests.hex[algorithm] else { throw ExportError.missingDigest(path: name, algorithm: algorithm) }
                lines[algorithm, default: []].append((name, digest))
            }
        }
        for algorithm in Self.algorithms {
            try write(manifest(lines[algorithm] ?? []), to: bag.appendingPathComponent("tagmanifest-\(algorithm).txt"))
        }
    }

    private func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ExportError.unwritable(path: url.path, reason: error.localizedDescription)
        }
    }
}
