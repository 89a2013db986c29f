import CLeptonica
import Foundation
import Testing
@testable import ArchivistOCR

@Suite("JPEG header reading for DCT passthrough")
struct JPEGHeaderTests {
    /// SOI, optional segments, then a baseline SOF0 of `components` for 32×16 pixels.
    private func jpeg(components: UInt8, segments: [[UInt8]] = [], frame: UInt8 = 0xC0) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8]
        for segment in segments { bytes += segment }
        let sof: [UInt8] = [8, 0, 16, 0, 32, components] + (0..<components).flatMap { [$0 + 1, 0x11, 0] }
        bytes += [0xFF, frame, 0, UInt8(sof.count + 2)] + sof
        return Data(bytes)
    }

    private let adobe: [UInt8] = [0xFF, 0xEE, 0, 14] + Array("Adobe".utf8) + [0, 100, 0, 0, 0, 0, 2]

    /// An EXIF APP1 segment (big-endian TIFF) holding only the orientation tag.
    private func exif(orientation: UInt8) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0]
        let body = Array("Exif".utf8) + [0, 0] + tiff
        return [0xFF, 0xE1, 0, UInt8(body.count + 2)] + body
    }

    /// An APP2 segment carrying chunk `number` of `count` of an ICC profile.
    private func icc(_ chunk: [UInt8], number: UInt8, of count: UInt8) -> [UInt8] {
        let body = Array("ICC_PROFILE".utf8) + [0, number, count] + chunk
        return [0xFF, 0xE2, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
    }

    @Test func adobeCMYKIsDecodedInverted() throws {
        let header = try #require(JPEGHeader.read(jpeg(components: 4, segments: [adobe])))
        #expect(header.width == 32 && header.height == 16 && header.components == 4 && header.hasAdobeMarker)
        #expect(PDFPageImage.jpeg(header, data: Data()).entries.contains("/Decode [1 0 1 0 1 0 1 0]"))
        let plain = try #require(JPEGHeader.read(jpeg(components: 4)))
        #expect(!PDFPageImage.jpeg(plain, data: Data()).entries.contains("/Decode"))
    }

    @Test func iccProfileChunksAreJoinedInSequenceOrder() throws {
        let split = [icc([4, 5, 6], number: 2, of: 3), icc([1, 2, 3], number: 1, of: 3), icc([7], number: 3, of: 3)]
        let whole = try #require(JPEGHeader.read(jpeg(components: 4, segments: split)))
        #expect(whole.iccProfile == Data([1, 2, 3, 4, 5, 6, 7]) && !whole.iccProfileIncomplete)
        let missing = try #require(JPEGHeader.read(jpeg(components: 4, segments: Array(split.prefix(2)))))
        #expect(missing.iccProfile == nil && missing.iccProfileIncomplete)
        let repeated = try #require(JPEGHeader.read(jpeg(components: 4, segments: split + [icc([9], number: 3, of: 3)])))
        #expect(repeated.iccProfile == nil && repeated.iccProfileIncomplete)
        let otherAPP2: [UInt8] = [0xFF, 0xE2, 0, 8] + Array("MPF".utf8) + [0, 1, 2]
        let none = try #require(JPEGHeader.read(jpeg(components: 3, segments: [otherAPP2])))
        #expect(none.iccProfile == nil && !none.iccProfileIncomplete)
    }

    @Test func cmykPagesGetAnICCProfileAndGrayAndRGBStayDeviceColour() throws {
        var header = try #require(JPEGHeader.read(jpeg(components: 4)))
        #expect(PDFPageImage.jpeg(header, data: Data()).color == .iccBased(profile: CMYKProfile.bytes, components: 4))
        var own = CMYKProfile.bytes
        own[100] = 1    // a reserved header byte: another profile, still a valid one
        header.iccProfile = own
        let embedded = PDFPageImage.jpeg(header, data: Data())
        #expect(embedded.color == .iccBased(profile: own, components: 4) && embedded.note == nil)
        #expect(PDFPageImage.jpeg(try #require(JPEGHeader.read(jpeg(components: 3))), data: Data()).color == .device("/DeviceRGB"))
        #expect(PDFPageImage.jpeg(try #require(JPEGHeader.read(jpeg(components: 1))), data: Data()).color == .device("/DeviceGray"))
    }

    @Test func unusableEmbeddedProfilesAreReplacedWithANote() throws {
        var header = try #require(JPEGHeader.read(jpeg(components: 4)))
        var version5 = CMYKProfile.bytes
        version5[8] = 5
        let cases: [(Data?, Bool, String)] = [
            (SRGBProfile.bytes, false, "for RGB data, the image is CMYK"),
            (version5, false, "ICC version 5"),
            (CMYKProfile.bytes.prefix(2000), false, "cut short"),
            (Data(count: 200), false, "not an ICC profile"),
            (nil, true, "incomplete"),
        ]
        for (profile, incomplete, reason) in cases {
            header.iccProfile = profile
            header.iccProfileIncomplete = incomplete
            let image = PDFPageImage.jpeg(header, data: Data())
            #expect(image.color == .iccBased(profile: CMYKProfile.bytes, components: 4))
            #expect(image.note?.contains(reason) == true, "\(image.note ?? "no note"): expected '\(reason)'")
        }
    }

    @Test func exifOrientationAndCodingAreRead() throws {
        #expect(JPEGHeader.read(jpeg(components: 3, segments: [exif(orientation: 6)]))?.exifOrientation == 6)
        #expect(JPEGHeader.read(jpeg(components: 1))?.exifOrientation == nil)
        #expect(JPEGHeader.read(jpeg(components: 1, frame: 0xC2))?.isDCTDecodable == true)
        #expect(JPEGHeader.read(jpeg(components: 1, frame: 0xC9))?.isDCTDecodable == false, "arithmetic coding")
        #expect(JPEGHeader.read(Data([0x89, 0x50, 0x4E, 0x47])) == nil)
    }

    @Test func leptonicaJPEGsAreReadAsWritten() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        for depth: Int32 in [8, 32] {
            let url = folder.appendingPathComponent("d\(depth).jpg")
            let image = try #require(PixImage(taking: pixCreate(40, 24, depth)))
            #expect(pixWriteJpeg(url.path, image.pointer, 80, 0) == 0)
            let header = try #require(JPEGHeader.read(try Data(contentsOf: url)))
            #expect(header.width == 40 && header.height == 24 && header.components == (depth == 8 ? 1 : 3))
        }
    }

    @Test("An Adobe CMYK JPEG renders with white paper and black ink",
          .enabled(if: PDFTestSupport.popplerAndQPDF && PDFTestSupport.has("python3"), "needs poppler-utils, qpdf and python3"))
    func cmykRendersRightWayRound() throws {
        let folder = try PDFTestSupport.temporaryFolder()
        defer { PDFTestSupport.remove(folder) }
        let url = folder.appendingPathComponent("cmyk.jpg")
        try PDFTestSupport.writeCMYKJPEG(to: url, patches: [.init(black: 255, box: (100, 100, 300, 200))])
        let header = try #require(JPEGHeader.read(try Data(contentsOf: url)))
        #expect(header.components == 4)
        let output = folder.appendingPathComponent("cmyk.pdf")
        let recognized = PDFTestSupport.page(width: 400, height: 300, dpi: 100, lines: ["MẬT"], origin: (10, 10), charWidth: 10, lineHeight: 20)
        let pdf = try SearchablePDFWriter(title: "CMYK")
            .write([SearchablePDFPage(source: url, pageInFile: 0, recognized: recognized, dpi: 100)], to: output)
        #expect(pdf.imageStorage == [.jpegPassthrough])
        #expect(try PDFTestSupport.images(output).map(\.color) == ["icc"])
        let source = try #require(PixImage(taking: pixCreate(400, 300, 1)))
        pixRasterop(source.pointer, 100, 100, 200, 100, Int32(PIX_SET), nil, 0, 0)
        let (expected, rendered) = try PDFTestSupport.inkFractions(source: source, pdf: output, dpi: 100, folder: folder)
        #expect(abs(expected - rendered) < 0.01, "ink \(expected) drawn, \(rendered) rendered: CMYK inverted?")
    }
}
