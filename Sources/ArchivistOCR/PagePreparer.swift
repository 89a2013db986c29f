import ArchivistCore
import CLeptonica
import Foundation

/// Prepares a decoded page for the engine with Leptonica. A bilevel copy of the page is cleaned
/// (speckle, black borders and long rules erased) and analysed: its ink tells blank pages (the
/// backs of duplex scans) from pages worth reading, and it is turned upright and deskewed.
/// The engine then reads, for a gray page, the gray page turned and straightened the same way
/// and white wherever the cleaned copy has no ink nearby: the strokes keep their gray edges, so
/// diacritics survive blur and low resolution, while noise stays erased. A bilevel page is read
/// as its cleaned copy.
enum PagePreparer {
    struct Result {
        var image: PixImage
        var preparation: PagePreparation
    }

    static func prepare(_ source: PixImage, dpi sourceDPI: Int?, options: PreparationOptions) -> Result {
        let started = Date()
        var dpi = sourceDPI ?? PageImageLoader.estimatedDPI(width: source.width)
        var noise: Double?, denoised = false
        var sealRings: Int?, specks: Int?
        func result(_ image: PixImage, rotation: Int = 0, skew: Double = 0, ink: Double) -> Result {
            image.setResolution(dpi)
            var result = Result(image: image, preparation: PagePreparation(
                rotation: rotation, skewDegrees: skew, sourceDPI: sourceDPI, preparedDPI: dpi, binarized: image.depth == 1,
                inkFraction: ink, blank: ink < options.blankInkThreshold, seconds: Date().timeIntervalSince(started),
                pixelNoise: noise, denoised: noise == nil ? nil : denoised))
            result.preparation.sealRingsErased = sealRings
            result.preparation.specksErased = specks
            return result
        }
        // On gray pages ink is measured first, on the page as scanned: background normalization
        // would stretch bleed-through from the other side of the sheet into text. A blank page
        // stops here, in a few milliseconds.
        let grayInk = source.depth == 8 ? grayInkFraction(source) : nil
        if let grayInk, grayInk < options.blankInkThreshold { return result(source, ink: grayInk) }

        var page = source
        if options.maximumDPI > 0, dpi > options.maximumDPI, let reduced = reduce(source, from: dpi) {
            (page, dpi) = (reduced, 300)
        }
        // Grain and sensor noise on a gray page would survive binarization as a carpet of
        // specks (the engine then reads nothing, slowly); a light smoothing leaves the strokes.
        // Below 300 dpi a tone mark is too few pixels to survive smoothing: such a page is
        // upscaled first.
        if page.depth == 8 {
            noise = pixelNoise(page, dpi: dpi)
            if let noise, options.denoiseThreshold > 0, noise >= options.denoiseThreshold {
                let scaled = dpi < 300 ? upscale(page, from: dpi) : nil
                if let smooth = smoothed(scaled ?? page, dpi: scaled == nil ? dpi : 300, noise: noise) {
                    (page, denoised) = (smooth, true)
                    if scaled != nil { dpi = 300 }
                }
            }
        }
        if dpi < options.minimumDPI, let scaled = upscale(page, from: dpi) {
            page = scaled
            dpi = 300
        }
        let readsGray = page.depth == 8 && options.engineImage == .gray
        if readsGray, !denoised, let white = whitePaper(page, residualNoise: noise ?? 1) { page = white }
        // The analysis of a page read in gray runs on a half-size bilevel copy when that keeps
        // 150 dpi or more: four times fewer pixels, the same answers.
        let halfSize = readsGray && dpi >= 300
        guard var ink = bilevelCopy(of: page, options.binarization, halfSize: halfSize) else {
            return result(page, ink: grayInk ?? 1)
        }
        let inkDPI = halfSize ? dpi / 2 : dpi
        // Black borders and rules taken out of the bilevel copy are taken out of the gray page
        // too. Specks are not: on a noisy page a faint tone mark breaks into specks of its own.
        var erased: PixImage?
        if options.despeckle, let clean = despeckle(ink, dpi: inkDPI) { ink = clean }
        if options.removeBorders, let trimmed = PixImage(taking: pixRemoveBorderConnComps(ink.pointer, 8)) {
            if readsGray { erased = PixImage(taking: pixSubtract(nil, ink.pointer, trimmed.pointer)) }
            ink = trimmed
        }
        let rules = options.removeRules ? removeRules(ink, dpi: inkDPI) : nil
        if let rules, readsGray { erased = union(erased, rules) }
        // Seal rings go after the rules: a ring is never straight, and a box no longer joins it.
        if options.dropSeals, let rings = SealRings.erase(from: ink, rules: rules, dpi: inkDPI) {
            sealRings = rings.rings
            if readsGray { erased = union(erased, rings.erased) }
        }
        if let erased { page = whitened(page, whereErased: erased, keeping: ink) ?? page }
        let inkShare = grayInk ?? inkFraction(ink)
        guard inkShare >= options.blankInkThreshold else { return result(readsGray ? page : ink, ink: inkShare) }

        var rotation = 0, skew = 0.0
        if options.orientation, let quarterTurns = uprightQuarterTurns(ink, dpi: inkDPI), let turned = PixImage(taking: pixRotateOrth(ink.pointer, Int32(quarterTurns))) {
            ink = turned
            rotation = quarterTurns * 90
        }
        if options.deskew, let (straight, angle) = deskew(ink, dpi: inkDPI) {
            ink = straight
            skew = angle
        }
        guard readsGray else { return result(ink, rotation: rotation, skew: skew, ink: inkShare) }
        // Should Leptonica fail here, the gray page is read as it came, never the (half-size) copy.
        guard let gray = maskedGray(page, by: ink, inkDPI: inkDPI, rotation: rotation, skew: skew) else { return result(page, ink: inkShare) }
        if options.despeckle, let sourceDPI, sourceDPI >= Specks.minimumSourceDPI { specks = Specks.erase(from: gray, dpi: dpi) }
        return result(gray, rotation: rotation, skew: skew, ink: inkShare)
    }

    /// The page as bilevel: bilevel pages as they are, gray ones binarized (at half size when
    /// asked); nil when the options keep gray pages gray.
    private static func bilevelCopy(of page: PixImage, _ method: PreparationOptions.Binarization, halfSize: Bool) -> PixImage? {
        if page.depth == 1 { return page }
        guard method != .none else { return nil }
        let source = halfSize ? PixImage(taking: pixScaleAreaMap2(page.pointer)) ?? page : page
        return binarize(source, method)
    }
}
