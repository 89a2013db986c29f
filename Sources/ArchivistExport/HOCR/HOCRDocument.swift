import ArchivistCore
import Foundation

/// hOCR (XHTML with ocr_page / ocr_carea / ocr_line / ocrx_word and their bbox and x_wconf),
/// the format other OCR tools, viewers and correction editors read.
public enum HOCRDocument {
    public static func xhtml(title: String, pages: [RecognizedPage]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
            <head>
            <title>\(escaped(title))</title>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
            <meta name="ocr-system" content="archivist (tesseract)"/>
            <meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_line ocrx_word"/>
            </head>
            <body>

            """
        for page in pages {
            out += "<div class=\"ocr_page\" id=\"page_\(page.number)\" title=\"bbox 0 0 \(page.width) \(page.height); ppageno \(page.number - 1); scan_res \(page.dpi) \(page.dpi)\">\n"
            for (blockIndex, block) in WordRuns.grouped(page.words, by: \.block).enumerated() {
                out += " <div class=\"ocr_carea\" id=\"block_\(page.number)_\(blockIndex + 1)\" title=\"\(bbox(block))\">\n"
                for (lineIndex, line) in WordRuns.grouped(block, by: \.line).enumerated() {
                    out += "  <span class=\"ocr_line\" id=\"line_\(page.number)_\(blockIndex + 1)_\(lineIndex + 1)\" title=\"\(bbox(line))\">"
                    out += line.map { word in
                        "<span class=\"ocrx_word\" title=\"\(bbox([word])); x_wconf \(Int(word.confidence.rounded()))\">\(escaped(word.text))</span>"
                    }.joined(separator: " ")
                    out += "</span>\n"
                }
                out += " </div>\n"
            }
            out += "</div>\n"
        }
        return out + "</body>\n</html>\n"
    }

    private static func bbox(_ words: [RecognizedWord]) -> String {
        let box = WordRuns.bounds(words)
        return "bbox \(box.left) \(box.top) \(box.right) \(box.bottom)"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
