import ArchivistCatalog
import ArchivistCore
import ArchivistExport
import ArchivistOCR
import ArchivistSigning
import Foundation

/// `archivist export`: the chosen documents as a BagIt 1.0 bag (signed PDFs, metadata records
/// and their signatures, optionally the originals, with a METS file and the TT05 CSV inside),
/// or as METS or CSV alone. Restricted documents only when asked for by an operator cleared
/// for them (`RestrictedAccess`); the export is logged on every document it includes, and a
/// refusal writes nothing.
public struct ExportJob: Sendable {
    public enum Format: String, Sendable, CaseIterable { case bagit, mets, csv, hocr, alto }

    public var workspace: Workspace
    public var format: Format
    public var output: URL
    public var organization: String
    public var includeOriginals = false
    /// Who exports, and whether they asked for restricted documents.
    public var access: RestrictedAccess

    public init(workspace: Workspace, format: Format, output: URL, organization: String, access: RestrictedAccess) {
        self.workspace = workspace
        self.format = format
        self.output = output
        self.organization = organization
        self.access = access
    }

    /// Documents matching a search query and/or belonging to a fonds (restricted ones too when
    /// asked for: `run` decides whether the operator may have them).
    public func select(query: String?, fonds: String?, catalog: SQLiteCatalog) async throws -> [Int64] {
        var ids = try await catalog.documents(includeRestricted: access.includeRestricted)
            .filter { fonds == nil || $0.fonds == fonds }.map(\.id)
        if let query {
            let hits = Set(try await catalog.search(SearchQuery(text: query, limit: 100_000, includeRestricted: access.includeRestricted)).map(\.documentID))
            ids = ids.filter(hits.contains)
        }
        return ids
    }

    /// Writes the export of the documents the operator may have and returns where it went and
    /// which documents it holds. Refused whole, before anything is written, when restricted
    /// documents are asked for without the clearance; quarantined ones are always left out.
    public func run(documentIDs requested: [Int64], progress: (Int, Int) -> Void) async throws -> ExportResult {
        let catalog = try workspace.openExisting()
        let verdict = try await access.admit(try await catalog.documents(ids: requested), action: "export", logsDisplay: false, in: catalog)
        let documentIDs = verdict.visible
        guard !documentIDs.isEmpty else { throw ExportJobError.nothingToExport(quarantined: verdict.quarantinedLeftOut) }
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
        case .hocr, .alto:
            written = output
            try prepare(output)
            for id in documentIDs {
                guard let detail = try await catalog.document(id: id) else { continue }
                let name = String(format: "%05lld-", id) + (detail.summary.name as NSString).lastPathComponent
                let (text, suffix) = format == .hocr ? (Self.hocr(detail), ".hocr.html") : (Self.alto(detail), ".alto.xml")
                try Data(text.utf8).write(to: output.appendingPathComponent(name + suffix))
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
        let restricted = Set(verdict.restrictedShown)
        for id in documentIDs {
            try await catalog.appendEvent(documentID: id, ArchiveEvent(
                type: .dissemination, agent: IngestJob.agent,
                detail: "exported as \(format.rawValue) to \(written.path) for \(access.agent)"
                    + (restricted.contains(id) ? " (restricted, included on request of a cleared operator)" : "")))
        }
        return ExportResult(url: written, documentIDs: documentIDs, verdict: verdict)
    }

    /// The document's pages as hOCR (XHTML): blocks, lines, words with boxes and confidences.
    public static func hocr(_ detail: DocumentDetail) -> String {
        HOCRDocument.xhtml(title: detail.summary.name, pages: detail.pages)
    }

    /// The document's pages as ALTO 4.2 XML: blocks, lines, strings with boxes and confidences.
    public static func alto(_ detail: DocumentDetail) -> String {
        ALTODocument(detail: detail, tesseractVersion: TesseractLibrary.version).xml
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

/// What an export wrote.
public struct ExportResult: Sendable {
    public var url: URL
    /// The documents exported, quarantined ones left out.
    public var documentIDs: [Int64]
    public var verdict: AccessVerdict
}

public enum ExportJobError: ArchivistError {
    case nothingToExport(quarantined: Int)

    public var problem: String {
        switch self {
        case .nothingToExport(let quarantined):
            "no document to export" + (quarantined > 0 ? ": the \(quarantined) chosen are quarantined (Tuyệt mật), and no clearance opens them." : ".")
        }
    }

    public var remedy: String? { "Choose other documents ('archivist list', 'archivist search')." }
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
