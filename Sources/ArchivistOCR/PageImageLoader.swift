import ArchivistCore
import CLeptonica
import Foundation

/// Decodes one page of a scan into a Leptonica image ready for the engine: 1-bit pages stay
/// 1-bit; colour, palette, alpha and 16-bit pages become 8-bit gray. A colour page being
/// prepared has its red print darkened and its red office seals whitened (`RedInk`).
enum PageImageLoader {
    struct Page {
        var image: PixImage
        /// Resolution as the request or the file gives it; nil if neither does.
        var dpi: Int?
        /// Seals taken out of a colour page; nil for pages that had no colour or kept them.
        var sealsDropped: Int?
    }

    /// Resolution assumed when a file carries none: A4 width (8.27 in) gives the estimate,
    /// clamped to the usual scanning range.
    static func estimatedDPI(width: Int) -> Int {
        min(max(Int((Double(width) / 8.27).rounded()), 70), 1200)
    }

    static func load(_ request: PageRequest) throws -> Page {
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
        let dpi = request.dpi ?? (image.horizontalResolution > 1 ? image.horizontalResolution : nil)
        if image.depth == 1 || (image.depth == 8 && pixGetColormap(image.pointer) == nil) { return Page(image: image, dpi: dpi) }
        var source = image
        if image.depth == 32, pixGetSpp(image.pointer) == 4, let opaque = PixImage(taking: pixRemoveAlpha(image.pointer)) {
            source = opaque
        }
        guard let gray = PixImage(taking: pixConvertTo8(source.pointer, 0)) else {
            throw RecognitionError.undecodable(path: path, page: request.number, reason: "\(image.depth)-bit pixels could not be converted to gray")
        }
        guard let options = request.preparation, source.depth == 32 || pixGetColormap(source.pointer) != nil,
              let colour = source.depth == 32 ? source : PixImage(taking: pixConvertTo32(source.pointer)) else { return Page(image: gray, dpi: dpi) }
        let prepared = RedInk.gray(gray, colour: colour, dpi: dpi ?? estimatedDPI(width: image.width), dropSeals: options.dropSeals)
        return Page(image: prepared.gray, dpi: dpi, sealsDropped: prepared.seals)
    }
}
