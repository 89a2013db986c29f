import ArchivistCore
import Foundation

/// Reads a handover inventory CSV: columns order, number-symbol, date, subject, pages, note
/// under Vietnamese or English headers; UTF-8 with or without BOM, CRLF or LF, quoted
/// fields; a TCVN3 or VNI file is converted, and says so.
public struct InventoryParser: Sendable {
    enum Column: CaseIterable { case order, numberSymbol, date, subject, pages, note }

    static let headers: [Column: [String]] = [
        .order: ["stt", "so thu tu", "tt", "order", "no", "no.", "#"],
        .numberSymbol: ["so va ky hieu", "so, ky hieu", "so ky hieu", "so hieu", "ky hieu", "so/ky hieu", "number-symbol",
                        "number and symbol", "number/symbol", "number", "symbol", "reference"],
        .date: ["ngay thang", "ngay thang nam", "ngay", "ngay ban hanh", "date", "issued", "issue date"],
        .subject: ["trich yeu noi dung", "trich yeu", "noi dung", "subject", "title", "summary"],
        .pages: ["so to", "so trang", "to so", "pages", "page count", "sheets"],
        .note: ["ghi chu", "note", "notes", "remarks"],
    ]

    public var detector: LegacyEncodingDetector

    public init(detector: LegacyEncodingDetector = LegacyEncodingDetector()) {
        self.detector = detector
    }

    public func parse(_ data: Data) throws -> Inventory {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Legacy files are single-byte: not valid UTF-8, read byte for byte as Latin-1.
        let text = String(validating: bytes, as: UTF8.self)
            ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        let conversion = detector.convert(text)
        var warnings: [String] = []
        if case .unsure = conversion.verdict, let note = conversion.note { warnings.append(note) }
        let table = CSVTable.rows(conversion.text)
        guard let header = table.first else { throw InventoryError.empty }
        var columns = mapHeader(header)
        var body = Array(table.dropFirst())
        var firstLine = 2
        // No header at all: accepted only when the first row is plainly data (a date third).
        if columns.isEmpty, header.count >= 3, Self.isoDate(header[2].trimmingCharacters(in: .whitespaces)) != nil {
            warnings.append("no recognised header; columns read in the standard order (order, number-symbol, date, subject, pages, note)")
            columns = Dictionary(uniqueKeysWithValues: Column.allCases.enumerated().map { ($1, $0) })
            body = table
            firstLine = 1
        }
        guard columns[.numberSymbol] != nil || columns[.subject] != nil else {
            throw InventoryError.missingColumns(found: header.joined(separator: ", "))
        }
        let rows = body.enumerated().map { index, fields in
            func value(_ column: Column) -> String? {
                guard let position = columns[column], position < fields.count else { return nil }
                let text = fields[position].trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
                return text.isEmpty ? nil : text
            }
            let written = value(.date)
            let iso = written.flatMap(Self.isoDate)
            if written != nil && iso == nil { warnings.append("line \(firstLine + index): date '\(written!)' not understood") }
            return InventoryRow(line: firstLine + index, order: value(.order), numberSymbol: value(.numberSymbol), date: iso,
                                dateAsWritten: written, subject: value(.subject), pages: value(.pages).flatMap { Int($0) },
                                note: value(.note))
        }
        let note = conversion.verdict == .unicode ? nil : conversion.note
        return Inventory(rows: rows, encodingNote: note, warnings: warnings)
    }

    private func mapHeader(_ header: [String]) -> [Column: Int] {
        var columns: [Column: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = VietnameseFolding.fold(name).trimmingCharacters(in: .whitespaces)
            if let column = Column.allCases.first(where: { Self.headers[$0]!.contains(key) }), columns[column] == nil {
                columns[column] = index
            }
        }
        return columns
    }

    /// DD/MM/YYYY, D-M-YYYY, DD.MM.YYYY or YYYY-MM-DD.
    static func isoDate(_ text: String) -> String? {
        if let m = text.wholeMatch(of: #/(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/#) {
            return IssueDateGrammar.isoDate(day: String(m.output.1), month: String(m.output.2), year: String(m.output.3))
        }
        if let m = text.wholeMatch(of: #/(\d{4})-(\d{1,2})-(\d{1,2})/#) {
            return IssueDateGrammar.isoDate(day: String(m.output.3), month: String(m.output.2), year: String(m.output.1))
        }
        return nil
    }
}

public enum InventoryError: ArchivistError {
    case empty
    case missingColumns(found: String)

    public var problem: String {
        switch self {
        case .empty: "The inventory file is empty."
        case .missingColumns(let found): "The inventory has neither a number-symbol nor a subject column (header: \(found))."
        }
    }

    public var remedy: String? {
        "Use the header 'STT,Số và ký hiệu,Ngày tháng,Trích yếu nội dung,Số tờ,Ghi chú' (or order,number-symbol,date,subject,pages,note)."
    }
}
