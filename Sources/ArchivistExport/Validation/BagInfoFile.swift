/// bag-info.txt (package-info.txt before 0.96): "Label: value" lines; a line starting with
/// space or tab continues the previous value.
struct BagInfoFile {
    var elements: [(label: String, value: String)] = []

    init(name: String, lines: [String], declaration: BagDeclaration, issues: inout [BagIssue]) {
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if line.first == " " || line.first == "\t" {
                guard !elements.isEmpty else {
                    issues.append(BagIssue(.error, file: name, "line \(index + 1) continues a value but no element precedes it."))
                    continue
                }
                elements[elements.count - 1].value += " " + line.trimmingSpaces
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                issues.append(BagIssue(.error, file: name, "line \(index + 1) has no ':' separating label and value: '\(line)'."))
                continue
            }
            let rawLabel = line[..<colon]
            let label = String(rawLabel).trimmingSpaces
            if rawLabel.count != label.count {
                issues.append(BagIssue(.warning, file: name, "line \(index + 1): whitespace around the label '\(label)'."))
            }
            elements.append((label, String(line[line.index(after: colon)...]).trimmingSpaces))
        }
    }

    func values(of label: String) -> [String] {
        elements.filter { $0.label.lowercased() == label.lowercased() }.map(\.value)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
