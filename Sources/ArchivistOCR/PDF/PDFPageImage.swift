import Foundation

/// How a page's image was stored in the PDF.
public enum PDFImageStorage: String, Sendable, Hashable {
    /// The TIFF's CCITT G4 strip copied byte for byte.
    case ccittPassthrough = "ccitt (passthrough)"
    /// A bilevel page encoded as CCITT G4 by Leptonica.
    case ccittEncoded = "ccitt (encoded)"
    /// The JPEG file's bytes copied as they are.
    case jpegPassthrough = "jpeg (passthrough)"
    /// The JPEG's DCT coefficients kept, their entropy coding re-done smaller (`JPEGRecoding`).
    case jpegRecoded = "jpeg (re-coded, same coefficients)"
    /// A lossless page stored as JPEG because the pipeline asked for it (`gray_pages: jpeg`).
    case jpegEncoded = "jpeg (encoded)"
    /// Lossless flate, copied from a PNG's IDAT data when Leptonica could, else compressed.
    case flate = "flate"
}

/// An image's colour space: a device one written inline, or an ICC profile in its own stream.
enum PDFImageColor: Equatable {
    /// `/DeviceGray`, `/DeviceRGB` or an `[/Indexed /DeviceRGB …]` array.
    case device(String)
    case iccBased(profile: Data, components: Int)
}

/// One page image ready to be written as an image XObject.
struct PDFPageImage {
    var width: Int
    var height: Int
    var storage: PDFImageStorage
    var color: PDFImageColor
    /// `/Filter`, `/BitsPerComponent` and any `/DecodeParms` or `/Decode` entries.
    var entries: String
    var data: Data
    /// What the reader of the PDF should know about how the page was stored, if anything.
    var note: String?

    /// A CCITT G4 image; `blackIsOne` for min-is-black data.
    static func ccitt(width: Int, height: Int, blackIsOne: Bool, data: Data, storage: PDFImageStorage) -> PDFPageImage {
        let parameters = "/K -1 /Columns \(width) /Rows \(height)" + (blackIsOne ? " /BlackIs1 true" : "")
        return PDFPageImage(width: width, height: height, storage: storage, color: .device("/DeviceGray"),
                            entries: "/Filter /CCITTFaxDecode /DecodeParms << \(parameters) >> /BitsPerComponent 1",
                            data: data)
    }

    /// The JPEG file as it is. Gray and RGB stay device colour (PDF/A-2 allows both under the
    /// sRGB output intent); CMYK, which it does not, gets the JPEG's own ICC profile when PDF/A
    /// can take it, else Archivist's `CMYKProfile`. CMYK from Adobe software is stored inverted.
    static func jpeg(_ header: JPEGHeader, data: Data, storage: PDFImageStorage = .jpegPassthrough) -> PDFPageImage {
        var entries = "/Filter /DCTDecode /BitsPerComponent 8"
        let color: PDFImageColor
        var note: String?
        switch header.components {
        case 1: color = .device("/DeviceGray")
        case 4:
            if header.hasAdobeMarker { entries += " /Decode [1 0 1 0 1 0 1 0]" }
            let problem = header.iccProfile.map { ICCProfileHeader.problem(with: $0, components: 4) }
                ?? (header.iccProfileIncomplete ? "incomplete (APP2 segments missing)" : nil)
            if let profile = header.iccProfile, problem == nil {
                color = .iccBased(profile: profile, components: 4)
            } else {
                color = .iccBased(profile: CMYKProfile.bytes, components: 4)
                note = problem.map { "the JPEG's ICC profile is \($0): the CMYK page is described by '\(CMYKProfile.description)' instead" }
            }
        default: color = .device("/DeviceRGB")
        }
        return PDFPageImage(width: header.width, height: header.height, storage: storage, color: color,
                            entries: entries, data: data, note: note)
    }

    /// Flate data with gray, RGB or indexed colour; `predictor` when rows carry PNG filter bytes.
    static func flate(width: Int, height: Int, bits: Int, colors: Int, palette: String?, predictor: Bool,
                      data: Data) -> PDFPageImage {
        var entries = "/Filter /FlateDecode /BitsPerComponent \(bits)"
        let color: PDFImageColor
        if let palette, let count = paletteCount(palette) {
            color = .device("[/Indexed /DeviceRGB \(count - 1) \(palette)]")
        } else {
            color = .device(colors == 1 ? "/DeviceGray" : "/DeviceRGB")
        }
        if predictor {
            let pixelColors = palette == nil ? colors : 1
            entries += " /DecodeParms << /Predictor 15 /Colors \(pixelColors) /BitsPerComponent \(bits) /Columns \(width) >>"
        }
        return PDFPageImage(width: width, height: height, storage: .flate, color: color, entries: entries, data: data)
    }

    /// Entries of a `<rrggbb…>` palette string.
    private static func paletteCount(_ hex: String) -> Int? {
        let digits = hex.filter(\.isHexDigit).count
        return digits >= 6 ? digits / 6 : nil
    }
}
