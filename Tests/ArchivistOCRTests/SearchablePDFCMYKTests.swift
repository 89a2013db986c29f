import Foundation
import Testing
@testable import ArchivistOCR

/// CMYK JPEG pages in the PDF/A-2b output: DCT bytes passed through, colour under an ICC
/// profile (the JPEG's own, else Archivist's), judged by qpdf, pdfimages, pdftoppm and pdftotext.
@Suite("CMYK JPEG pages under an ICC profile",
       .enabled(if: PDFTestSupport.popplerAndQPDF && PDFTestSupport.has("python3"), "needs poppler-utils, qpdf and python3"))
struct SearchablePDFCMYKTests {
    /// Ghostscript's SWOP-like CMYK profile (187 KB, so three APP2 segments); test data only (AGPL).
    static let swopProfile = URL(fileURLWithPath: "/usr/share/color/icc/ghostscript/default_cmyk.icc")
    static let red = (x: 100, y: 90), black = (x: 300, y: 210), paper = (x: 200, y: 30)

    /// A 400×300 Adobe CMYK JPEG by Pillow: paper, a red patch (M+Y) and a black one (K), the given profile embedded.
    private func cmykJPEG(in folder: URL, profile: URL? = nil) throws -> URL {
        let url = folder.appendingPathComponent("cmyk.jpg")
        try PDFTestSupport.writeCMYKJPEG(to: url, patches: [.init(magenta: 255, yellow: 255, box: (40, 40, 160, 140)),
                                                            .init(black: 255, box: (240, 160, 360, 260))], profile: profile)
        return url
    }

    /// Writes `copies` pages of the JPEG; checks what every CMYK page must pass and returns the PDF's
    /// notes and its ICC profile streams of four components.
    private func pdfChecks(_ jpeg: URL, copies: Int = 1, folder: URL) throws -> (notes: [String], profiles: [Data]) {
        let output = folder.appendingPathComponent("cmyk.pdf")
        let recognized = PDFTestSupport.page(width: 400, height: 300, dpi: 100, lines: ["CÔNG VĂN khẩn"],
                                             origin: (10, 150), charWidth: 12, lineHeight: 20)
        let page = SearchablePDFPage(source: jpeg, pageInFile: 0, recognized: recognized, dpi: 100)
        let pdf = try SearchablePDFWriter(title: "CMYK").write(Array(repeating: page, count: copies), to: output)
        #expect(pdf.imageStorage == Array(repeating: .jpegPassthrough, count: copies))
        #expect(try PDFTestSupport.structuralProblems(output).isEmpty)
        #expect(try PDFTestSupport.images(output).map(\.color) == Array(repeating: "icc", count: copies))
        #expect(try PDFTestSupport.extractedLines(output, pages: 1...1) == ["CÔNG VĂN khẩn"])

        let streams = try PDFTestSupport.streams(output)
        let images = streams.filter { $0.dictionary["/Subtype"] as? String == "/Image" }
        #expect(images.count == copies)
        let original = try Data(contentsOf: jpeg)
        var profiles: [Data] = []
        for image in images {
            #expect(image.data == original, "the DCT stream is not the JPEG's bytes")
            let space = try #require(image.dictionary["/ColorSpace"] as? [String])
            #expect(space.first == "/ICCBased")
            let profile = try #require(streams.first { $0.reference == space.last })
            #expect(profile.dictionary["/N"] as? Int == 4)
            profiles.append(profile.data)
        }
        #expect(Set(profiles).count == 1, "pages with the same profile share one stream")
        let iccStreams = streams.filter { $0.dictionary["/N"] as? Int == 4 }
        #expect(iccStreams.count == 1, "\(iccStreams.count) CMYK profile streams for one profile")
        return (pdf.notes, iccStreams.map(\.data))
    }

    /// Paper white, the red patch red and the black patch black in poppler's rendering.
    private func expectColours(_ pdf: URL, folder: URL) throws {
        let page = try PDFTestSupport.renderedInColour(pdf, dpi: 100, folder: folder)
        let paper = PDFTestSupport.rgb(page, x: Self.paper.x, y: Self.paper.y)
        let red = PDFTestSupport.rgb(page, x: Self.red.x, y: Self.red.y)
        let black = PDFTestSupport.rgb(page, x: Self.black.x, y: Self.black.y)
        #expect(paper.allSatisfy { $0 >= 235 }, "paper rendered \(paper)")
        #expect(red[0] >= 180 && red[1] <= 90 && red[2] <= 90, "red patch rendered \(red)")
        #expect(black.allSatisfy { $0 <= 70 }, "black patch rendered \(black)")
    }

