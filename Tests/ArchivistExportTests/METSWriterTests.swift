import ArchivistCore
@testable import ArchivistExport
import ArchivistTestSupport
import Foundation
import Testing

@Suite struct METSWriterTests {
    static let xmllint = ExternalTool.path("xmllint")
    static let schema = Scratch.schemas.appendingPathComponent("archivist-mets.xsd")

    func documents() -> [ExportedDocument] {
        let files = [
            ExportedFile(role: .document, path: "data/57-NQ-TW/document.pdf", mimeType: "application/pdf",
                         sha256: String(repeating: "ab", count: 32), byteCount: 1234),
            ExportedFile(role: .metadata, path: "data/57-NQ-TW/metadata.json", mimeType: "application/json",
                         sha256: String(repeating: "cd", count: 32), byteCount: 56),
            ExportedFile(role: .signature, path: "data/57-NQ-TW/metadata.p7s", mimeType: "application/pkcs7-signature",
                         sha256: String(repeating: "ef", count: 32), byteCount: 789),
            ExportedFile(role: .original, path: "data/Công văn 45/bản gốc.tif", mimeType: "image/tiff",
                         sha256: String(repeating: "01", count: 32), byteCount: 99),
        ]
        let metadata = SampleExport.metadata()
        return [
            ExportedDocument(summary: SampleExport.summary(id: 1, name: "scan_0001", metadata: metadata), metadata: metadata,
                             events: SampleExport.events(), files: files,
                             archival: ArchivalDescription(fileCode: "G09.2024.01.001", ordinal: 1, keywords: ["khoa học"])),
            ExportedDocument(summary: SampleExport.summary(id: 2, name: "scan_0002", metadata: nil), metadata: nil,
                             events: [], files: []),
        ]
    }

    func write(_ text: String) throws -> URL {
        let url = try Scratch.folder().appendingPathComponent("mets.xml")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func carriesDublinCorePremisAndChecksums() {
        let text = METSWriter(organization: "Lưu trữ Tỉnh ủy").mets(for: documents(), identifier: "export-1")
        #expect(text.contains("<mets:mdWrap MDTYPE=\"DC\" LABEL=\"Dublin Core\">"))
        #expect(text.contains("<dc:title>Về đột phá phát triển khoa học, công nghệ, &quot;đổi mới&quot; sáng tạo</dc:title>"))
        #expect(text.contains("<dc:identifier>57-NQ/TW</dc:identifier>"))
        #expect(text.contains("<dc:creator>Ban Chấp hành Trung ương</dc:creator>"))
        #expect(text.contains("<tt05:docCode>G09.2024.01.001.0000001</tt05:docCode>"))
        #expect(text.contains("<premis:eventType authority=\"eventType\" valueURI=\"http://id.loc.gov/vocabulary/preservation/eventType/mes\">message digest calculation</premis:eventType>"))
        #expect(text.contains("<premis:eventDetail>subject &amp; &lt;date&gt;</premis:eventDetail>"))
        #expect(text.contains("<premis:messageDigest>\(String(repeating: "ab", count: 32))</premis:messageDigest>"))
        #expect(text.contains("CHECKSUM=\"\(String(repeating: "ef", count: 32))\" CHECKSUMTYPE=\"SHA-256\""))
        #expect(text.contains("xlink:href=\"data/C%C3%B4ng%20v%C4%83n%2045/b%E1%BA%A3n%20g%E1%BB%91c.tif\""))
        #expect(text.components(separatedBy: "<premis:event ").count - 1 == 3)
        #expect(text.components(separatedBy: "<premis:object ").count - 1 == 4)
        #expect(text.components(separatedBy: "<mets:fptr ").count - 1 == 4)
    }

    @Test(.enabled(if: xmllint != nil, "xmllint not installed: apt-get install libxml2-utils"))
    func validAgainstMETSAndPREMISSchemas() throws {
        let url = try write(METSWriter(organization: "Lưu trữ Tỉnh ủy").mets(for: documents(), identifier: "export-1"))
        let result = try ExternalTool.run(try #require(Self.xmllint), ["--nonet", "--noout", "--schema", Self.schema.path, url.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validates"), "\(result.output)")
    }

    /// Proves the schema set really reaches into the PREMIS: a misplaced PREMIS element fails.
    @Test(.enabled(if: xmllint != nil, "xmllint not installed: apt-get install libxml2-utils"))
    func schemaCatchesBrokenPremis() throws {
        let text = METSWriter(organization: "A").mets(for: documents(), identifier: "export-1")
            .replacingOccurrences(of: "<premis:messageDigestOriginator>Archivist</premis:messageDigestOriginator>",
                                  with: "<premis:messageDigestOriginator>Archivist</premis:messageDigestOriginator><premis:bogus/>")
        let url = try write(text)
        let result = try ExternalTool.run(try #require(Self.xmllint), ["--nonet", "--noout", "--schema", Self.schema.path, url.path])
        #expect(result.status != 0)
        #expect(result.output.contains("bogus"), "\(result.output)")
    }

    @Test func escapesWhatXMLForbids() {
        #expect(XMLWriter.escape("a\u{1}b<&>\"") == "ab&lt;&amp;&gt;&quot;")
        #expect(XMLWriter.escape("Nghi\u{0323}") == "Nghị")
    }
}
