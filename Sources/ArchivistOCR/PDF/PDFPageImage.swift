import Foundation

/// How a page's image was stored in the PDF.
public enum PDFImageStorage: String, Sendable, Hashable {
    /// The TIFF's CCITT G4 strip copied byte for byte.
    case ccittPassthrough = "ccitt (passthrough)"
    /// A bilevel page encoded as CCITT G4 by Leptonica.
    case ccittEncoded = "ccitt (encoded)"
    /// The JPEG file's bytes copied as they are.
    case jpegPassthrough = "jpeg (passthrough)"
    /// Lossless flate, copied from a PNG's IDAT data when Leptonica could, else compressed.
    case flate = "flate"
}

/// One page image ready to be written as an image XObject.
struct PDFPageImage {
    var width: Int
    var height: Int
    var storage: PDFImageStorage
    /// `/Filter`, `/ColorSpace`, `/BitsPerComponent` and any `/DecodeParms` or `/Decode` entries.
    var entries: String
    var data: Data

    /// A CCITT G4 image; `blackIsOne` for min-is-black data.
    static func ccitt(width: Int, height: Int, blackIsOne: Bool, data: Data, storage: PDFImageStorage) -> PDFPageImage {
        let parameters = "/K -1 /Columns \(width) /Rows \(height)" + (blackIsOne ? " /BlackIs1 true" : "")
        return PDFPageImage(width: width, height: height, storage: storage,
                            entries: "/Filter /CCITTFaxDecode /DecodeParms << \(parameters) >> /ColorSpace /DeviceGray /BitsPerComponent 1",
                            data: data)
    }

    /// The JPEG file as it is; CMYK from Adobe software is stored inverted.
    static func jpeg(_ header: JPEGHeader, data: Data) -> PDFPageImage {
        var entries = "/Filter /DCTDecode /BitsPerComponent 8 /ColorSpace "
        switch header.components {
        case 1: entries += "/DeviceGray"
        case 4: entries += "/DeviceCMYK" + (header.hasAdobeMarker ? " /Decode [1 0 1 0 1 0 1 0]" : "")
        default: entries += "/DeviceRGB"
        }
        return PDFPageImage(width: header.width, height: header.height, storage: .jpegPassthrough, entries: entries, data: data)
    }

    /// Flate data with gray, RGB or indexed colour; `predictor` when rows carry PNG filter bytes.
    static func flate(width: Int, height: Int, bits: Int, colors: Int, palette: String?, predictor: Bool,
                      data: Data) -> PDFPageImage {
        var entries = "/Filter /FlateDecode /BitsPerComponent \(bits) /ColorSpace "
        if let palette, let count = paletteCount(palette) {
            entries += "[/Indexed /DeviceRGB \(count - 1) \(palette)]"
        } else {
            entries += colors == 1 ? "/DeviceGray" : "/DeviceRGB"
        }
        if predictor {
            let pixelColors = palette == nil ? colors : 1
            entries += " /DecodeParms << /Predictor 15 /Colors \(pixelColors) /BitsPerComponent \(bits) /Columns \(width) >>"
        }
        return PDFPageImage(width: width, height: height, storage: .flate, entries: entries, data: data)
    }

    /// Entries of a `<rrggbb…>` palette string.
    private static func paletteCount(_ hex: String) -> Int? {
        let digits = hex.filter(\.isHexDigit).count
        return digits >= 6 ? digits / 6 : nil
    }
}
