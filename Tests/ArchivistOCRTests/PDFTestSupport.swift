import ArchivistCore
import ArchivistTestSupport
import Foundation
import Testing
@testable import ArchivistOCR

/// Outside tools that judge the PDFs, sample files, and hand-made OCR results.
enum PDFTestSupport {
    static func sample(_ name: String) -> URL { Samples.file(name) }

    /// Whether an executable is on PATH.
    static func has(_ tool: String) -> Bool { ExternalTool.path(tool) != nil }

    static let popplerAndQPDF = ["qpdf", "pdffonts", "pdftotext", "pdfimages", "pdftoppm"].allSatisfy(has)
    static let missingTools: Comment = "needs qpdf and poppler-utils (apt-get install qpdf poppler-utils)"

    /// Runs a tool; returns its exit status and standard output (stderr is appended after a marker).
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: stdout, as: UTF8.self)
        let errors = String(decoding: stderr, as: UTF8.self)
        return (process.terminationStatus, errors.isEmpty ? text : text + "\n[stderr]\n" + errors)
    }

    /// Removes a test's folder unless ARCHIVIST_KEEP_TEST_FILES is set (to look at the PDFs).
    static func remove(_ folder: URL) {
        guard ProcessInfo.processInfo.environment["ARCHIVIST_KEEP_TEST_FILES"] == nil else { return print("[kept] \(folder.path)") }
        try? FileManager.default.removeItem(at: folder)
    }

    static func temporaryFolder() throws -> URL {
        try TestScratch.folder("pdf")
    }

    /// A recognized page with the given lines of words laid out left to right from `origin`,
    /// each character `charWidth` pixels wide, lines `lineHeight` apart.
    static func page(width: Int, height: Int, dpi: Int, lines: [String], origin: (x: Int, y: Int) = (200, 300),
                     charWidth: Int = 30, lineHeight: Int = 60, number: Int = 1) -> RecognizedPage {
        var words: [RecognizedWord] = []
        for (lineIndex, line) in lines.enumerated() {
            var x = origin.x
            let top = origin.y + lineIndex * lineHeight
            for word in line.split(separator: " ") {
                let right = x + word.count * charWidth
                words.append(RecognizedWord(text: String(word), confidence: 95,
                                            box: PixelBox(left: x, top: top, right: right, bottom: top + lineHeight * 2 / 3),
                                            block: 1, line: lineIndex + 1))
                x = right + charWidth
            }
        }
        let text = lines.joined(separator: "\n")
        return RecognizedPage(number: number, location: PageLocation(filePosition: 0, pageInFile: 0), width: width,
                              height: height, dpi: dpi, language: "vie", text: text, meanConfidence: 95, words: words,
                              recognizeSeconds: 0)
    }

    /// qpdf's structural check and pdffonts' embedding column, the two checks every PDF must pass.
    static func structuralProblems(_ pdf: URL) throws -> [String] {
        var problems: [String] = []
        let check = try run("qpdf", ["--check", pdf.path])
        if check.status != 0 || !check.output.contains("No syntax or stream encoding errors found") {
            problems.append("qpdf --check: \(check.output)")
        }
        let fonts = try run("pdffonts", [pdf.path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        if fonts.status != 0 || rows.isEmpty { problems.append("pdffonts lists no font: \(fonts.output)") }
        for row in rows {
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the right.
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            if columns.count < 7 || columns[columns.count - 5] != "yes" { problems.append("font not embedded: \(row)") }
        }
        return problems
    }

    /// `pdfimages -list` rows as (page, width, height, color, bpc, encoding).
    static func images(_ pdf: URL) throws -> [(page: Int, width: Int, height: Int, color: String, bits: Int, encoding: String)] {
        let list = try run("pdfimages", ["-list", pdf.path])
        return list.output.split(separator: "\n").dropFirst(2).compactMap { row in
            let c = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard c.count >= 10, let page = Int(c[0]), let w = Int(c[3]), let h = Int(c[4]), let bpc = Int(c[7]) else { return nil }
            return (page, w, h, c[5], bpc, c[8])
        }
    }

    static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// pdftotext's non-empty lines of the given pages (1-based, inclusive), NFC.
    static func extractedLines(_ pdf: URL, pages: ClosedRange<Int>? = nil) throws -> [String] {
        let range = pages.map { ["-f", "\($0.lowerBound)", "-l", "\($0.upperBound)"] } ?? []
        let text = try run("pdftotext", range + [pdf.path, "-"]).output
        return nfc(text).components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }
}
