import ArchivistCore
import ArchivistOCR
import ArchivistTestSupport
import Foundation
import Testing

private let inspector = LeptonicaImageInspector()

@Test func multiPageTIFFHasEveryPageWithItsResolution() throws {
    let info = try inspector.inspect(Samples.file("box-02/qd-45-ubnd.tif"))
    #expect(info.format == .tiff)
    #expect(info.pages.count == 3)
    #expect(info.pages.allSatisfy { $0.dpi == 300 && $0.bitsPerPixel == 1 && $0.width > 2000 })
}

@Test func pngAndJPEGResolutionComesFromTheirHeaders() throws {
    let png = try inspector.inspect(Samples.file("box-01/kl-45-hu.png"))
    #expect(png.format == .png && png.pages.count == 1 && png.pages[0].dpi == 200)
    let jpeg = try inspector.inspect(Samples.file("box-02/ct-05-ubnd.jpg"))
    #expect(jpeg.format == .jpeg && jpeg.pages[0].dpi == 200 && jpeg.pages[0].bitsPerPixel == 8)
}

@Test func hugeImageIsMeasuredWithoutDecoding() throws {
    let file = try Samples.scratchFolder().appendingPathComponent("huge.png")
    try pngHeaderOnly(width: 60000, height: 60000).write(to: file)
    let info = try inspector.inspect(file)
    #expect(info.pages == [PageGeometry(width: 60000, height: 60000, dpi: nil, bitsPerPixel: 8)])
}

@Test func badFilesAreRejectedWithTheirReason() throws {
    let folder = try Samples.scratchFolder()
    let empty = folder.appendingPathComponent("empty.tif")
    try Data().write(to: empty)
    let text = folder.appendingPathComponent("notes.png")
    try Data("Hello, this is not a scan".utf8).write(to: text)
    let gif = folder.appendingPathComponent("scan.tif")
    try Data("GIF89a\u{1}\u{0}".utf8).write(to: gif)
    let brokenPDF = folder.appendingPathComponent("broken.pdf")
    try Data("%PDF-1.4\n1 0 obj\n".utf8).write(to: brokenPDF)
    let truncated = folder.appendingPathComponent("truncated.tif")
    try Data(try Data(contentsOf: Samples.file("box-02/qd-45-ubnd.tif")).prefix(20000)).write(to: truncated)

    #expect(throws: ImageInspectionError.emptyFile(path: empty.path)) { try inspector.inspect(empty) }
    #expect(throws: ImageInspectionError.notAnImage(path: text.path, leadingBytes: "'Hello, t'")) { try inspector.inspect(text) }
    #expect(throws: ImageInspectionError.unsupportedFormat(path: gif.path, detected: "GIF")) { try inspector.inspect(gif) }
    #expect { try inspector.inspect(brokenPDF) } throws: { "\($0)".contains(brokenPDF.path) && "\($0)".contains("complete PDF") }
    #expect { try inspector.inspect(truncated) } throws: { error in
        guard case .unreadableHeader(let path, _) = error as? ImageInspectionError else { return false }
        return path == truncated.path
    }
}
