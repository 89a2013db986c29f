import Foundation

/// Groups page files of one document: `letter-p1.png`, `letter-p2.png` (also `_p01`, `-page2`)
/// become one document in page order; any other file is a document of its own.
enum PageGrouping {
    struct Group {
        var directory: URL
        var baseName: String
        var files: [URL]
    }

    private static var pageSuffix: Regex<(Substring, base: Substring, page: Substring)> { /^(?<base>.+?)[-_ ](?:p|page)[-_ ]?0*(?<page>\d{1,4})$/.ignoresCase() }

    static func group(_ files: [URL]) -> [Group] {
        var groups: [String: (group: Group, pages: [(Int, URL)])] = [:]
        var order: [String] = []
        for url in files {
            let stem = url.deletingPathExtension().lastPathComponent
            let directory = url.deletingLastPathComponent()
            let (base, page): (String, Int)
            if let match = stem.wholeMatch(of: pageSuffix), let number = Int(match.page) {
                (base, page) = (String(match.base), number)
            } else {
                (base, page) = (stem, 0)
            }
            // A file without a page suffix never merges with others, even if names collide.
            let key = directory.path + "/" + base + (page == 0 ? "\u{0}" + url.lastPathComponent : "")
            if groups[key] == nil {
                groups[key] = (Group(directory: directory, baseName: base, files: []), [])
                order.append(key)
            }
            groups[key]!.pages.append((page, url))
        }
        return order.map { key in
            var entry = groups[key]!
            entry.group.files = entry.pages.sorted { ($0.0, $0.1.lastPathComponent) < ($1.0, $1.1.lastPathComponent) }.map(\.1)
            return entry.group
        }
    }
}
