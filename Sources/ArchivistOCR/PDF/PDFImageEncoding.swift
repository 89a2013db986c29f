import CLeptonica
import CTIFF
import Foundation

/// Chooses how a page image goes into the PDF, preferring the file's own compressed bytes:
/// a single-strip G4 TIFF page, an upright JPEG and a scanned PDF page's JPEG are copied
/// (`PDFPageJPEG`); anything else is decoded by
/// Leptonica and stored losslessly, bilevel as G4 and the rest as flate, or, when a
/// `jpegQuality` is given, gray and colour pages as JPEG of that quality (bilevel pages stay G4).
/// JPEG pages keep their coefficients and are re-coded as `jpegRecoding` says.
enum PDFImageEncoding {
    static func image(from url: URL, page index: Int, dpi: Int, jpegQuality: Int? = nil,
                      jpegRecoding: JPEGRecoding = .copied) throws -> PDFPageImage {
        LeptonicaQuiet.install()
        switch try? FileSignature.read(url) {
        case .image(.pdf):
            if let scan = try PDFPageJPEG.extract(url, page: index), let header = JPEGHeader.read(scan) {
                return jpeg(header, data: scan, recoding: jpegRecoding)
            }
            return try encoded(PDFPageRenderer.render(url, page: index, dpi: dpi), jpegQuality: jpegQuality)
        case .image(.tiff): return try tiffPage(url.path, index: index, jpegQuality: jpegQuality)
        case .image(.jpeg):
            guard index == 0 else { throw PDFAssemblyError(reason: "a JPEG file has one page only") }
            return try jpegPage(url, recoding: jpegRecoding)
        case .image(.png):
            guard index == 0 else { throw PDFAssemblyError(reason: "a PNG file has one page only") }
            return try pngPage(url.path, jpegQuality: jpegQuality)
        case .other(let kind): throw PDFAssemblyError(reason: "\(kind) files are not page images")
        case .unknown, nil: throw PDFAssemblyError(reason: "not a TIFF, PNG or JPEG file")
        }
    }

    // MARK: TIFF

    private static func tiffPage(_ path: String, index: Int, jpegQuality: Int?) throws -> PDFPageImage {
        if let copied = try g4Strip(path, index: index) { return copied }
        guard let decoded = PixImage(taking: pixReadTiff(path, Int32(index))) else {
            throw PDFAssemblyError(reason: "Leptonica could not decode the TIFF page")
        }
        return try encoded(decoded, jpegQuality: jpegQuality)
    }

    /// The page's G4 data as stored, when it is one strip PDF can read unchanged; else nil.
    private static func g4Strip(_ path: String, index: Int) throws -> PDFPageImage? {
        let tiff = try TIFFPageReader(path: path)
        try tiff.select(page: index)
        guard tiff.u16(TIFFTAG_COMPRESSION) == UInt16(COMPRESSION_CCITTFAX4),
              tiff.u16(TIFFTAG_BITSPERSAMPLE) == 1, tiff.u16(TIFFTAG_SAMPLESPERPIXEL) == 1,
              tiff.u16(TIFFTAG_ORIENTATION).map({ $0 == UInt16(ORIENTATION_TOPLEFT) }) ?? true,
              (tiff.u32(TIFFTAG_GROUP4OPTIONS) ?? 0) & UInt32(GROUP4OPT_UNCOMPRESSED) == 0,
              tiff.stripCount == 1,
              let width = tiff.u32(TIFFTAG_IMAGEWIDTH), let height = tiff.u32(TIFFTAG_IMAGELENGTH) else { return nil }
        var data = try tiff.rawStrip(0)
        if tiff.u16(TIFFTAG_FILLORDER) == UInt16(FILLORDER_LSB2MSB) {
            data.withUnsafeMutableBytes { TIFFReverseBits($0.bindMemory(to: UInt8.self).baseAddress, tmsize_t($0.count)) }
        }
        let minIsBlack = tiff.u16(TIFFTAG_PHOTOMETRIC) == UInt16(PHOTOMETRIC_MINISBLACK)
        return .ccitt(width: Int(width), height: Int(height), blackIsOne: minIsBlack, data: data, storage: .ccittPassthrough)
    }

    // MARK: JPEG

    private static func jpegPage(_ url: URL, recoding: JPEGRecoding) throws -> PDFPageImage {
        let data = try Data(contentsOf: url)
        guard let header = JPEGHeader.read(data) else { throw PDFAssemblyError(reason: "the JPEG has no readable frame header") }
        let upright = header.exifOrientation.map { $0 == 1 } ?? true
        if header.isDCTDecodable, header.precision == 8, [1, 3, 4].contains(header.components), upright {
            return jpeg(header, data: data, recoding: recoding)
        }
        guard var decoded = PixImage(taking: pixRead(url.path)) else {
            throw PDFAssemblyError(reason: "Leptonica could not decode the JPEG")
        }
        if let orientation = header.exifOrientation, let turned = decoded.turnedUpright(exifOrientation: orientation) {
            decoded = turned
        }
        return try encoded(decoded)
    }

