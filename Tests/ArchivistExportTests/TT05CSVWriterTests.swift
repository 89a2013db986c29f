import ArchivistCore
@testable import ArchivistExport
import Foundation
import Testing

@Suite struct TT05CSVWriterTests {
    func document(_ metadata: DocumentMetadata?, id: Int64 = 7) -> ExportedDocument {
        ExportedDocument(summary: SampleExport.summary(id: id, name: "scan_0001", metadata: metadata), metadata: metadata,
                         events: [], files: [], archival: ArchivalDescription(fileCode: "G09.2024.01.001", ordinal: 12))
    }

    @Test func bomCRLFQuotedHeaderAndRow() throws {
        let data = TT05CSVWriter().csv(for: [document(SampleExport.metadata())])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines[0].hasPrefix("\"docId\",\"docCode\",\"maintenance\",\"typeName\",\"codeNumber\",\"codeNotation\",\"issuedDate\""))
        let expected = ["\"7\"", "\"G09.2024.01.001.0000012\"", "\"01\"", "\"01\"", "\"57\"", "\"NQ/TW\"", "\"22/12/2024\"",
                        "\"Ban Chấp hành Trung ương\"",
                        "\"Về đột phá phát triển khoa học, công nghệ, \"\"đổi mới\"\" sáng tạo\"", "\"01\"", "\"3\""]
        #expect(lines[1].hasPrefix(expected.joined(separator: ",")), "\(lines[1])")
        let record = TT05DocumentRecord(document(SampleExport.metadata()))
        #expect(record.values["mode"] == "01")
        #expect(record.values["confidenceLevel"] == "02")
        #expect(text == text.precomposedStringWithCanonicalMapping)
    }

    @Test func codesFollowTheCodeLists() {
        var metadata = SampleExport.metadata()
        metadata.confidentiality = ExtractedField(value: .mat, confidence: 0.9, evidence: Evidence(rule: "t"))
        metadata.language = ExtractedField(value: "en", confidence: 0.9, evidence: Evidence(rule: "t"))
        metadata.documentType = ExtractedField(value: DocumentType(nativeName: "Kết luận", code: "32", abbreviation: "KL"),
                                               confidence: 0.9, evidence: Evidence(rule: "t"))
        let record = TT05DocumentRecord(document(metadata))
        #expect(record.values["mode"] == "03")
        #expect(record.values["language"] == "02")
        #expect(record.values["typeName"] == "32")
        #expect(record.values["description"] == "Loại văn bản: Kết luận")
        #expect(TT05DocumentRecord.notation(of: "45/QĐ-UBND", number: "45") == "QĐ-UBND")
        #expect(TT05DocumentRecord.notation(of: "113/2025/NĐ-CP", number: "113") == "NĐ-CP")
        #expect(TT05DocumentRecord.languageCode("fr") == "03")
        #expect(TT05DocumentRecord.languageCode("de") == "11")
        #expect(TT05DocumentRecord.docCode(fileCode: nil, ordinal: 3) == "")
    }

    @Test func documentWithoutMetadataStillHasARow() {
        let record = TT05DocumentRecord(document(nil))
        #expect(record.row.count == TT05DocumentRecord.elementNames.count)
        #expect(record.values["subject"] == "")
        #expect(record.values["numberOfPage"] == "1")
    }
}
