import ArchivistCore
import CLeptonica
import Foundation

/// Prepares a decoded page for the engine with Leptonica, choosing the chain by what the page
/// is: gray pages are background-normalized and binarized, bilevel pages kept bilevel; then
/// speckle and black borders are removed, the page is turned upright and deskewed, and its ink
/// is measured to tell blank pages (the backs of duplex scans) from pages worth reading.
enum PagePreparer {
    struct Result {
        var image: PixImage
        var preparation: PagePreparation
    }

    static func prepare(_ source: PixImage, dpi sourceDPI: Int?, options: PreparationOptions) -> Result {
        let started = Date()
        var image = source
        var dpi = sourceDPI ?? PageImageLoader.estimatedDPI(width: source.width)
        // On gray pages ink is measured first, on the page as scanned: background normalization
        // would stretch bleed-through from the other side of the sheet into text. A blank page
        // stops here, in a few milliseconds.
        let grayInk = image.depth == 8 ? grayInkFraction(image) : nil
        if let grayInk, grayInk < options.blankInkThreshold {
            image.setResolution(dpi)
            return Result(image: image, preparation: PagePreparation(
                rotation: 0, skewDegrees: 0, sourceDPI: sourceDPI, preparedDPI: dpi, binarized: false, inkFraction: grayInk,
                blank: true, seconds: Date().timeIntervalSince(started)))
        }
        if dpi < options.minimumDPI, let scaled = upscale(image, from: dpi) {
            image = scaled
            dpi = 300
        }
        var binarized = image.depth == 1
        if image.depth == 8, options.binarization != .none, let bilevel = binarize(image, options.binarization) {
            image = bilevel
            binarized = true
        }
        var rotation = 0, skew = 0.0, ink = 1.0
        if binarized {
            if options.despeckle, let clean = despeckle(image, dpi: dpi) { image = clean }
            if options.removeBorders, let trimmed = PixImage(taking: pixRemoveBorderConnComps(image.pointer, 8)) { image = trimmed }
            if options.removeRules { removeRules(image, dpi: dpi) }
            ink = grayInk ?? inkFraction(image)
            if ink >= options.blankInkThreshold {
                if options.orientation, let (upright, degrees) = turnUpright(image) {
                    image = upright
                    rotation = degrees
                }
                if options.deskew, let (straight, angle) = deskew(image) {
                    image = straight
                    skew = angle
                }
            }
        }
        image.setResolution(dpi)
        if !binarized, let grayInk { ink = grayInk }
        let blank = ink < options.blankInkThreshold
        return Result(image: image, preparation: PagePreparation(
            rotation: rotation, skewDegrees: skew, sourceDPI: sourceDPI, preparedDPI: dpi, binarized: binarized,
            inkFraction: ink, blank: blank, seconds: Date().timeIntervalSince(started)))
    }

    private static func upscale(_ image: PixImage, from dpi: Int) -> PixImage? {
        let factor = Float(300) / Float(max(dpi, 1))
        return image.depth == 8 ? PixImage(taking: pixScaleGrayLI(image.pointer, factor, factor))
            : PixImage(taking: pixScale(image.pointer, factor, factor))
    }

    private static func binarize(_ image: PixImage, _ method: PreparationOptions.Binarization) -> PixImage? {
        switch method {
        case .otsu:
            // Tile 10×15, background threshold 100, at least 50 background pixels a tile, normalized to 255.
            return PixImage(taking: pixOtsuThreshOnBackgroundNorm(image.pointer, nil, 10, 15, 100, 50, 255, 2, 2, 0.1, nil))
        case .sauvola:
            var binary: UnsafeMutablePointer<PIX>?
            guard let normalized = PixImage(taking: pixBackgroundNormSimple(image.pointer, nil, nil)),
                  pixSauvolaBinarizeTiled(normalized.pointer, 8, 0.34, 1, 1, nil, &binary) == 0 else { return nil }
            return PixImage(taking: binary)
        case .none:
            return nil
        }
    }

    /// Removes specks no larger than about 1/100 inch in both directions; diacritics are larger.
    private static func despeckle(_ image: PixImage, dpi: Int) -> PixImage? {
        let size = Int32(max(dpi / 100, 1))
        return PixImage(taking: pixSelectBySize(image.pointer, size, size, 8, Int32(L_SELECT_IF_EITHER), Int32(L_SELECT_IF_GT), nil))
    }

    /// Erases straight rules a quarter inch or longer: the boxes drawn around MẬT or KHẨN, the
    /// underlines of header lines, table borders. The engine reads the boxed marks once their
    /// frame is gone; no letter has a straight stroke that long.
    private static func removeRules(_ image: PixImage, dpi: Int) {
        let length = Int32(max(dpi / 4, 20))
        for (width, height) in [(length, Int32(1)), (Int32(1), length)] {
            guard let rules = PixImage(taking: pixOpenBrick(nil, image.pointer, width, height)) else { continue }
            pixSubtract(image.pointer, image.pointer, rules.pointer)
        }
    }

    /// Share of clearly dark pixels (below 170 of 255) on a quarter-size copy of a gray page,
    /// margins excluded: faint bleed-through and dust do not count, text does.
    private static func grayInkFraction(_ image: PixImage) -> Double {
        guard let small = PixImage(taking: pixScaleAreaMap(image.pointer, 0.25, 0.25)),
              let dark = PixImage(taking: pixThresholdToBinary(small.pointer, 170)) else { return 1 }
        return inkFraction(dark)
    }

    /// Share of black pixels inside a bilevel page less a 5% margin.
    private static func inkFraction(_ image: PixImage) -> Double {
        let marginX = Int32(image.width / 20), marginY = Int32(image.height / 20)
        guard let box = boxCreate(marginX, marginY, Int32(image.width) - 2 * marginX, Int32(image.height) - 2 * marginY) else { return 1 }
        var boxPointer: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&boxPointer) }
        guard let inner = PixImage(taking: pixClipRectangle(image.pointer, box, nil)) else { return 1 }
        var fraction: Float = 0
        return pixForegroundFraction(inner.pointer, &fraction) == 0 ? Double(fraction) : 1
    }

    /// Leptonica's text-orientation test (ascenders vs descenders); turns only when confident.
    /// Returns the upright page and the clockwise turn applied, in degrees.
    private static func turnUpright(_ image: PixImage) -> (PixImage, Int)? {
        var up: Float = 0, left: Float = 0, degrees: Int32 = 0
        guard let turned = PixImage(taking: pixOrientCorrect(image.pointer, 4.0, 2.5, &up, &left, &degrees, 0)),
              degrees != 0 else { return nil }
        return (turned, Int(degrees))
    }

    /// Finds skew up to ±15° and rotates it out; nil when the page is straight or unsure.
    private static func deskew(_ image: PixImage) -> (PixImage, Double)? {
        var angle: Float = 0, confidence: Float = 0
        guard let straight = PixImage(taking: pixDeskewGeneral(image.pointer, 0, 15, 0, 0, 0, &angle, &confidence)),
              abs(angle) >= 0.1, confidence >= 2 else { return nil }
        return (straight, Double(angle))
    }
}
