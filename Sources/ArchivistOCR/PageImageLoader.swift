import ArchivistCore
import CLeptonica
import Foundation

/// Decodes one page of a scan into a Leptonica image ready for the engine: 1-bit pages stay
/// 1-bit; colour, palette, alpha and 16-bit pages become 8-bit gray.
enum PageImageLoader {
    /// Resolution assumed when a file carries none: A4 width (8.27 in) gives the estimate,
    /// clamped to the usual scanning range.
    static func estimatedDPI(width: Int) -> Int {
        min(max(Int((Double(width) / 8.27).rounded()), 70), 1200)
    }

    /// The decoded page and its resolution as the request or the file gives it (nil if neither does).
    static func load(_ request: PageRequest) throws -> (image: PixImage, dpi: Int?) {
        LeptonicaQuiet.install()
        let path = request.url.path
        var decoded: PixImage?
        switch try? FileSignature.read(request.url) {
        case .image(.tiff):
            decoded = PixImage(taking: pixReadTiff(path, Int32(request.location.pageInFile)))
        case .image(.pdf):
            decoded = try PDFPageRenderer.render(request.url, page: request.location.pageInFile, dpi: request.dpi ?? PDFScanInfo.defaultDPI)
        case .image(.jpeg):
            decoded = PixImage(taking: pixRead(path))
            if let image = decoded, let header = try? JPEGHeader.read(Data(contentsOf: request.url, options: .mappedIfSafe)),
               let orientation = header.exifOrientation, let upright = image.turnedUpright(exifOrientation: orientation) {
                decoded = upright
            }
        default:
            decoded = PixImage(taking: pixRead(path))
        }
        guard let image = decoded else {
            throw RecognitionError.undecodable(path: path, page: request.number, reason: "Leptonica could not read the pixels")
        }
        let page = try normalizedDepth(image, request: request)
        return (page, request.dpi ?? (image.horizontalResolution > 1 ? image.horizontalResolution : nil))
    }

    private static func normalizedDepth(_ image: PixImage, request: PageRequest) throws -> PixImage {
        if image.depth == 1 || (image.depth == 8 && pixGetColormap(image.pointer) == nil) { return image }
        var source = image
        if image.depth == 32, pixGetSpp(image.pointer) == 4, let opaque = PixImage(taking: pixRemoveAlpha(image.pointer)) {
            source = opaque
        }
        guard let gray = PixImage(taking: pixConvertTo8(source.pointer, 0)) else {
            throw RecognitionError.undecodable(path: request.url.path, page: request.number,
                                               reason: "\(image.depth)-bit pixels could not be converted to gray")
        }
        return gray
    }
}
