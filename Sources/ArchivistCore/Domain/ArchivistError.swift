/// An error a person can act on: what went wrong, naming the file or field, and what to do.
public protocol ArchivistError: Error, CustomStringConvertible {
    /// What went wrong, naming the file, page or field concerned.
    var problem: String { get }
    /// What to do about it; nil when the problem says it all.
    var remedy: String? { get }
}

extension ArchivistError {
    public var description: String {
        guard let remedy else { return problem }
        return "\(problem) \(remedy)"
    }
}
