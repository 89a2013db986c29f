import ArchivistCore
import Foundation

/// Validates a bag directory against RFC 8493 and the earlier drafts (0.93 to 0.97):
/// bagit.txt, every manifest and tag manifest line, payload completeness both ways,
/// digests, Payload-Oxum and path rules. It collects every finding instead of stopping
/// at the first; harmless oddities (md5sum markers, './' prefixes, names that differ only
/// in case or normalization) are warnings.
public struct BagValidator: Sendable {
    public var digester: any FileDigester

    public init(digester: any FileDigester) {
        self.digester = digester
    }

    public func validate(bagAt url: URL) -> BagValidationReport {
        var report = BagValidationReport(bagPath: url.path, version: nil, issues: [], checkedFiles: 0)
        guard let declarationData = try? Data(contentsOf: url.appendingPathComponent("bagit.txt")) else {
            report.issues.append(BagIssue(.error, file: "bagit.txt", "is missing or unreadable; this is not a bag.",
                                          remedy: "Check that the path is the bag's top folder."))
            return report
        }
        let declaration: BagDeclaration
        switch BagDeclaration.parse(declarationData) {
        case .failure(let issue):
            report.issues.append(issue)
            return report
        case .success(let parsed):
            declaration = parsed
        }
        report.version = declaration.version
        report.checkedFiles = inspect(bagAt: url, declaration: declaration, issues: &report.issues)
        return report
    }

    /// Everything after bagit.txt; returns the number of payload files whose digests were checked.
    private func inspect(bagAt url: URL, declaration: BagDeclaration, issues: inout [BagIssue]) -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("data").path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            issues.append(BagIssue(.error, file: "data/", "the payload directory is missing."))
            return 0
        }
        let manifests = readManifests(in: url, declaration: declaration, issues: &issues)
        let payloadManifests = manifests.filter { !$0.isTagManifest }
        guard !payloadManifests.isEmpty else {
            issues.append(BagIssue(.error, file: nil, "no payload manifest (manifest-ALGORITHM.txt)."))
            return 0
        }
        if !payloadManifests.contains(where: { digester.supports($0.algorithm) }) {
            issues.append(BagIssue(.error, file: nil, "no payload manifest uses an algorithm this validator can compute."))
        }
        let payload = PayloadListing(bag: url)
        issues += payload.problems
        let fetched = readFetchList(in: url, declaration: declaration, issues: &issues)
        for manifest in manifests {
            reportDuplicates(in: manifest, declaration: declaration, issues: &issues)
        }
        for manifest in payloadManifests {
            let listed = Set(manifest.entries.map(\.path.precomposedStringWithCanonicalMapping))
            for file in payload.files.keys.sorted() where !listed.contains(file) {
                issues.append(BagIssue(.error, file: payload.files[file], "is in the payload but not listed in \(manifest.name).",
                                       remedy: "An unlisted file may have been added after bagging; do not trust it."))
            }
        }
        let checked = checkDigests(manifests, in: url, payload: payload, fetched: fetched, issues: &issues)
        checkBagInfo(in: url, declaration: declaration, payload: payload, droppedFiles: checked.toleratedMissing.count,
                     issues: &issues)
        return checked.checked
    }

    private func readManifests(in bag: URL, declaration: BagDeclaration, issues: inout [BagIssue]) -> [ManifestFile] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: bag.path)) ?? []).sorted()
        var manifests: [ManifestFile] = []
        for name in names {
            guard let kind = ManifestFile.kind(ofFileNamed: name) else { continue }
            guard let lines = readLines(name, in: bag, declaration: declaration, issues: &issues) else { continue }
            if !digester.supports(kind.algorithm) {
                issues.append(BagIssue(.warning, file: name, "uses \(kind.algorithm), which this validator cannot compute; not checked."))
            }
            manifests.append(ManifestFile(name: name, algorithm: kind.algorithm, isTagManifest: kind.isTag, lines: lines,
                                          declaration: declaration, issues: &issues))
        }
        return manifests
    }

    func readLines(_ name: String, in bag: URL, declaration: BagDeclaration, issues: inout [BagIssue]) -> [String]? {
        guard let data = try? Data(contentsOf: bag.appendingPathComponent(name)) else {
            issues.append(BagIssue(.error, file: name, "cannot be read."))
            return nil
        }
        guard let text = TagFileText(data: data, encoding: declaration.encoding) else {
            issues.append(BagIssue(.error, file: name, "is not valid \(declaration.encodingName) text, as bagit.txt declares."))
            return nil
        }
        return text.lines
    }

    /// The same path twice in one manifest: an error with different digests, and from 1.0 on
    /// even with the same digest; the same name in two normalization forms is a warning.
    private func reportDuplicates(in manifest: ManifestFile, declaration: BagDeclaration, issues: inout [BagIssue]) {
        let byKey = Dictionary(grouping: manifest.entries) { $0.path.precomposedStringWithCanonicalMapping }
        for (key, entries) in byKey.sorted(by: { $0.key < $1.key }) where entries.count > 1 {
            let lines = entries.map { String($0.line) }.joined(separator: ", ")
            if Set(entries.map(\.digest)).count > 1 {
                issues.append(BagIssue(.error, file: manifest.name, "'\(key)' is listed on lines \(lines) with different digests."))
            } else if Set(entries.map { Array($0.path.unicodeScalars.map(\.value)) }).count > 1 {  // String == ignores normalization
                issues.append(BagIssue(.warning, file: manifest.name,
                                       "'\(key)' is listed on lines \(lines) in different Unicode normalization forms."))
            } else if declaration.isVersion1 {
                issues.append(BagIssue(.error, file: manifest.name, "'\(key)' is listed more than once (lines \(lines)); RFC 8493 forbids it."))
            } else {
                issues.append(BagIssue(.warning, file: manifest.name, "'\(key)' is listed more than once (lines \(lines))."))
            }
        }
    }

    private func readFetchList(in bag: URL, declaration: BagDeclaration, issues: inout [BagIssue]) -> Set<String> {
        guard FileManager.default.fileExists(atPath: bag.appendingPathComponent("fetch.txt").path),
              let lines = readLines("fetch.txt", in: bag, declaration: declaration, issues: &issues) else { return [] }
        var paths = Set<String>()
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            let fields = line.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 3, fields[1] == "-" || Int(fields[1]) != nil else {
                issues.append(BagIssue(.error, file: "fetch.txt", "line \(index + 1) is not 'url length path'."))
                continue
            }
            let path = declaration.encodesPaths ? ManifestPath.decode(String(fields[2])) : String(fields[2])
            if let reason = BagPathRules.violation(in: path, payload: true) {
                issues.append(BagIssue(.error, file: "fetch.txt", "line \(index + 1): '\(path)' \(reason)."))
            } else {
                paths.insert(path.precomposedStringWithCanonicalMapping)
            }
        }
        return paths
    }
}
