import CLeptonica
import Foundation

/// Owns one Leptonica L_COMP_DATA: compressed raster bytes plus how to decode them.
final class LeptonicaCompressedData {
    private var pointer: UnsafeMutablePointer<L_COMP_DATA>

    private init(_ pointer: UnsafeMutablePointer<L_COMP_DATA>) {
        self.pointer = pointer
    }

    deinit {
        var owned: UnsafeMutablePointer<L_COMP_DATA>? = pointer
        l_CIDataDestroy(&owned)
    }

    /// Encodes a decoded page: `g4` for 1-bit pixels, otherwise flate, or JPEG of `jpegQuality`
    /// (8-bit gray or colour pixels only).
    static func encode(_ image: PixImage, g4: Bool, jpegQuality: Int? = nil) -> LeptonicaCompressedData? {
        var result: UnsafeMutablePointer<L_COMP_DATA>?
        let type = Int32(g4 ? L_G4_ENCODE : jpegQuality == nil ? L_FLATE_ENCODE : L_JPEG_ENCODE)
        guard pixGenerateCIData(image.pointer, type, Int32(jpegQuality ?? 0), 0, &result) == 0, let result else { return nil }
        return LeptonicaCompressedData(result)
    }

    /// Leptonica's own choice for a PNG file: its IDAT data as is, with PNG predictors, when it can.
    static func png(path: String, decoded: PixImage) -> LeptonicaCompressedData? {
        var result: UnsafeMutablePointer<L_COMP_DATA>?
        guard l_generateCIDataForPdf(path, decoded.pointer, 0, &result) == 0, let result else { return nil }
        return LeptonicaCompressedData(result)
    }

    var isG4: Bool { pointer.pointee.type == Int32(L_G4_ENCODE) }
    var isFlate: Bool { pointer.pointee.type == Int32(L_FLATE_ENCODE) }
    var width: Int { Int(pointer.pointee.w) }
    var height: Int { Int(pointer.pointee.h) }
    var bitsPerSample: Int { Int(pointer.pointee.bps) }
    var samplesPerPixel: Int { Int(pointer.pointee.spp) }
    var minIsBlack: Bool { pointer.pointee.minisblack != 0 }
    var hasPredictor: Bool { pointer.pointee.predictor != 0 }
    var colorCount: Int { Int(pointer.pointee.ncolors) }

    /// The palette as a PDF hex string (`<…>`), when the data is indexed.
    var paletteHex: String? {
        guard colorCount > 0, let hex = pointer.pointee.cmapdatahex else { return nil }
        return String(cString: hex)
    }

    var bytes: Data {
        guard let data = pointer.pointee.datacomp else { return Data() }
        return Data(bytes: data, count: pointer.pointee.nbytescomp)
    }
}
