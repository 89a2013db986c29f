import ArchivistCore
import ArchivistExport
import Foundation

/// A small export: two documents with Vietnamese names, a space in one path, and events.
enum SampleExport {
    static func metadata() -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let evidence = Evidence(rule: "test")
        metadata.documentType = ExtractedField(value: DocumentType(nativeName: "Nghị quyết", code: "01", abbreviation: "NQ"),
                                               confidence: 0.9, evidence: evidence)
        metadata.number = ExtractedField(value: "57", confidence: 0.9, evidence: evidence)
        metadata.symbol = ExtractedField(value: "57-NQ/TW", confidence: 0.9, evidence: evidence)
        metadata.issuer = ExtractedField(value: "Ban Chấp hành Trung ương", confidence: 0.9, evidence: evidence)
        metadata.date = ExtractedField(value: "2024-12-22", confidence: 0.9, evidence: evidence)
        metadata.subject = ExtractedField(value: "Về đột phá phát triển khoa học, công nghệ, \"đổi mới\" sáng tạo",
                                          confidence: 0.9, evidence: evidence)
        metadata.language = ExtractedField(value: "vi", confidence: 0.9, evidence: evidence)
        metadata.retention = ExtractedField(value: "01", confidence: 0.9, evidence: evidence)
        metadata.pageCount = 3
        return metadata
    }

    static func summary(id: Int64, name: String, metadata: DocumentMetadata?) -> DocumentSummary {
        DocumentSummary(id: id, name: name, fonds: "Phông Tỉnh ủy", status: .cataloged, pageCount: metadata?.pageCount ?? 1,
                        language: "vi", meanConfidence: 0.93, sourceFiles: ["box-01/scan_0001.tif"],
                        createdAt: Date(timeIntervalSince1970: 1_735_000_000),
                        description: metadata.map(DocumentDescription.init))
    }

    static func events() -> [ArchiveEvent] {
        let at = Date(timeIntervalSince1970: 1_735_000_000)
        return [
            ArchiveEvent(type: .ingestion, agent: "archivist ingest", detail: "box-01/scan_0001.tif", at: at),
            ArchiveEvent(type: .messageDigestCalculation, agent: "archivist ingest", detail: "SHA-256", at: at),
            ArchiveEvent(type: .metadataModification, agent: "user:lan", outcome: .warning, detail: "subject & <date>", at: at),
        ]
    }

    /// Writes the payload sources into `folder` and returns them with their bag paths.
    static func payload(in folder: URL) throws -> [BagPayloadFile] {
        let files: [(String, String)] = [
            ("57-NQ-TW/document.pdf", "%PDF-1.7 not really a PDF\n"),
            ("57-NQ-TW/metadata.json", "{\"subject\":\"Về đột phá\"}"),
            ("57-NQ-TW/metadata.p7s", "signature bytes"),
            ("Công văn 45/bản gốc 100%.tif", "original scan"),
        ]
        return try files.enumerated().map { index, file in
            let source = folder.appendingPathComponent("source-\(index)")
            try Data(file.1.utf8).write(to: source)
            return BagPayloadFile(source: source, path: file.0)
        }
    }
}
