import Foundation

/// The regular files under a bag's data/, keyed by their NFC path ("data/a/b.pdf") with the
/// path as it is on disk, and their total size for Payload-Oxum.
struct PayloadListing {
    var files: [String: String] = [:]
    var octets: Int64 = 0
    var problems: [BagIssue] = []

    init(bag: URL) {
        let data = bag.appendingPathComponent("data")
        guard let walker = FileManager.default.enumerator(atPath: data.path) else {
            problems.append(BagIssue(.error, file: "data/", "cannot be listed."))
            return
        }
        while let relative = walker.nextObject() as? String {
            guard let type = walker.fileAttributes?[.type] as? FileAttributeType else { continue }
            if type == .typeDirectory { continue }
            let path = "data/" + relative
            guard type == .typeRegular else {
                problems.append(BagIssue(.error, file: path, "is not a regular file (\(type.rawValue)).",
                                         remedy: "Replace links and special files by the files themselves, then re-bag."))
                continue
            }
            files[path.precomposedStringWithCanonicalMapping] = path
            octets += (walker.fileAttributes?[.size] as? NSNumber)?.int64Value ?? 0
        }
    }
}
