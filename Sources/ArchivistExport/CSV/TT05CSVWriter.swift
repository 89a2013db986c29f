import Foundation

/// Writes the TT 05/2025 document-level elements as CSV: UTF-8 with a byte-order mark (so
/// spreadsheet programs read Vietnamese correctly), CRLF line ends, every field quoted,
/// a header row of element names, NFC text.
public struct TT05CSVWriter: Sendable {
    public init() {}

    public func csv(for documents: [ExportedDocument]) -> Data {
        var text = line(TT05DocumentRecord.elementNames)
        for document in documents {
            text += line(TT05DocumentRecord(document).row)
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.precomposedStringWithCanonicalMapping.utf8)
    }

    public func write(_ documents: [ExportedDocument], to url: URL) throws {
        do {
            try csv(for: documents).write(to: url, options: .atomic)
        } catch {
            throw ExportError.unwritable(path: url.path, reason: error.localizedDescription)
        }
    }

    private func line(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\r\n"
    }
}
