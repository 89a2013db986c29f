import ArchivistCore
import ArchivistOCR
import Foundation

/// Writes each document's two-layer PDF from the archived originals and the OCR words:
/// page images as scanned (G4 and JPEG pass through unchanged) under invisible text, built to
/// PDF/A-2b by construction. Stored content-addressed beside the originals.
struct SearchablePDFStage: Stage {
    static let name = "pdf"
    static let version = 1
    static let requires = ["ingest", "ocr"]
    static let summary = "write the two-layer searchable PDF (PDF/A-2b by construction): original page images under the OCR text"
    static let eventType = EventType.creation

    struct Options: StageOptions {
        static let keys = ["gray_pages", "jpeg_quality", "jpeg_pages"]
        enum GrayPages: String, Decodable, CaseIterable { case lossless, jpeg }
        /// Gray and colour pages that came lossless (PNG, TIFF, PDF): kept lossless (flate), or
        /// stored as JPEG, about half the size; the originals stay in the archive either way.
        var grayPages = GrayPages.lossless
        var jpegQuality = 80
        /// JPEG pages: their coefficients always kept (the same pixels), the coding re-done smaller.
        var jpegPages = JPEGRecoding.progressive

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            grayPages = try container.decodeChoiceIfPresent(GrayPages.self, forKey: .grayPages) ?? grayPages
            jpegQuality = try container.decodeIfPresent(Int.self, forKey: .jpegQuality) ?? jpegQuality
            jpegPages = try container.decodeChoiceIfPresent(JPEGRecoding.self, forKey: .jpegPages) ?? jpegPages
            guard (10...100).contains(jpegQuality) else {
                throw DecodingError.dataCorruptedError(forKey: .jpegQuality, in: container, debugDescription: "a JPEG quality from 10 to 100, e.g. 80")
            }
        }

        private enum Key: String, CodingKey {
            case grayPages = "gray_pages", jpegQuality = "jpeg_quality", jpegPages = "jpeg_pages"
        }
    }

    let options: Options
    let services: Services

    init(options: Options, services: Services) {
        self.options = options
        self.services = services
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id, !document.pages.isEmpty else { return document }
        if document.files.count == 1, let source = document.files[0].info.pdf, source.keptAsReceived, let sha256 = document.files[0].sha256 {
            // Signed or already searchable: the original is kept as received, never rewritten.
            let original = StoredObject(sha256: sha256, byteCount: document.files[0].byteCount ?? 0)
            try await services.catalog.saveDerivative(documentID: id, kind: .searchablePDF, object: original)
            var state = document
            state.derivatives[.searchablePDF] = original
            return state
        }
        let pages = try document.pages.map { page in
            let file = document.files[page.location.filePosition]
            guard let sha256 = file.sha256 else { throw CatalogPathError.notStored(path: file.recordedPath) }
            let geometry = file.info.pages[page.location.pageInFile]
            // The original's resolution; when the file has none, the one OCR assumed, scaled back
            // from any upscaling (max side, so a quarter turn does not matter).
            let dpi = geometry.dpi ?? max(page.dpi * max(geometry.width, geometry.height) / max(page.width, page.height, 1), 1)
            return SearchablePDFPage(source: services.objects.url(for: sha256), pageInFile: page.location.pageInFile,
                                     recognized: page, dpi: dpi)
        }
        let quality = options.grayPages == .jpeg ? options.jpegQuality : nil
        let pdf = try SearchablePDFWriter(title: document.name, producer: services.agent, grayJPEGQuality: quality,
                                          jpegRecoding: options.jpegPages).render(pages)
        let object = try services.objects.store(data: pdf.data)
        try await services.catalog.saveDerivative(documentID: id, kind: .searchablePDF, object: object)
        var state = document
        state.derivatives[.searchablePDF] = object
        state.stageNotes = pdf.notes
        let lossy = pdf.imageStorage.filter { $0 == .jpegEncoded }.count
        if lossy > 0 { state.stageNotes.append("\(lossy) lossless page(s) stored as JPEG of quality \(options.jpegQuality); the originals are kept") }
        let recoded = pdf.imageStorage.filter { $0 == .jpegRecoded }.count
        if recoded > 0 { state.stageNotes.append("\(recoded) JPEG page(s) re-coded \(options.jpegPages.rawValue) (the same pixels)") }
        return state
    }

    func eventDetail(for document: DocumentState) -> String {
        guard let pdf = document.derivatives[.searchablePDF] else { return "no pages: no PDF" }
        let notes = document.stageNotes.isEmpty ? "" : "; " + document.stageNotes.joined(separator: "; ")
        return "searchable PDF (PDF/A-2b by construction), \(pdf.byteCount) bytes, sha256:\(pdf.sha256)\(notes)"
    }
}

enum CatalogPathError: ArchivistError {
    case notStored(path: String)

    var problem: String {
        switch self {
        case .notStored(let path): "\(path): the original is not in the object store."
        }
    }

    var remedy: String? { "Run the same ingest again: the ingest stage stores it." }
}
