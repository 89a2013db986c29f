import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("A scanned PDF page's JPEG goes into the searchable PDF as it is stored")
struct PDFPageJPEGTests {
    private static let scan = PDFTestSupport.sample("box-02/ct-05-ubnd.jpg") // gray, 1653×2339, 200 dpi

    /// A one-page PDF drawing the JPEG with `matrix` (its own size in points when nil), then `extra` operators.
    private static func scannedPDF(at url: URL, matrix: String? = nil, imageEntries: String = "", extra: String = "") throws {
        let jpeg = try Data(contentsOf: scan)
        let (w, h) = (1653.0 * 72 / 200, 2339.0 * 72 / 200)
        let content = "q \(matrix ?? "\(w) 0 0 \(h) 0 0") cm /Im0 Do Q\n\(extra)"
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(w) \(h)] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".utf8),
            Data("<< /Type /XObject /Subtype /Image /Width 1653 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode \(imageEntries) /Length \(jpeg.count) >>\nstream\n".utf8) + jpeg + Data("\nendstream".utf8),
            Data("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream".utf8),
        ]
        var pdf = Data("%PDF-1.7\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Data("\(index + 1) 0 obj\n".utf8) + body + Data("\nendobj\n".utf8)
        }
        let xref = pdf.count
        pdf += Data("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { pdf += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        pdf += Data("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        try pdf.write(to: url)
    }

    @Test("An upright full-page JPEG is taken out byte for byte and the searchable PDF carries it",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func uprightPageKeepsItsJPEG() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let input = folder.appendingPathComponent("scan.pdf")
        try Self.scannedPDF(at: input)
        #expect(try PDFPageJPEG.extract(input, page: 0) == Data(contentsOf: Self.scan))

        let page = SearchablePDFPage(source: input, pageInFile: 0,
                                     recognized: PDFTestSupport.page(width: 1653, height: 2339, dpi: 200, lines: ["Chỉ thị số 05"]), dpi: 200)
        let output = folder.appendingPathComponent("out.pdf")
        let pdf = try SearchablePDFWriter(title: "Chỉ thị 05").write([page], to: output)
        #expect(pdf.imageStorage == [.jpegPassthrough])
        #expect(try PDFTestSupport.structuralProblems(output) == [])
        #expect(try PDFTestSupport.extractedLines(output) == ["Chỉ thị số 05"])
        let rendered = try SearchablePDFWriter(title: "Chỉ thị 05").render([page]).data.count
        print("[pdf-size] scanned PDF page (gray JPEG, 200 dpi): \(rendered) bytes (was a lossless rendering before)")
    }

    @Test("A mirrored, a negative or an overdrawn page is rendered instead",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func otherPagesAreRendered() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let (w, h) = (1653.0 * 72 / 200, 2339.0 * 72 / 200)
        let cases: [(String, String?, String, String)] = [
            ("mirrored", "-\(w) 0 0 \(h) \(w) 0", "", ""),
            ("negative", nil, "/Decode [1 0]", ""),
            ("overdrawn", nil, "", "0 g 0 0 \(w / 2) \(h) re f"),
        ]
        for (name, matrix, entries, extra) in cases {
            let input = folder.appendingPathComponent("\(name).pdf")
            try Self.scannedPDF(at: input, matrix: matrix, imageEntries: entries, extra: extra)
            #expect(try PDFPageJPEG.extract(input, page: 0) == nil, "\(name)")
        }
    }
}
