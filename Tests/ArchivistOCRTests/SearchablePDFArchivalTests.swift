import ArchivistCore
import CLeptonica
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ArchivistOCR

@Suite("Searchable PDF: PDF/A-2b properties, gray PNG, word geometry, errors")
struct SearchablePDFArchivalTests {
    private static let created = Date(timeIntervalSince1970: 1_718_000_000)

    private func memoPDF(in folder: URL) throws -> (url: URL, pdf: SearchablePDF) {
        let source = PDFTestSupport.sample("box-02/memo-handover-2025.png")
        let recognized = PDFTestSupport.page(width: 1653, height: 2339, dpi: 200, lines: ["Biên bản bàn giao", "chuyển đổi số"])
        let url = folder.appendingPathComponent("memo.pdf")
        let pdf = try SearchablePDFWriter(title: "Biên bản <bàn giao> & số hoá", producer: "Archivist 0.1", created: Self.created)
            .write([SearchablePDFPage(source: source, pageInFile: 0, recognized: recognized, dpi: 200)], to: url)
        return (url, pdf)
    }

    @Test("A gray PNG is stored losslessly as flate and renders with the same ink",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func grayPNG() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let (url, pdf) = try memoPDF(in: folder)
        #expect(pdf.imageStorage == [.flate])
        #expect(try PDFTestSupport.structuralProblems(url) == [])
        #expect(try PDFTestSupport.images(url).map { "\($0.width)x\($0.height) \($0.color) \($0.bits) \($0.encoding)" }
                == ["1653x2339 gray 8 image"])
        let source = try #require(PixImage(taking: pixRead(PDFTestSupport.sample("box-02/memo-handover-2025.png").path)))
        let (expected, rendered) = try PDFTestSupport.inkFractions(source: source, pdf: url, dpi: 200, folder: folder)
        #expect(abs(expected - rendered) < 0.002, "ink \(expected) in the scan, \(rendered) rendered")
        let pngBytes = try Data(contentsOf: PDFTestSupport.sample("box-02/memo-handover-2025.png")).count
        print("[pdf-size] gray PNG page (1653x2339, 200 dpi): \(pdf.data.count) bytes (PNG file \(pngBytes))")
    }

    @Test("PDF/A-2b by construction: header, XMP with pdfaid, sRGB OutputIntent, Info = XMP, ID, no encryption",
          .enabled(if: PDFTestSupport.popplerAndQPDF, PDFTestSupport.missingTools))
    func archivalStructure() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let (url, pdf) = try memoPDF(in: folder)
        #expect(pdf.data.prefix(10) == Data("%PDF-1.7\n%".utf8))
        #expect(pdf.data.dropFirst(10).prefix(4).allSatisfy { $0 >= 128 }, "binary comment line")
        #expect(try PDFTestSupport.run("qpdf", ["--is-encrypted", url.path]).status == 2, "qpdf: not encrypted")

        let catalog = try PDFTestSupport.run("qpdf", ["--show-object=1", url.path]).output
        #expect(catalog.contains("/Type /Catalog") && catalog.contains("/S /GTS_PDFA1"))
        let trailer = try PDFTestSupport.run("qpdf", ["--show-object=trailer", url.path]).output
        #expect(trailer.contains("/ID [") && !trailer.contains("/Encrypt"))

        let xmpNumber = try #require(reference(after: "/Metadata", in: catalog))
        let xmp = try PDFTestSupport.run("qpdf", ["--show-object=\(xmpNumber)", "--raw-stream-data", url.path]).output
        let document = try XMLDocument(data: Data(xmp.utf8))
        func value(_ name: String) throws -> String? { try document.nodes(forXPath: "//*[local-name()='\(name)']").first?.stringValue }
        #expect(try value("part") == "2")
        #expect(try value("conformance") == "B")
        #expect(try value("Producer") == "Archivist 0.1")
        #expect(try value("title") == "Biên bản <bàn giao> & số hoá")
        #expect(try value("CreateDate") == "2024-06-10T06:13:20Z")

        let info = try PDFTestSupport.run("pdfinfo", [url.path]).output
        func field(_ name: String) -> String? {
            PDFTestSupport.nfc(info).split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
        #expect(field("Producer") == "Archivist 0.1")
        #expect(field("Title") == "Biên bản <bàn giao> & số hoá")

        let profileNumber = try #require(reference(after: "/DestOutputProfile", in: catalog))
        let profile = try PDFTestSupport.run("qpdf", ["--show-object=\(profileNumber)", url.path]).output
        #expect(profile.contains("/N 3"))
        #expect(try pdfContains(url, stream: profileNumber, equalTo: SRGBProfile.bytes))
    }

    @Test("The generated sRGB profile is accepted by LittleCMS (through Pillow's ImageCms)",
          .enabled(if: PDFTestSupport.has("python3"), "needs python3 with Pillow (apt-get install python3-pil)"))
    func profileOpensInLittleCMS() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let icc = folder.appendingPathComponent("srgb.icc")
        try SRGBProfile.bytes.write(to: icc)
        let script = """
        import sys
        try:
            from PIL import Image, ImageCms
        except ImportError:
            print("no-pillow"); sys.exit(0)
        p = ImageCms.getOpenProfile(sys.argv[1])
        t = ImageCms.buildTransform(p, ImageCms.createProfile("sRGB"), "RGB", "RGB")
        px = ImageCms.applyTransform(Image.new("RGB", (1, 1), (200, 100, 50)), t).getpixel((0, 0))
        print(p.profile.xcolor_space.strip(), p.profile.profile_description, px)
        """
        let result = try PDFTestSupport.run("python3", ["-c", script, icc.path])
        try #require(!result.output.contains("no-pillow"), "Pillow is not installed: profile not checked")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("RGB sRGB IEC61966-2.1"), "\(result.output)")
        // Through our profile and back out to LittleCMS's own sRGB, a colour barely moves.
        let numbers = result.output.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.suffix(3)
        #expect(zip(numbers, [200, 100, 50]).allSatisfy { abs($0 - $1) <= 2 }, "\(result.output)")
    }

    /// The object number in `key N 0 R`.
    private func reference(after key: String, in dictionary: String) -> Int? {
        guard let range = dictionary.range(of: key + " ") else { return nil }
        return Int(dictionary[range.upperBound...].prefix { $0.isNumber })
    }

    /// Whether stream `number` decodes to exactly `expected`.
    private func pdfContains(_ pdf: URL, stream number: Int, equalTo expected: Data) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["qpdf", "--show-object=\(number)", "--filtered-stream-data", pdf.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data == expected
    }
}
