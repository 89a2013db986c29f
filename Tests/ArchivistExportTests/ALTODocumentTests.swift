import ArchivistCore
import ArchivistExport
import ArchivistTestSupport
import Foundation
import Testing

@Suite struct ALTODocumentTests {
    static let xmllint = ExternalTool.path("xmllint")
    static let schema = Scratch.schemas.appendingPathComponent("alto-4-2.xsd")

    /// Two recognized pages (the second blank) and one read from a PDF's text layer.
    func document() -> ALTODocument {
        let words = [("ĐẢNG", 1, 1), ("CỘNG", 1, 1), ("SẢN", 1, 1), ("A&B", 2, 2), ("<Mật>", 2, 3)].enumerated().map { index, word in
            RecognizedWord(text: word.0, confidence: 90 + Double(index), box: PixelBox(left: index * 100, top: word.2 * 50,
                                                                                      right: index * 100 + 90, bottom: word.2 * 50 + 40),
                           block: word.1, line: word.2)
        }
        func page(_ number: Int, _ language: String, _ words: [RecognizedWord], blank: Bool = false) -> RecognizedPage {
            RecognizedPage(number: number, location: PageLocation(filePosition: 0, pageInFile: number - 1), width: 2480, height: 3508, dpi: 300,
                           language: language, text: "", meanConfidence: 92, words: words, recognizeSeconds: 1,
                           preparation: blank ? PagePreparation(rotation: 0, skewDegrees: 0, sourceDPI: 300, preparedDPI: 300, binarized: true,
                                                                inkFraction: 0, blank: true, seconds: 0.01) : nil)
        }
        let pdfWord = RecognizedWord(text: "Kính gửi", confidence: 100, box: PixelBox(left: 10, top: 20, right: 200, bottom: 60), block: 1, line: 1)
        return ALTODocument(identifier: "document 7: box-01/nq-15.tif",
                            pages: [page(1, "vie", words), page(2, "vie", [], blank: true), page(3, "pdf-text", [pdfWord])],
                            files: [FileRecord(position: 0, name: "box-01/nq-15.tif", sha256: String(repeating: "ab", count: 32), byteCount: 10,
                                               format: .tiff, pageCount: 3)],
                            language: "vi", tesseractVersion: "5.3.0")
    }

    @Test func everyWordHasItsBoxAndConfidenceAndTheEngineIsNamed() {
        let xml = document().xml
        #expect(xml.components(separatedBy: "<String ").count - 1 == 6)
        #expect(xml.components(separatedBy: "<TextLine ").count - 1 == 4)
        #expect(xml.components(separatedBy: "<TextBlock ").count - 1 == 3)
        #expect(xml.contains("<String ID=\"p1_b2_l1_w1\" CONTENT=\"A&amp;B\" HPOS=\"300\" VPOS=\"100\" WIDTH=\"90\" HEIGHT=\"40\" WC=\"0.93\"/>"))
        #expect(xml.contains("CONTENT=\"&lt;Mật&gt;\"") && xml.contains("CONTENT=\"Kính gửi\""))
        #expect(xml.contains("<TextBlock ID=\"p1_b1\" HPOS=\"0\" VPOS=\"50\" WIDTH=\"290\" HEIGHT=\"40\" LANG=\"vi\">"))
        #expect(xml.contains("<softwareName>Tesseract</softwareName>") && xml.contains("<softwareVersion>5.3.0</softwareVersion>"))
        #expect(xml.contains("<MeasurementUnit>pixel</MeasurementUnit>") && xml.contains("<fileName>box-01/nq-15.tif</fileName>"))
        #expect(xml.contains("<Page ID=\"p2\" PHYSICAL_IMG_NR=\"2\" WIDTH=\"2480\" HEIGHT=\"3508\" PAGECLASS=\"blank\" PROCESSINGREFS=\"ocr\">"))
        #expect(xml.contains("<Page ID=\"p3\" PHYSICAL_IMG_NR=\"3\" WIDTH=\"2480\" HEIGHT=\"3508\" PROCESSINGREFS=\"pdf-text\" PC=\"0.92\">"))
    }

    @Test(.enabled(if: xmllint != nil, "xmllint not installed: apt-get install libxml2-utils"))
    func validAgainstTheALTOSchema() throws {
        let result = try validate(document().xml)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validates"), "\(result.output)")
        // The judge does judge: a confidence out of 0-1 and a String without CONTENT are refused.
        #expect(try validate(document().xml.replacingOccurrences(of: "WC=\"0.93\"", with: "WC=\"93\"")).status != 0)
        #expect(try validate(document().xml.replacingOccurrences(of: "CONTENT=\"A&amp;B\" ", with: "")).status != 0)
    }

    private func validate(_ xml: String) throws -> (status: Int32, output: String) {
        let url = try Scratch.folder().appendingPathComponent("document.alto.xml")
        try Data(xml.utf8).write(to: url)
        return try ExternalTool.run(try #require(Self.xmllint), ["--nonet", "--noout", "--schema", Self.schema.path, url.path])
    }
}