    @Test("Without an embedded profile, Archivist's CMYK profile describes the page")
    func withoutProfile() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let jpeg = try cmykJPEG(in: folder)
        #expect(try #require(JPEGHeader.read(Data(contentsOf: jpeg))).iccProfile == nil)
        let (notes, profiles) = try pdfChecks(jpeg, folder: folder)
        #expect(notes.isEmpty)
        #expect(profiles == [CMYKProfile.bytes])
        try expectColours(folder.appendingPathComponent("cmyk.pdf"), folder: folder)
    }

    @Test("The JPEG's own CMYK profile, split over APP2 segments, is embedded once for all its pages",
          .enabled(if: FileManager.default.fileExists(atPath: swopProfile.path), "needs libgs-common (ghostscript's ICC profiles)"))
    func withEmbeddedProfile() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let jpeg = try cmykJPEG(in: folder, profile: Self.swopProfile)
        let swop = try Data(contentsOf: Self.swopProfile)
        #expect(try #require(JPEGHeader.read(Data(contentsOf: jpeg))).iccProfile == swop)
        let (notes, profiles) = try pdfChecks(jpeg, copies: 2, folder: folder)
        #expect(notes.isEmpty)
        #expect(profiles == [swop])
        try expectColours(folder.appendingPathComponent("cmyk.pdf"), folder: folder)
    }

    @Test("An RGB profile in a CMYK JPEG is replaced by Archivist's, with a note naming file and page")
    func mismatchedProfile() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let rgbProfile = folder.appendingPathComponent("srgb.icc")
        try SRGBProfile.bytes.write(to: rgbProfile)
        let jpeg = try cmykJPEG(in: folder, profile: rgbProfile)
        let (notes, profiles) = try pdfChecks(jpeg, folder: folder)
        #expect(profiles == [CMYKProfile.bytes])
        #expect(notes.count == 1)
        #expect(notes.first?.hasPrefix("\(jpeg.path): page 1 (document page 1): the JPEG's ICC profile is for RGB data") == true,
                "\(notes)")
        try expectColours(folder.appendingPathComponent("cmyk.pdf"), folder: folder)
    }

    @Test("LittleCMS (Pillow's ImageCms) reads Archivist's CMYK profile as the naive conversion")
    func profileReadByLittleCMS() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let profile = folder.appendingPathComponent("cmyk.icc")
        try CMYKProfile.bytes.write(to: profile)
        let colours: [[Int]] = [[0, 0, 0, 0], [0, 255, 255, 0], [255, 0, 0, 0], [0, 0, 255, 0], [0, 0, 0, 255],
                                [0, 0, 0, 128], [128, 64, 32, 16], [200, 150, 100, 50]]
        let script = """
        import sys
        try:
            from PIL import Image, ImageCms
        except ImportError:
            print("no-pillow"); sys.exit(0)
        cmyk = ImageCms.getOpenProfile(sys.argv[1])
        to_srgb = ImageCms.buildTransform(cmyk, ImageCms.createProfile("sRGB"), "CMYK", "RGB")
        for c in sys.argv[2:]:
            pixel = Image.new("CMYK", (1, 1), tuple(int(v) for v in c.split(",")))
            print(*ImageCms.applyTransform(pixel, to_srgb).getpixel((0, 0)))
        """
        let result = try PDFTestSupport.run("python3", ["-c", script, profile.path]
                                            + colours.map { $0.map(String.init).joined(separator: ",") })
        try #require(!result.output.contains("no-pillow"), "Pillow is not installed")
        #expect(result.status == 0, "\(result.output)")
        let rows = result.output.split(separator: "\n").map { $0.split(separator: " ").compactMap { Int($0) } }
        try #require(rows.count == colours.count, "\(result.output)")
        for (cmyk, rgb) in zip(colours, rows) {
            let paper = 255 - cmyk[3]
            let naive = cmyk.prefix(3).map { (255 - $0) * paper / 255 }
            #expect(zip(naive, rgb).allSatisfy { abs($0 - $1) <= 4 }, "CMYK \(cmyk): naive \(naive), LittleCMS \(rgb)")
        }
    }
}
