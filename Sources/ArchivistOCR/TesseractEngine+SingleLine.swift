import ArchivistCore
import CTesseract
import Foundation

extension TesseractEngine {
    /// A region of the page read on its own as one line, with `pad` pixels of the page around
    /// it (a lone digit needs white around it): its text, NFC, and the engine's mean confidence.
    func readSingleLine(in region: PixelBox, pad: Int, image: PixImage, dpi: Int) -> (text: String, confidence: Double)? {
        reading(region, pad: pad, image: image, dpi: dpi, mode: PSM_SINGLE_LINE) {
            guard let pointer = TessBaseAPIGetUTF8Text(handle) else { return nil }
            defer { TessDeleteText(pointer) }
            let text = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            return (text, Double(TessBaseAPIMeanTextConf(handle)))
        }
    }

    /// A region of the page read on its own as a block of lines: its words, boxed on the page.
    func readBlock(in region: PixelBox, pad: Int, image: PixImage, dpi: Int) -> [RecognizedWord] {
        reading(region, pad: pad, image: image, dpi: dpi, mode: PSM_SINGLE_BLOCK) {
            TessBaseAPIRecognize(handle, nil) == 0 ? readWords(dpi: dpi) : []
        }
    }

    /// A region of the page read on its own as one line: its words, boxed on the page.
    func readLine(in region: PixelBox, pad: Int, image: PixImage, dpi: Int) -> [RecognizedWord] {
        reading(region, pad: pad, image: image, dpi: dpi, mode: PSM_SINGLE_LINE) {
            TessBaseAPIRecognize(handle, nil) == 0 ? readWords(dpi: dpi) : []
        }
    }

    /// `read` run with the engine set to the region in the given segmentation mode, then reset.
    private func reading<T>(_ region: PixelBox, pad: Int, image: PixImage, dpi: Int, mode: TessPageSegMode, _ read: () -> T) -> T {
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
        TessBaseAPISetPageSegMode(handle, mode)
        defer {
            TessBaseAPISetPageSegMode(handle, PSM_AUTO)
            TessBaseAPIClear(handle)
        }
        let left = max(region.left - pad, 0), top = max(region.top - pad, 0)
        TessBaseAPISetRectangle(handle, Int32(left), Int32(top), Int32(min(region.right + pad, image.width) - left),
                                Int32(min(region.bottom + pad, image.height) - top))
        let started = Date()
        defer { secondReadSeconds += Date().timeIntervalSince(started) }
        return read()
    }
}
