import Foundation

/// The bag-info.txt elements an export writes. Payload-Oxum and Bagging-Date are filled in
/// by the writer; `other` keeps the caller's order and may repeat labels.
public struct BagInfo: Sendable, Hashable {
    public var sourceOrganization: String
    public var externalIdentifier: String
    /// Defaults to the day of writing.
    public var baggingDate: Date?
    public var other: [Element]

    public struct Element: Sendable, Hashable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public init(sourceOrganization: String, externalIdentifier: String, baggingDate: Date? = nil, other: [Element] = []) {
        self.sourceOrganization = sourceOrganization
        self.externalIdentifier = externalIdentifier
        self.baggingDate = baggingDate
        self.other = other
    }

    /// The text of bag-info.txt: one `Label: value` a line, LF-terminated, NFC. Line breaks
    /// inside a value become continuation lines indented with two spaces.
    func text(payloadBytes: Int64, payloadFiles: Int, now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "yyyy-MM-dd"
        let elements = [
            Element("Source-Organization", sourceOrganization),
            Element("Bagging-Date", formatter.string(from: baggingDate ?? now)),
            Element("Payload-Oxum", "\(payloadBytes).\(payloadFiles)"),
            Element("External-Identifier", externalIdentifier),
        ] + other
        return elements.map { element in
            let value = element.value.precomposedStringWithCanonicalMapping
                .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .joined(separator: "\n  ")
            return "\(element.label.precomposedStringWithCanonicalMapping): \(value)\n"
        }.joined()
    }
}
