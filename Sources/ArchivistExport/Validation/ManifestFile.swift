import Foundation

/// A parsed manifest or tag manifest: "checksum<whitespace>path" lines.
struct ManifestFile {
    struct Entry {
        var digest: String
        var path: String
        var line: Int
    }

    var name: String
    var algorithm: String
    var isTagManifest: Bool
    var entries: [Entry] = []

    /// "manifest-sha256.txt" → ("sha256", false); nil for other names.
    static func kind(ofFileNamed name: String) -> (algorithm: String, isTag: Bool)? {
        guard name.hasSuffix(".txt") else { return nil }
        let stem = name.dropLast(4)
        for (prefix, isTag) in [("tagmanifest-", true), ("manifest-", false)] where stem.hasPrefix(prefix) {
            let algorithm = stem.dropFirst(prefix.count).lowercased()
            return algorithm.isEmpty ? nil : (algorithm, isTag)
        }
        return nil
    }

    /// Parses the lines, reporting malformed lines and path problems into `issues`.
    init(name: String, algorithm: String, isTagManifest: Bool, lines: [String],
         declaration: BagDeclaration, issues: inout [BagIssue]) {
        self.name = name
        self.algorithm = algorithm
        self.isTagManifest = isTagManifest
        for (index, rawLine) in lines.enumerated() where !rawLine.allSatisfy(\.isWhitespace) {
            let number = index + 1
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            let digest = line.prefix { !($0 == " " || $0 == "\t") }
            var path = String(line.dropFirst(digest.count).drop { $0 == " " || $0 == "\t" })
            guard !digest.isEmpty, !path.isEmpty, digest.allSatisfy(\.isHexDigit) else {
                issues.append(BagIssue(.error, file: name, "line \(number) is not 'checksum path': '\(rawLine)'."))
                continue
            }
            if declaration.encodesPaths { path = ManifestPath.decode(path) }
            if path.hasPrefix("*") {
                path.removeFirst()
                issues.append(BagIssue(.warning, file: name, "line \(number): '*' before the path (md5sum binary mode marker) was ignored."))
            }
            if path.hasPrefix("./") {
                while path.hasPrefix("./") { path.removeFirst(2) }
                issues.append(BagIssue(.warning, file: name, "line \(number): the path starts with './'; read as '\(path)'."))
            }
            if let reason = BagPathRules.violation(in: path, payload: !isTagManifest) {
                issues.append(BagIssue(.error, file: name, "line \(number): '\(path)' \(reason).",
                                       remedy: "Do not open this bag's files; it points outside itself."))
                continue
            }
            entries.append(Entry(digest: digest.lowercased(), path: path, line: number))
        }
    }
}

/// Where a manifest or fetch.txt path may point: inside the bag, and for payload entries
/// inside data/.
enum BagPathRules {
    static func violation(in path: String, payload: Bool) -> String? {
        if path.hasPrefix("/") { return "is an absolute path" }
        if path.hasPrefix("~") { return "starts with '~' (a home-directory shortcut)" }
        if path.contains("\\") { return "contains a backslash (a Windows path)" }
        if path.count >= 2, path.dropFirst().first == ":" { return "starts with a drive letter" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { return "contains '..'" }
        if parts.contains(where: \.isEmpty) || parts.contains(".") { return "has an empty or '.' part" }
        if payload, parts.first != "data" { return "is outside the payload directory data/" }
        return nil
    }
}
