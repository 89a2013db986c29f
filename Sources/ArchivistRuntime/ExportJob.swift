import ArchivistCatalog
import ArchivistCore
import ArchivistExport
import ArchivistSigning
import Foundation

/// `archivist export`: the chosen documents as a BagIt 1.0 bag (signed PDFs, metadata records
/// and their signatures, optionally the originals, with a METS file and the TT05 CSV inside),
/// or as METS or CSV alone. Restricted documents only when asked; the export is logged on
/// every document it includes.
public struct ExportJob: Sendable {
    public enum Format: String, Sendable, CaseIterable { case bagit, mets, csv, hocr }

    public var workspace: Workspace
    public var format: Format
    public var output: URL
    public var organization: String
    public var includeOriginals = false
    public var includeRestricted = false

    public init(workspace: Workspace, format: Format, output: URL, organization: String) {
        self.workspace = workspace
        self.format = format
        self.output = output
        self.organization = organization
    }

    /// Documents matching a search query and/or belonging to a fonds.
    public func select(query: String?, fonds: String?, catalog: SQLiteCatalog) async throws -> [Int64] {
        var ids = try await catalog.documents(includeRestricted: includeRestricted)
            .filter { fonds == nil || $0.fonds == fonds }.map(\.id)
        if let query {
            let hits = Set(try await catalog.search(SearchQuery(text: query, limit: 100_000, includeRestricted: includeRestricted)).map(\.documentID))
            ids = ids.filter(hits.contains)
        }
        return ids
    }

    /// Writes the export and returns where it went.
    public func run(documentIDs: [Int64], progress: (Int, Int) -> Void) async throws -> URL {
        let catalog = try workspace.openExisting()
        var documents: [ExportedDocument] = []
        var payload: [BagPayloadFile] = []
        for (index, id) in documentIDs.enumerated() {
            guard let detail = try await catalog.document(id: id) else { continue }
            let folder = String(format: "%05lld-", id) + (detail.summary.name as NSString).lastPathComponent
            let files = exportedFiles(detail, folder: folder)
            documents.append(ExportedDocument(detail: detail, files: files.map(\.0)))
            payload += files.map { BagPayloadFile(source: $0.1, path: String($0.0.path.dropFirst("data/".count))) }
            progress(index + 1, documentIDs.count)
        }
        let identifier = "archivist-export-" + AuditStamp.now()
        let written: URL
        switch format {
        case .hocr:
            written = output
            try prepare(output)
            for id in documentIDs {
                guard let detail = try await catalog.document(id: id) else { continue }
                let name = String(format: "%05lld-", id) + (detail.summary.name as NSString).lastPathComponent + ".hocr.html"
                try Data(Self.hocr(detail).utf8).write(to: output.appendingPathComponent(name))
            }
        case .csv:
            written = output.appendingPathComponent("documents.csv")
            try prepare(output)
            try TT05CSVWriter().write(documents, to: written)
        case .mets:
            written = output.appendingPathComponent("mets.xml")
            try prepare(output)
            try METSWriter(organization: organization).write(documents, identifier: identifier, to: written)
        case .bagit:
            let staging = FileManager.default.temporaryDirectory.appendingPathComponent(identifier)
            try prepare(staging)
            defer { try? FileManager.default.removeItem(at: staging) }
            let mets = staging.appendingPathComponent("mets.xml"), csv = staging.appendingPathComponent("documents.csv")
            try METSWriter(organization: organization).write(documents, identifier: identifier, to: mets)
            try TT05CSVWriter().write(documents, to: csv)
            payload += [BagPayloadFile(source: mets, path: "mets.xml"), BagPayloadFile(source: csv, path: "documents.csv")]
            written = try BagWriter(digester: OpenSSLDigester(), transfer: .copy)
                .write(payload, info: BagInfo(sourceOrganization: organization, externalIdentifier: identifier), to: output).url
        }
        for id in documentIDs {
            try await catalog.appendEvent(documentID: id, ArchiveEvent(
                type: .dissemination, agent: IngestJob.agent,
                detail: "exported as \(format.rawValue) to \(written.path)" + (includeRestricted ? " (restricted documents included on request)" : "")))
        }
        return written
    }

    /// The document's pages as hOCR (XHTML): blocks, lines, words with boxes and confidences.
    public static func hocr(_ detail: DocumentDetail) -> String {
        HOCRDocument.xhtml(title: detail.summary.name, pages: detail.pages)
    }

    /// The document's files for the export: its signed PDF (else the searchable one), the
    /// metadata record and signature, and the originals when asked, as (entry, stored object).
    private func exportedFiles(_ detail: DocumentDetail, folder: String) -> [(ExportedFile, URL)] {
        var files: [(ExportedFile, URL)] = []
        func add(_ role: ExportedFile.Role, _ name: String, _ mime: String, _ object: StoredObject) {
            files.append((ExportedFile(role: role, path: "data/\(folder)/\(name)", mimeType: mime, sha256: object.sha256, byteCount: object.byteCount),
                          workspace.objectURL(for: object.sha256)))
        }
        if let pdf = detail.derivatives[.signedPDF] ?? detail.derivatives[.searchablePDF] { add(.document, "document.pdf", "application/pdf", pdf) }
        if let record = detail.derivatives[.metadataRecord] { add(.metadata, "metadata.json", "application/json", record) }
        if let signature = detail.derivatives[.metadataSignature] { add(.signature, "metadata.p7s", "application/pkcs7-signature", signature) }
        if includeOriginals {
            for file in detail.files {
                add(.original, "original-\(file.position + 1)-" + (file.name as NSString).lastPathComponent, file.format.mimeType,
                    StoredObject(sha256: file.sha256, byteCount: file.byteCount))
            }
        }
        return files
    }

    private func prepare(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportError.unreadable(path: folder.path, reason: (error as NSError).localizedDescription)
        }
    }
}

/// A compact UTC timestamp for names: 20261129T031500Z.
enum AuditStamp {
    static func now() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: Date())
    }
}
