import ArchivistCore
import Foundation

/// The document-level elements of TT 05/2025 (EAD simpledc) as DOMAIN.md §3 lists them,
/// as text ready for CSV or XML. Empty where neither extraction nor the archivist gave a value.
public struct TT05DocumentRecord: Sendable, Hashable {
    public static let elementNames = [
        "docId", "docCode", "maintenance", "typeName", "codeNumber", "codeNotation", "issuedDate", "organName",
        "subject", "language", "numberOfPage", "inforSign", "keyword", "mode", "confidenceLevel", "autograph",
        "format", "riskRecovery", "process", "description",
    ]

    /// Values by element name; every name of `elementNames` is present.
    public var values: [String: String]

    public init(_ document: ExportedDocument) {
        let metadata = document.metadata
        let summary = document.summary
        let archival = document.archival
        let number = metadata?.number.value ?? ""
        let symbol = metadata?.symbol.value ?? summary.description?.symbol ?? ""
        let type = metadata?.documentType.value
        var description = archival.description ?? ""
        if let type, type.code == "32" {
            // Types without a code (Kết luận, Thông tri) keep their native name here.
            description = ["Loại văn bản: \(type.nativeName)", description].filter { !$0.isEmpty }.joined(separator: "; ")
        }
        var values: [String: String] = [
            "docId": String(summary.id),
            "docCode": Self.docCode(fileCode: archival.fileCode, ordinal: archival.ordinal),
            "maintenance": metadata?.retention.value ?? "",
            "typeName": type?.code ?? summary.description?.typeCode ?? "",
            "codeNumber": number,
            "codeNotation": Self.notation(of: symbol, number: number),
            "issuedDate": Self.dayMonthYear(metadata?.date.value ?? summary.description?.issuedDate),
            "organName": metadata?.issuer.value ?? summary.description?.issuer ?? "",
            "subject": String((metadata?.subject.value ?? summary.description?.subject ?? "").prefix(500)),
            "language": Self.languageCode(metadata?.language.value ?? summary.language),
            "numberOfPage": String(max(metadata?.pageCount ?? 0, summary.pageCount)),
            "inforSign": archival.informationSign ?? "",
            "keyword": archival.keywords.joined(separator: "; "),
            "mode": Self.mode(metadata?.access ?? summary.access),
            "confidenceLevel": "02",
            "autograph": archival.autograph ?? "",
            "format": archival.physicalState ?? "",
            "riskRecovery": archival.riskRecovery ?? "",
            "process": archival.process ?? "",
            "description": description,
        ]
        for key in values.keys { values[key] = values[key]?.precomposedStringWithCanonicalMapping }
        self.values = values
    }

    /// The values in `elementNames` order.
    public var row: [String] { Self.elementNames.map { values[$0] ?? "" } }

    /// fileCode + "." + 7-digit ordinal; empty without both.
    static func docCode(fileCode: String?, ordinal: Int?) -> String {
        guard let fileCode, !fileCode.isEmpty, let ordinal, ordinal >= 0 else { return "" }
        let digits = String(ordinal)
        return fileCode + "." + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// "57-NQ/TW" → "NQ/TW"; "45/QĐ-UBND" → "QĐ-UBND"; "113/2025/NĐ-CP" → "NĐ-CP".
    static func notation(of symbol: String, number: String) -> String {
        var rest = Substring(symbol)
        if !number.isEmpty, rest.hasPrefix(number) {
            rest = rest.dropFirst(number.count)
            if rest.first == "-" || rest.first == "/" { rest = rest.dropFirst() }
        }
        if rest.count > 5, rest.prefix(4).allSatisfy(\.isNumber), rest.dropFirst(4).first == "/" {
            rest = rest.dropFirst(5)
        }
        return String(rest)
    }

    /// "2024-03-12" → "12/03/2024"; partial or other forms pass through unchanged.
    static func dayMonthYear(_ iso: String?) -> String {
        guard let iso else { return "" }
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// TT 05 language code list: 01 vi, 02 en, 03 fr, 04 ru, 05 zh, 11 other.
    static func languageCode(_ iso: String?) -> String {
        switch iso?.lowercased() {
        case nil, "": ""
        case "vi", "vie": "01"
        case "en", "eng": "02"
        case "fr", "fra", "fre": "03"
        case "ru", "rus": "04"
        case "zh", "zho", "chi": "05"
        case "vi-en", "vi+en": "06"
        default: "11"
        }
    }

    /// Access mode: 01 public; Mật and Tối mật are state secrets, 03 (02 "conditional use"
    /// is an archivist's decision that extraction cannot make).
    static func mode(_ access: AccessDecision) -> String {
        switch access {
        case .open: "01"
        case .restricted, .quarantine: "03"
        }
    }
}
