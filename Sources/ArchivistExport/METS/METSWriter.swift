import ArchivistCore
import Foundation

/// Writes one METS 1.12 document for an export: per document a Dublin Core dmdSec, a
/// TT 05/2025 dmdSec (MDTYPE OTHER), an amdSec with a PREMIS 3 object (with SHA-256
/// fixity) per file and a PREMIS 3 event per audit event, the fileSec with checksums,
/// and one structMap.
public struct METSWriter: Sendable {
    public static let metsNamespace = "http://www.loc.gov/METS/"
    public static let premisNamespace = "http://www.loc.gov/premis/v3"
    public static let dcNamespace = "http://purl.org/dc/elements/1.1/"
    public static let tt05Namespace = "urn:archivist:tt05-2025:document"

    /// The holding archive, written as the METS creator agent and bag organization.
    public var organization: String
    /// Whether to add the TT 05/2025 record as a second dmdSec.
    public var includesTT05: Bool

    public init(organization: String, includesTT05: Bool = true) {
        self.organization = organization
        self.includesTT05 = includesTT05
    }

    /// The METS text. `identifier` names the export (OBJID), e.g. the bag's External-Identifier.
    public func mets(for documents: [ExportedDocument], identifier: String, label: String? = nil,
                     createdAt: Date = Date()) -> String {
        var xml = XMLWriter()
        xml.start("mets:mets", [
            ("xmlns:mets", Self.metsNamespace), ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
            ("xmlns:premis", Self.premisNamespace), ("xmlns:dc", Self.dcNamespace), ("xmlns:tt05", Self.tt05Namespace),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "\(Self.metsNamespace) https://www.loc.gov/standards/mets/version112/mets.xsd \(Self.premisNamespace) https://www.loc.gov/standards/premis/v3/premis.xsd"),
            ("OBJID", identifier), ("LABEL", label), ("TYPE", "export"),
        ])
        xml.start("mets:metsHdr", [("CREATEDATE", Self.timestamp(createdAt))])
        xml.start("mets:agent", [("ROLE", "CREATOR"), ("TYPE", "ORGANIZATION")])
        xml.leaf("mets:name", organization)
        xml.end()
        xml.start("mets:agent", [("ROLE", "CREATOR"), ("TYPE", "OTHER"), ("OTHERTYPE", "SOFTWARE")])
        xml.leaf("mets:name", "Archivist")
        xml.end()
        xml.end()
        for (index, document) in documents.enumerated() {
            writeDublinCore(document, number: index + 1, into: &xml)
            if includesTT05 { writeTT05(document, number: index + 1, into: &xml) }
        }
        for (index, document) in documents.enumerated() {
            writeAdministrative(document, number: index + 1, into: &xml)
        }
        writeFiles(documents, into: &xml)
        writeStructure(documents, label: label ?? identifier, into: &xml)
        xml.end()
        return xml.text
    }

    public func write(_ documents: [ExportedDocument], identifier: String, label: String? = nil, to url: URL) throws {
        do {
            try Data(mets(for: documents, identifier: identifier, label: label).utf8).write(to: url, options: .atomic)
        } catch {
            throw ExportError.unwritable(path: url.path, reason: error.localizedDescription)
        }
    }

    private func writeFiles(_ documents: [ExportedDocument], into xml: inout XMLWriter) {
        xml.start("mets:fileSec")
        for role in ExportedFile.Role.allCases {
            let members = documents.enumerated().flatMap { index, document in
                document.files.enumerated().filter { $0.element.role == role }.map { (index + 1, $0.offset + 1, $0.element) }
            }
            guard !members.isEmpty else { continue }
            xml.start("mets:fileGrp", [("USE", role.rawValue)])
            for (documentNumber, fileNumber, file) in members {
                xml.start("mets:file", [
                    ("ID", Self.fileID(documentNumber, fileNumber)), ("MIMETYPE", file.mimeType), ("SIZE", String(file.byteCount)),
                    ("CHECKSUM", file.sha256), ("CHECKSUMTYPE", "SHA-256"),
                    ("ADMID", Self.objectID(documentNumber, fileNumber)), ("GROUPID", "doc-\(documentNumber)"),
                ])
                xml.empty("mets:FLocat", [("LOCTYPE", "OTHER"), ("OTHERLOCTYPE", "SYSTEM"), ("xlink:href", Self.href(file.path))])
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private func writeStructure(_ documents: [ExportedDocument], label: String, into xml: inout XMLWriter) {
        xml.start("mets:structMap", [("TYPE", "logical")])
        xml.start("mets:div", [("TYPE", "export"), ("LABEL", label)])
        for (index, document) in documents.enumerated() {
            let number = index + 1
            let dmd = includesTT05 ? "dmd-\(number) dmd-\(number)-tt05" : "dmd-\(number)"
            xml.start("mets:div", [("TYPE", "document"), ("LABEL", document.metadata?.subject.value ?? document.summary.name),
                                   ("DMDID", dmd), ("ADMID", "amd-\(number)"), ("ORDER", String(number))])
            for fileNumber in document.files.indices.map({ $0 + 1 }) {
                xml.empty("mets:fptr", [("FILEID", Self.fileID(number, fileNumber))])
            }
            xml.end()
        }
        xml.end()
        xml.end()
    }

    static func fileID(_ document: Int, _ file: Int) -> String { "file-\(document)-\(file)" }
    static func objectID(_ document: Int, _ file: Int) -> String { "object-\(document)-\(file)" }

    /// A relative URI: each path segment percent-encoded (spaces, Vietnamese letters).
    static func href(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~!$&'()*+,;=:@/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
