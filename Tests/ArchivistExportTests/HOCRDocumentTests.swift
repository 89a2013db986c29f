import ArchivistCore
import ArchivistExport
import ArchivistTestSupport
import Foundation
import Testing

@Test func hocrListsEveryWordWithItsBoxAndConfidence() throws {
    let words = [("ĐẢNG", 1, 1), ("CỘNG", 1, 1), ("SẢN", 1, 1), ("A&B", 2, 2), ("<Mật>", 2, 3)].enumerated().map { index, word in
        RecognizedWord(text: word.0, confidence: 90 + Double(index), box: PixelBox(left: index * 100, top: word.2 * 50, right: index * 100 + 90,
                                                                                  bottom: word.2 * 50 + 40), block: word.1, line: word.2)
    }
    let page = RecognizedPage(number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 2480, height: 3508, dpi: 300,
                              language: "vie", text: "", meanConfidence: 92, words: words, recognizeSeconds: 1)
    let hocr = HOCRDocument.xhtml(title: "Nghị quyết 15-NQ/TU", pages: [page])
    #expect(hocr.components(separatedBy: "class=\"ocrx_word\"").count - 1 == 5)
    #expect(hocr.components(separatedBy: "class=\"ocr_line\"").count - 1 == 3)
    #expect(hocr.contains("title=\"bbox 300 100 390 140; x_wconf 93\">A&amp;B</span>"))
    #expect(hocr.contains("&lt;Mật&gt;") && hocr.contains("ppageno 0; scan_res 300 300"))
    if let xmllint = ExternalTool.path("xmllint") {
        let file = try TestScratch.path("page", suffix: ".hocr.html")
        try Data(hocr.utf8).write(to: file)
        #expect(try ExternalTool.run(xmllint, ["--noout", "--nonet", file.path]).status == 0)
    }
}
