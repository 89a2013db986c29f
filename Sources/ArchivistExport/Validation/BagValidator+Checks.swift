import ArchivistCore
import Foundation

extension BagValidator {
    /// Names that copying tools create or drop on their own: a listed one that is missing
    /// is a warning, not an error.
    static let systemFileNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini", "ehthumbs.db"]

    private struct Expectation {
        var algorithm: String
        var digest: String
        var manifest: String
        var line: Int
    }

    /// Checks that every listed file exists and matches its digests, reading each file once
    /// for all its algorithms. Returns how many payload files were checked.
    func checkDigests(_ manifests: [ManifestFile], in bag: URL, payload: PayloadListing, fetched: Set<String>,
                      issues: inout [BagIssue]) -> (checked: Int, toleratedMissing: Set<String>) {
        var toleratedMissing = Set<String>()
        var expected: [String: [Expectation]] = [:]
        for manifest in manifests {
            let listed = Set(manifest.entries.map { $0.path.precomposedStringWithCanonicalMapping })
            for entry in manifest.entries {
                let key = entry.path.precomposedStringWithCanonicalMapping
                let onDisk: String?
                if manifest.isTagManifest {
                    var isDirectory: ObjCBool = false
                    let exists = FileManager.default.fileExists(atPath: bag.appendingPathComponent(entry.path).path,
                                                                isDirectory: &isDirectory)
                    onDisk = exists && !isDirectory.boolValue ? entry.path : nil
                } else {
                    onDisk = payload.files[key]
                }
                guard let onDisk else {
                    let issue = missing(key, in: manifest, line: entry.line, listed: listed, payload: payload, fetched: fetched)
                    if issue.severity == .warning { toleratedMissing.insert(key) }
                    issues.append(issue)
                    continue
                }
                guard digester.supports(manifest.algorithm) else { continue }
                expected[onDisk, default: []].append(
                    Expectation(algorithm: manifest.algorithm, digest: entry.digest, manifest: manifest.name, line: entry.line))
            }
        }
        var checkedPayload = 0
        for (path, expectations) in expected.sorted(by: { $0.key < $1.key }) {
            let algorithms = Array(Set(expectations.map(\.algorithm))).sorted()
            let digests: FileDigests
            do {
                digests = try digester.digests(ofFileAt: bag.appendingPathComponent(path), algorithms: algorithms)
            } catch {
                issues.append(BagIssue(.error, file: path, "cannot be read (\(error))."))
                continue
            }
            if path.hasPrefix("data/") { checkedPayload += 1 }
            for expectation in expectations where digests.hex[expectation.algorithm]?.lowercased() != expectation.digest {
                issues.append(BagIssue(.error, file: path,
                                       "\(expectation.algorithm) digest differs from \(expectation.manifest) line \(expectation.line): the file was altered or damaged.",
                                       remedy: "Restore this file from another copy, or ask the sender for the bag again."))
            }
        }
        return (checkedPayload, toleratedMissing)
    }

    private func missing(_ key: String, in manifest: ManifestFile, line: Int, listed: Set<String>,
                         payload: PayloadListing, fetched: Set<String>) -> BagIssue {
        let name = String(key.split(separator: "/").last ?? "")
        let caseTwin = listed.first { $0 != key && $0.lowercased() == key.lowercased() && payload.files[$0] != nil }
        if let caseTwin {
            return BagIssue(.warning, file: manifest.name,
                            "line \(line): '\(key)' is missing but '\(caseTwin)' differs only in case; they collide on case-insensitive disks.")
        }
        if !manifest.isTagManifest, Self.systemFileNames.contains(name) || name.hasPrefix("._") {
            return BagIssue(.warning, file: manifest.name, "line \(line): the system file '\(key)' is listed but missing.")
        }
        if fetched.contains(key) {
            return BagIssue(.error, file: key, "is listed in fetch.txt and not yet fetched: the bag is incomplete.",
                            remedy: "Fetch the files of fetch.txt, then validate again.")
        }
        return BagIssue(.error, file: key, "is listed in \(manifest.name) (line \(line)) but missing from the bag.",
                        remedy: "Restore the file from another copy, or ask the sender for the bag again.")
    }

    /// bag-info.txt (package-info.txt before 0.96): well-formed, and Payload-Oxum, when
    /// present, matching the payload's size and file count.
    /// A mismatch explained by listed files that copying tools drop is only a warning.
    func checkBagInfo(in bag: URL, declaration: BagDeclaration, payload: PayloadListing, droppedFiles: Int,
                      issues: inout [BagIssue]) {
        let name = ["bag-info.txt", "package-info.txt"].first {
            FileManager.default.fileExists(atPath: bag.appendingPathComponent($0).path)
        }
        guard let name, let lines = readLines(name, in: bag, declaration: declaration, issues: &issues) else { return }
        let info = BagInfoFile(name: name, lines: lines, declaration: declaration, issues: &issues)
        guard let oxum = info.values(of: "Payload-Oxum").first else { return }
        let parts = oxum.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let octets = Int64(parts[0]), let streams = Int(parts[1]) else {
            issues.append(BagIssue(.error, file: name, "Payload-Oxum '\(oxum)' is not 'octets.streams'."))
            return
        }
        if octets != payload.octets || streams != payload.files.count {
            let explained = droppedFiles > 0 && streams == payload.files.count + droppedFiles
            issues.append(BagIssue(explained ? .warning : .error, file: name,
                                   "Payload-Oxum says \(octets) bytes in \(streams) files; data/ holds \(payload.octets) bytes in \(payload.files.count).",
                                   remedy: "Files were added, removed or truncated after bagging; ask the sender for the bag again."))
        }
    }
}
