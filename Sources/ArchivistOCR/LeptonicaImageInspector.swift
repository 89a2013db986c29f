import ArchivistCore
import CLeptonica
import CTIFF
import Foundation

/// Reads page geometry from headers only: every directory of a TIFF through libtiff, PNG and
/// JPEG through Leptonica's header readers. A 60000×60000 scan is measured, never decoded.
public struct LeptonicaImageInspector: ImageInspector {
    public init() {
        LeptonicaQuiet.install()
    }

    public func inspect(_ url: URL) throws -> ImageInfo {
        let path = url.path
        let signature: FileSignature?
        do {
            signature = try FileSignature.read(url)
        } catch {
            throw ImageInspectionError.unreadableHeader(path: path, reason: (error as NSError).localizedDescription)
        }
        switch signature {
        case nil: throw ImageInspectionError.emptyFile(path: path)
        case .other(let kind): throw ImageInspectionError.unsupportedFormat(path: path, detected: kind)
        case .unknown(let leading): throw ImageInspectionError.notAnImage(path: path, leadingBytes: leading)
        case .image(.tiff): return ImageInfo(format: .tiff, pages: try tiffPages(path))
        case .image(.pdf): return try PDFScanInfo.inspect(url)
        case .image(let format): return ImageInfo(format: format, pages: [try headerPage(path, format: format)])
        }
    }

    private func tiffPages(_ path: String) throws -> [PageGeometry] {
        var errors = archivist_tiff_errors()
        func lastError() -> String {
            withUnsafeBytes(of: &errors.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        guard let tiff = archivist_tiff_open(path, &errors) else {
            throw ImageInspectionError.unreadableHeader(path: path, reason: "libtiff: \(lastError())")
        }
        defer { TIFFClose(tiff) }
        var pages: [PageGeometry] = []
        repeat {
            var width: UInt32 = 0, height: UInt32 = 0, bits: UInt16 = 1, samples: UInt16 = 1, unit: UInt16 = 2
            var resolution: Float = 0
            guard archivist_tiff_get_u32(tiff, UInt32(TIFFTAG_IMAGEWIDTH), &width) == 1,
                  archivist_tiff_get_u32(tiff, UInt32(TIFFTAG_IMAGELENGTH), &height) == 1, width > 0, height > 0 else {
                throw ImageInspectionError.unreadableHeader(path: path, reason: "page \(pages.count + 1) has no image size")
            }
            _ = archivist_tiff_get_u16(tiff, UInt32(TIFFTAG_BITSPERSAMPLE), &bits)
            _ = archivist_tiff_get_u16(tiff, UInt32(TIFFTAG_SAMPLESPERPIXEL), &samples)
            _ = archivist_tiff_get_u16(tiff, UInt32(TIFFTAG_RESOLUTIONUNIT), &unit)
            let hasResolution = archivist_tiff_get_float(tiff, UInt32(TIFFTAG_XRESOLUTION), &resolution) == 1 && resolution > 1
            let dpi = hasResolution ? Int((unit == UInt16(RESUNIT_CENTIMETER) ? resolution * 2.54 : resolution).rounded()) : nil
            pages.append(PageGeometry(width: Int(width), height: Int(height), dpi: dpi, bitsPerPixel: Int(bits) * Int(samples)))
        } while TIFFReadDirectory(tiff) == 1
        // A directory chain that breaks off (a truncated file) ends the loop with an error.
        let message = lastError()
        if !message.isEmpty { throw ImageInspectionError.unreadableHeader(path: path, reason: "libtiff: \(message)") }
        return pages
    }

    private func headerPage(_ path: String, format: ImageFormat) throws -> PageGeometry {
        var kind: Int32 = 0, width: Int32 = 0, height: Int32 = 0, bits: Int32 = 0, samples: Int32 = 0, colormap: Int32 = 0
        guard pixReadHeader(path, &kind, &width, &height, &bits, &samples, &colormap) == 0, width > 0, height > 0 else {
            throw ImageInspectionError.unreadableHeader(path: path, reason: "\(format.rawValue.uppercased()) header could not be parsed")
        }
        return PageGeometry(width: Int(width), height: Int(height), dpi: resolution(path, format: format),
                            bitsPerPixel: Int(bits * samples))
    }

    private func resolution(_ path: String, format: ImageFormat) -> Int? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var x: Int32 = 0, y: Int32 = 0
        let status = format == .png ? fgetPngResolution(file, &x, &y) : fgetJpegResolution(file, &x, &y)
        return status == 0 && x > 1 ? Int(x) : nil
    }
}

/// Leptonica prints every warning to stderr; the pipeline reports problems itself.
enum LeptonicaQuiet {
    private static let once: Void = {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
        archivist_tiff_silence()
    }()
    static func install() { once }
}
