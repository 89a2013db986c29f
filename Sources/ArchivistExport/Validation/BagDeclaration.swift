import Foundation

/// bagit.txt: exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding: ENC",
/// UTF-8 without a byte-order mark, one space after each colon and none before it.
struct BagDeclaration {
    var version: String
    var major: Int
    var minor: Int
    var encodingName: String
    var encoding: String.Encoding

    static let supportedVersions = ["0.93", "0.94", "0.95", "0.96", "0.97", "1.0"]

    /// Parses bagit.txt, or returns the error that makes the bag unreadable.
    static func parse(_ data: Data) -> Result<BagDeclaration, BagIssue> {
        let file = "bagit.txt"
        func failure(_ detail: String, _ remedy: String? = nil) -> Result<BagDeclaration, BagIssue> {
            .failure(BagIssue(.error, file: file, detail, remedy: remedy))
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) {
            return failure("starts with a byte-order mark; bagit.txt must be UTF-8 without one.")
        }
        guard let text = String(data: data, encoding: .utf8) else { return failure("is not UTF-8 text.") }
        let lines = TagFileText.split(text)
        guard lines.count == 2 else {
            return failure("has \(lines.count) lines; it must have exactly BagIt-Version and Tag-File-Character-Encoding.")
        }
        guard let version = value(of: "BagIt-Version", in: lines[0]) else {
            return failure("line 1 is '\(lines[0])', not 'BagIt-Version: M.N' (one space after the colon, none before).")
        }
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return failure("BagIt-Version '\(version)' is not of the form M.N.")
        }
        guard supportedVersions.contains(version) else {
            return failure("BagIt-Version \(version) is not one this validator knows (0.93 to 1.0).")
        }
        guard let encodingName = value(of: "Tag-File-Character-Encoding", in: lines[1]) else {
            return failure("line 2 is '\(lines[1])', not 'Tag-File-Character-Encoding: ENCODING'.")
        }
        guard let encoding = TagFileText.encoding(named: encodingName) else {
            return failure("Tag-File-Character-Encoding '\(encodingName)' is not supported.", "Re-bag with UTF-8 tag files.")
        }
        return .success(BagDeclaration(version: version, major: major, minor: minor,
                                       encodingName: encodingName, encoding: encoding))
    }

    /// Percent-encoding of manifest paths came with RFC 8493 (1.0).
    var encodesPaths: Bool { major >= 1 }
    var isVersion1: Bool { major >= 1 }

    private static func value(of label: String, in line: String) -> String? {
        let prefix = label + ": "
        guard line.hasPrefix(prefix) else { return nil }
        let value = String(line.dropFirst(prefix.count))
        guard !value.isEmpty, value.first?.isWhitespace == false, value.last?.isWhitespace == false else { return nil }
        return value
    }
}
