import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import Foundation

/// A workspace holding four classified documents of fonds F1, made without OCR, each with a
/// page about a "hội nghị": one open, one Mật, one Tối mật and one Tuyệt mật (quarantined).
struct MarkedDocuments {
    let box: TestBox
    let catalog: SQLiteCatalog
    private(set) var open: Int64 = 0, mat: Int64 = 0, toiMat: Int64 = 0, tuyetMat: Int64 = 0

    init() async throws {
        box = try TestBox()
        catalog = try box.workspace.open()
        open = try await add("thong-bao", mark: nil, digest: "a")
        mat = try await add("ke-hoach", mark: .mat, digest: "b")
        toiMat = try await add("bao-cao", mark: .toiMat, digest: "c")
        tuyetMat = try await add("chi-thi", mark: .tuyetMat, digest: "d")
    }

    var all: [Int64] { [open, mat, toiMat, tuyetMat] }

    func access(_ name: String, includeRestricted: Bool = true) -> RestrictedAccess {
        RestrictedAccess(operatorName: name, includeRestricted: includeRestricted)
    }

    func export(to folder: String, by name: String, documents: [Int64]? = nil) async throws -> ExportResult {
        let job = ExportJob(workspace: box.workspace, format: .csv, output: box.root.appendingPathComponent(folder),
                            organization: "Lưu trữ", access: access(name))
        var ids = documents ?? []
        if documents == nil { ids = try await job.select(query: nil, fonds: "F1", catalog: catalog) }
        return try await job.run(documentIDs: ids) { _, _ in }
    }

    func events(_ id: Int64) async throws -> [ArchiveEvent] {
        try await catalog.document(id: id)?.events ?? []
    }

    private func add(_ name: String, mark: Confidentiality?, digest: String) async throws -> Int64 {
        var file = SourceFile(url: box.box.appendingPathComponent("\(name).tif"),
                              info: ImageInfo(format: .tiff, pages: [PageGeometry(width: 2480, height: 3508, dpi: 300, bitsPerPixel: 1)]))
        let sha256 = String(repeating: digest, count: 64)
        (file.sha256, file.byteCount) = (sha256, 1000)
        let state = DocumentState(name: name, provenance: Provenance(fonds: "F1", box: "box-01"), files: [file])
        guard let id = try await catalog.register(state, key: sha256, events: []).id else { throw MarkedDocumentsError() }
        let text = "Hội nghị Ban Thường vụ \(name)"
        let word = RecognizedWord(text: "Hội", confidence: 91, box: PixelBox(left: 10, top: 10, right: 50, bottom: 30), block: 1, line: 1)
        try await catalog.saveRecognition(documentID: id, pages: [RecognizedPage(
            number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 2480, height: 3508, dpi: 300, language: "vie",
            text: text, meanConfidence: 91, words: [word], recognizeSeconds: 0.5)], language: "vi")
        var metadata = DocumentMetadata()
        metadata.confidentiality = ExtractedField(value: mark, confidence: 0.95, evidence: Evidence(text: mark?.rawValue, page: 1, rule: "test"))
        try await catalog.saveMetadata(documentID: id, metadata: metadata, status: mark == .tuyetMat ? .quarantined : .classified)
        return id
    }
}

private struct MarkedDocumentsError: Error {}
