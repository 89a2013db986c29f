/// How file paths appear in manifests and fetch.txt: RFC 8493 §2.1.3 percent-encodes
/// CR, LF and % (only those); earlier versions wrote paths as they are.
public enum ManifestPath {
    public static func encode(_ path: String) -> String {
        var result = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Decodes %25, %0D and %0A (either case); any other % sequence stays as written.
    public static func decode(_ path: String) -> String {
        guard path.contains("%") else { return path }
        var result = ""
        var index = path.startIndex
        while index < path.endIndex {
            let rest = path[index...]
            if rest.hasPrefix("%"), rest.count >= 3 {
                let code = rest.dropFirst().prefix(2).uppercased()
                let decoded: Character? = switch code {
                case "25": "%"
                case "0D": "\r"
                case "0A": "\n"
                default: nil
                }
                if let decoded {
                    result.append(decoded)
                    index = path.index(index, offsetBy: 3)
                    continue
                }
            }
            result.append(path[index])
            index = path.index(after: index)
        }
        return result
    }
}
