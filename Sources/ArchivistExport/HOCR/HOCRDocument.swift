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
            for (blockIndex, block) in grouped(page.words, by: \.block).enumerated() {
                out += " <div class=\"ocr_carea\" id=\"block_\(page.number)_\(blockIndex + 1)\" title=\"\(bbox(block))\">\n"
                for (lineIndex, line) in grouped(block, by: \.line).enumerated() {
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

    /// Consecutive words sharing the key, in order.
    private static func grouped(_ words: [RecognizedWord], by key: KeyPath<RecognizedWord, Int>) -> [[RecognizedWord]] {
        var groups: [[RecognizedWord]] = []
        for word in words {
            if let last = groups.last?.last, last[keyPath: key] == word[keyPath: key] {
                groups[groups.count - 1].append(word)
            } else {
                groups.append([word])
            }
        }
        return groups
    }

    private static func bbox(_ words: [RecognizedWord]) -> String {
        let left = words.map(\.box.left).min() ?? 0, top = words.map(\.box.top).min() ?? 0
        let right = words.map(\.box.right).max() ?? 0, bottom = words.map(\.box.bottom).max() ?? 0
        return "bbox \(left) \(top) \(right) \(bottom)"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
