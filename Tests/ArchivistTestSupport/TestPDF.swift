import Foundation

/// A tiny PDF writer for test input: `pages` pages of Helvetica text, a classic
/// xref table, an /Info dictionary and an /ID. Its text layer is what pdftotext reads.
/// `rotate` goes on the page tree (inherited by every page), `cropBox` on each page.
public enum TestPDF {
    public static func make(pages: Int = 1, title: String = "Test document", rotate: Int = 0, cropBox: [Int]? = nil) -> Data {
        var objects: [String] = []
        let pageNumbers = (0..<pages).map { 5 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages) /Rotate \(rotate) >>")
        let crop = cropBox.map { " /CropBox [\($0.map(String.init).joined(separator: " "))]" } ?? ""
        objects.append("<< /Title (\(title)) /Producer (Archivist tests) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for page in 0..<pages {
            let text = "BT /F1 18 Tf 72 720 Td (\(title), page \(page + 1)) Tj ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]\(crop) /Resources << /Font << /F1 4 0 R >> >> /Contents \(pageNumbers[page] + 1) 0 R >>")
            objects.append("<< /Length \(text.utf8.count) >>\nstream\n\(text)\nendstream")
        }
        var output = "%PDF-1.7\n%\u{e2}\u{e3}\u{cf}\u{d3}\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 3 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }
}
