import ArchivistCore

/// One finding about a bag: an error makes the bag invalid, a warning does not.
public struct BagIssue: ArchivistError, Hashable {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    /// The file inside the bag concerned ("manifest-md5.txt", "data/a.pdf"), if any.
    public var file: String?
    public var detail: String
    public var remedy: String?

    public init(_ severity: Severity, file: String?, _ detail: String, remedy: String? = nil) {
        self.severity = severity
        self.file = file
        self.detail = detail
        self.remedy = remedy
    }

    public var problem: String { file.map { "\($0): \(detail)" } ?? detail }
}

/// The outcome of validating one bag.
public struct BagValidationReport: Sendable, Hashable {
    public var bagPath: String
    /// "1.0", "0.97", ... when bagit.txt could be read.
    public var version: String?
    public var issues: [BagIssue]
    /// Payload files whose digests were checked.
    public var checkedFiles: Int

    public var errors: [BagIssue] { issues.filter { $0.severity == .error } }
    public var warnings: [BagIssue] { issues.filter { $0.severity == .warning } }
    public var isValid: Bool { errors.isEmpty }

    /// Throws the first error, with the count of the others, when the bag is invalid.
    public func requireValid() throws {
        guard let first = errors.first else { return }
        throw InvalidBag(bagPath: bagPath, first: first, errorCount: errors.count)
    }
}

public struct InvalidBag: ArchivistError {
    public var bagPath: String
    public var first: BagIssue
    public var errorCount: Int

    public var problem: String {
        let others = errorCount > 1 ? " (and \(errorCount - 1) more)" : ""
        return "\(bagPath): not a valid bag: \(first.problem)\(others)"
    }

    public var remedy: String? {
        first.remedy ?? "Ask the sender for a fresh copy of the bag; do not ingest it as it is."
    }
}
