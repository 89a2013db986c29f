import ArchivistCore

/// Builds a RecognizedPage from lines of positioned text, as Tesseract would return them:
/// each row is one engine line, each (x, text) a run of words starting at x (fraction of width).
struct PageBuilder {
    var width = 2480, height = 3508
    var rows: [(y: Double, runs: [(x: Double, text: String)])] = []
    /// Engine confidences for particular words (as printed); others get the page confidence.
    var wordConfidences: [String: Double] = [:]
    /// What the OCR stage's second read of a line made of particular words (as printed).
    var rereads: [String: String] = [:]
    /// The model of those second reads, when another than the page's.
    var rereadModel: String?

    /// The words of one line of text, as `page()` places them at the top left.
    static func words(_ line: String) -> [RecognizedWord] {
        var b = PageBuilder()
        b.row(0, (0, line))
        return b.page().words
    }

    mutating func row(_ y: Double, _ runs: (Double, String)...) {
        rows.append((y, runs.map { (x: $0.0, text: $0.1) }))
    }

    func page(number: Int = 1, confidence: Double = 95) -> RecognizedPage {
        var words: [RecognizedWord] = []
        for (index, row) in rows.enumerated() {
            let top = Int(row.y * Double(height))
            for run in row.runs {
                var left = Int(run.x * Double(width))
                for word in run.text.split(separator: " ") {
                    let right = left + word.count * 22
                    words.append(RecognizedWord(text: String(word), confidence: wordConfidences[String(word)] ?? confidence,
                                                box: PixelBox(left: left, top: top, right: right, bottom: top + 50),
                                                block: 1, line: index + 1, reread: rereads[String(word)],
                                                rereadModel: rereads[String(word)] == nil ? nil : rereadModel))
                    left = right + 14
                }
            }
        }
        let text = rows.map { $0.runs.map(\.text).joined(separator: " ") }.joined(separator: "\n")
        return RecognizedPage(number: number, location: PageLocation(filePosition: 0, pageInFile: number - 1), width: width,
                              height: height, dpi: 300, language: "vie", text: text, meanConfidence: confidence,
                              words: words, recognizeSeconds: 0)
    }
}
