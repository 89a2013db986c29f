import ArchivistCore
import Foundation

/// Reads the text layer a PDF page already has (pdftotext -bbox-layout), as a recognized page:
/// words with boxes in pixels at `dpi`, blocks and lines as the PDF lays them out, confidence
/// 100 (the text was not guessed). Used instead of OCR unless OCR is forced.
public enum PDFTextReader {
    /// The language a page read from a text layer is recorded with: the text was not recognized.
    public static let language = "pdf-text"

    public static func page(_ request: PageRequest, dpi: Int) throws -> RecognizedPage {
        let path = request.url.path
        let number = "\(request.location.pageInFile + 1)"
        let xhtml = String(decoding: try Poppler.run("pdftotext", ["-bbox-layout", "-f", number, "-l", number, path, "-"], for: path),
                           as: UTF8.self)
        let scale = Double(dpi) / 72
        var words: [RecognizedWord] = []
        var block = 0, line = 0
        var size = (width: 0.0, height: 0.0)
        for tag in xhtml.matches(of: /<(page|block|line|word)\b([^>]*)>(?:([^<]*)<\/word>)?/) {
            let attributes = Self.attributes(String(tag.2))
            switch tag.1 {
            case "page": size = (attributes["width"] ?? 0, attributes["height"] ?? 0)
            case "block": block += 1
            case "line": line += 1
            default:
                let text = Self.unescaped(String(tag.3 ?? "")).precomposedStringWithCanonicalMapping
                guard !text.isEmpty else { continue }
                let box = PixelBox(left: Int((attributes["xMin"] ?? 0) * scale), top: Int((attributes["yMin"] ?? 0) * scale),
                                   right: Int((attributes["xMax"] ?? 0) * scale), bottom: Int((attributes["yMax"] ?? 0) * scale))
                words.append(RecognizedWord(text: text, confidence: 100, box: box, block: block, line: line))
            }
        }
        let width = Int(size.width * scale), height = Int(size.height * scale)
        return RecognizedPage(number: request.number, location: request.location, width: width, height: height, dpi: dpi,
                              language: language, text: ReadingOrder.text(of: words, pageWidth: max(width, 1)),
                              meanConfidence: 100, words: words, recognizeSeconds: 0)
    }

    nonisolated(unsafe) private static let attribute = /(\w+)="([-\d.]+)"/

    private static func attributes(_ text: String) -> [String: Double] {
        var result: [String: Double] = [:]
        for match in text.matches(of: attribute) { result[String(match.1)] = Double(match.2) }
        return result
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