    /// A JPEG's own coefficients: re-coded when that is asked for and makes it smaller, else copied.
    static func jpeg(_ header: JPEGHeader, data: Data, recoding: JPEGRecoding) -> PDFPageImage {
        let recoded = recoding.recode(data)
        if let smaller = recoded.data { return .jpeg(header, data: smaller, storage: .jpegRecoded) }
        var image = PDFPageImage.jpeg(header, data: data)
        if let failure = recoded.failure {
            image.note = [image.note, "libjpeg could not re-code the JPEG (\(failure)): its bytes were copied"].compactMap { $0 }.joined(separator: "; ")
        }
        return image
    }

    // MARK: PNG and decoded pixels

    private static func pngPage(_ path: String, jpegQuality: Int?) throws -> PDFPageImage {
        guard let decoded = PixImage(taking: pixRead(path)) else { throw PDFAssemblyError(reason: "Leptonica could not decode the PNG") }
        if decoded.depth == 1 || jpegQuality != nil { return try encoded(decoded, jpegQuality: jpegQuality) }
        guard let compressed = LeptonicaCompressedData.png(path: path, decoded: decoded) else {
            throw PDFAssemblyError(reason: "Leptonica could not compress the PNG")
        }
        return try flate(compressed)
    }

    /// Bilevel pixels as G4, everything else as flate or JPEG (alpha dropped, 16-bit reduced to
    /// 8, a palette expanded for JPEG).
    private static func encoded(_ decoded: PixImage, jpegQuality: Int? = nil) throws -> PDFPageImage {
        var image = decoded
        if image.depth == 1, pixGetColormap(image.pointer) != nil,
           let plain = PixImage(taking: pixRemoveColormap(image.pointer, Int32(REMOVE_CMAP_TO_BINARY))) {
            image = plain
        }
        if image.depth == 32, pixGetSpp(image.pointer) == 4, let opaque = PixImage(taking: pixRemoveAlpha(image.pointer)) {
            image = opaque
        }
        if image.depth == 16, let reduced = PixImage(taking: pixConvert16To8(image.pointer, Int32(L_MS_BYTE))) {
            image = reduced
        }
        let bilevel = image.depth == 1
        if let quality = jpegQuality, !bilevel {
            return try jpeg(image, quality: quality)
        }
        guard let compressed = LeptonicaCompressedData.encode(image, g4: bilevel) else {
            throw PDFAssemblyError(reason: "Leptonica could not compress the \(image.depth)-bit page")
        }
        if bilevel {
            guard compressed.isG4 else { throw PDFAssemblyError(reason: "Leptonica did not produce G4 data") }
            return .ccitt(width: compressed.width, height: compressed.height, blackIsOne: compressed.minIsBlack,
                          data: compressed.bytes, storage: .ccittEncoded)
        }
        return try flate(compressed)
    }

    private static func jpeg(_ image: PixImage, quality: Int) throws -> PDFPageImage {
        var pixels = image
        if pixGetColormap(image.pointer) != nil || image.depth < 8,
           let plain = PixImage(taking: pixRemoveColormap(image.pointer, Int32(REMOVE_CMAP_BASED_ON_SRC))),
           let eight = PixImage(taking: plain.depth < 8 ? pixConvertTo8(plain.pointer, 0) : pixCopy(nil, plain.pointer)) {
            pixels = eight
        }
        guard let compressed = LeptonicaCompressedData.encode(pixels, g4: false, jpegQuality: quality),
              let header = JPEGHeader.read(compressed.bytes) else {
            throw PDFAssemblyError(reason: "Leptonica could not encode the \(image.depth)-bit page as JPEG")
        }
        return .jpeg(header, data: compressed.bytes, storage: .jpegEncoded)
    }

    private static func flate(_ compressed: LeptonicaCompressedData) throws -> PDFPageImage {
        let colors = compressed.samplesPerPixel
        guard compressed.isFlate, colors == 1 || colors == 3, [1, 2, 4, 8, 16].contains(compressed.bitsPerSample) else {
            throw PDFAssemblyError(reason: "unexpected flate data (\(colors) samples of \(compressed.bitsPerSample) bits)")
        }
        return .flate(width: compressed.width, height: compressed.height, bits: compressed.bitsPerSample, colors: colors,
                      palette: compressed.paletteHex, predictor: compressed.hasPredictor, data: compressed.bytes)
    }
}
