import ArchivistCore

extension METSWriter {
    /// Simple Dublin Core: title = subject (Trích yếu), identifier = symbol (Số, ký hiệu),
    /// creator = issuer, date, type, language, format, rights = access mode.
    func writeDublinCore(_ document: ExportedDocument, number: Int, into xml: inout XMLWriter) {
        let metadata = document.metadata
        let record = TT05DocumentRecord(document)
        xml.start("mets:dmdSec", [("ID", "dmd-\(number)")])
        xml.start("mets:mdWrap", [("MDTYPE", "DC"), ("LABEL", "Dublin Core")])
        xml.start("mets:xmlData")
        xml.leaf("dc:title", metadata?.subject.value ?? document.summary.description?.subject ?? document.summary.name)
        xml.leaf("dc:identifier", metadata?.symbol.value ?? document.summary.description?.symbol)
        xml.leaf("dc:identifier", record.values["docCode"].flatMap { $0.isEmpty ? nil : $0 })
        xml.leaf("dc:identifier", "archivist:document:\(document.summary.id)")
        xml.leaf("dc:creator", metadata?.issuer.value ?? document.summary.description?.issuer)
        xml.leaf("dc:contributor", metadata?.signerName.value)
        xml.leaf("dc:date", metadata?.date.value ?? document.summary.description?.issuedDate)
        xml.leaf("dc:type", metadata?.documentType.value?.nativeName ?? document.summary.description?.typeName)
        xml.leaf("dc:language", metadata?.language.value ?? document.summary.language)
        xml.leaf("dc:format", document.files.first { $0.role == .document }?.mimeType)
        xml.leaf("dc:coverage", metadata?.place.value)
        for keyword in document.archival.keywords { xml.leaf("dc:subject", keyword) }
        xml.leaf("dc:source", document.summary.fonds.map { "Phông \($0)" })
        xml.leaf("dc:rights", Self.rights(record.values["mode"] ?? ""))
        xml.end()
        xml.end()
        xml.end()
    }

    /// The TT 05/2025 document record, one element per field, in its own namespace.
    func writeTT05(_ document: ExportedDocument, number: Int, into xml: inout XMLWriter) {
        let record = TT05DocumentRecord(document)
        xml.start("mets:dmdSec", [("ID", "dmd-\(number)-tt05")])
        xml.start("mets:mdWrap", [("MDTYPE", "OTHER"), ("OTHERMDTYPE", "TT05-2025-EAD-simpledc"), ("LABEL", "TT 05/2025/TT-BNV")])
        xml.start("mets:xmlData")
        xml.start("tt05:document")
        for name in TT05DocumentRecord.elementNames {
            xml.leaf("tt05:\(name)", record.values[name] ?? "")
        }
        xml.end()
        xml.end()
        xml.end()
        xml.end()
    }

    private static func rights(_ mode: String) -> String? {
        switch mode {
        case "01": "Công khai (public)"
        case "02": "Sử dụng có điều kiện (conditional)"
        case "03": "Mật (restricted)"
        default: nil
        }
    }
}
