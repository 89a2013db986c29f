import ArchivistCore
import CLeptonica
import Foundation

/// The Leptonica steps of page preparation, each on one image.
extension PagePreparer {
    static func upscale(_ image: PixImage, from dpi: Int) -> PixImage? {
        let factor = Float(300) / Float(max(dpi, 1))
        return image.depth == 8 ? PixImage(taking: pixScaleGrayLI(image.pointer, factor, factor))
            : PixImage(taking: pixScale(image.pointer, factor, factor))
    }

    /// A page over 300 dpi brought down to 300 dpi; a bilevel one becomes gray, so that its
    /// strokes keep their edges.
    static func reduce(_ image: PixImage, from dpi: Int) -> PixImage? {
        let factor = Float(300) / Float(max(dpi, 1))
        return image.depth == 1 ? PixImage(taking: pixScaleToGray(image.pointer, factor))
            : PixImage(taking: pixScaleAreaMap(image.pointer, factor, factor))
    }

    static func binarize(_ image: PixImage, _ method: PreparationOptions.Binarization) -> PixImage? {
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

    /// The standard deviation of pixel noise on a gray page, in gray levels: the median
    /// difference between horizontal neighbours, over a central square 2.5 inches wide, divided
    /// by 0.954 (the median of that difference for Gaussian noise of deviation 1). Paper and
    /// ink are flat almost everywhere, so on a clean scan the median is 0-5.
    static func pixelNoise(_ image: PixImage, dpi: Int) -> Double? {
        let side = Int32(min(dpi * 5 / 2, image.width, image.height))
        guard side > 8, let box = boxCreate((Int32(image.width) - side) / 2, (Int32(image.height) - side) / 2, side, side) else { return nil }
        var boxPointer: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&boxPointer) }
        guard let square = PixImage(taking: pixClipRectangle(image.pointer, box, nil)),
              let shifted = PixImage(taking: pixTranslate(nil, square.pointer, 1, 0, Int32(L_BRING_IN_WHITE))),
              let difference = PixImage(taking: pixAbsDifference(square.pointer, shifted.pointer)) else { return nil }
        var median: UInt32 = 0
        guard pixGetRankValue(difference.pointer, 1, 0.5, &median) == 0 else { return nil }
        return Double(median) / 0.954
    }

    /// The gray page through a 3×3 box filter, twice at 250 dpi and more (close to a Gaussian
    /// of 1.15 pixels, leaving about a quarter of the noise; once leaves a third), then
    /// stretched so that paper up to three deviations of that residual noise darker is white:
    /// left gray, the grain around each word would read as more ink.
    static func smoothed(_ image: PixImage, dpi: Int, noise: Double) -> PixImage? {
        // Grain on paper leaves the paper light; a page with no light paper (pure noise, a
        // photograph) is not smoothed into blobs the engine would read as words.
        var paper: UInt32 = 0
        guard pixGetRankValue(image.pointer, 4, 0.5, &paper) == 0, paper >= 160 else { return nil }
        let passes = dpi >= 250 ? 2 : 1
        var smooth = image
        for _ in 0..<passes {
            guard let next = PixImage(taking: pixBlockconvGray(smooth.pointer, nil, 1, 1)) else { return nil }
            smooth = next
        }
        // The paper as smoothed: noise clipped at white reads lighter before smoothing.
        return whitePaper(smooth, residualNoise: noise * (passes == 2 ? 0.235 : 0.333)) ?? smooth
    }

    /// The gray page stretched so that its paper (the median level), less three deviations of
    /// the noise left on it, is white; nil when the paper is white already or no paper is found.
    /// Read in gray, a page on grey paper would otherwise show the engine its words inside grey
    /// halos on white (the page is white away from ink), and a global threshold blackens the halos.
    static func whitePaper(_ image: PixImage, residualNoise: Double) -> PixImage? {
        var paper: UInt32 = 0
        guard pixGetRankValue(image.pointer, 4, 0.5, &paper) == 0 else { return nil }
        let white = Int32(Double(paper) - 3 * max(residualNoise, 1))
        guard white > 100, white < 250 else { return nil }
        return PixImage(taking: pixGammaTRC(nil, image.pointer, 1, 0, white))
    }

    /// Removes specks no larger than about 1/100 inch in both directions; diacritics are larger.
    static func despeckle(_ image: PixImage, dpi: Int) -> PixImage? {
        let size = Int32(max(dpi / 100, 1))
        return PixImage(taking: pixSelectBySize(image.pointer, size, size, 8, Int32(L_SELECT_IF_EITHER), Int32(L_SELECT_IF_GT), nil))
    }

    /// Erases straight rules a quarter inch or longer: the boxes drawn around MẬT or KHẨN, the
    /// underlines of header lines, table borders. The engine reads the boxed marks once their
    /// frame is gone; no letter has a straight stroke that long. Returns what was erased.
    @discardableResult
    static func removeRules(_ image: PixImage, dpi: Int) -> PixImage? {
        let length = Int32(max(dpi / 4, 20))
        var erased: PixImage?
        for (width, height) in [(length, Int32(1)), (Int32(1), length)] {
            guard let rules = PixImage(taking: pixOpenCompBrickDwa(nil, image.pointer, width, height)) else { continue }
            pixSubtract(image.pointer, image.pointer, rules.pointer)
            if let union = erased { pixOr(union.pointer, union.pointer, rules.pointer) } else { erased = rules }
        }
        return erased
    }

    /// Share of clearly dark pixels (below 170 of 255) on a quarter-size copy of a gray page,
    /// margins excluded: faint bleed-through and dust do not count, text does.
    static func grayInkFraction(_ image: PixImage) -> Double {
        guard let small = PixImage(taking: pixScaleAreaMap(image.pointer, 0.25, 0.25)),
              let dark = PixImage(taking: pixThresholdToBinary(small.pointer, 170)) else { return 1 }
        return inkFraction(dark)
    }

    /// Share of black pixels inside a bilevel page less a 5% margin.
    static func inkFraction(_ image: PixImage) -> Double {
        let marginX = Int32(image.width / 20), marginY = Int32(image.height / 20)
        guard let box = boxCreate(marginX, marginY, Int32(image.width) - 2 * marginX, Int32(image.height) - 2 * marginY) else { return 1 }
        var boxPointer: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&boxPointer) }
        guard let inner = PixImage(taking: pixClipRectangle(image.pointer, box, nil)) else { return 1 }
        var fraction: Float = 0
        return pixForegroundFraction(inner.pointer, &fraction) == 0 ? Double(fraction) : 1
    }

    /// Leptonica's text-orientation test (ascenders vs descenders) on a bilevel page, at about
    /// 150 dpi; the clockwise quarter turns that make it upright, nil when upright or unsure.
    static func uprightQuarterTurns(_ image: PixImage, dpi: Int) -> Int? {
        let tested = dpi > 200 ? PixImage(taking: pixReduceRankBinary2(image.pointer, 1, nil)) ?? image : image
        var up: Float = 0, left: Float = 0
        guard pixOrientDetect(tested.pointer, &up, &left, 0, 0) == 0 else { return nil }
        var rotation: Int32 = 0
        // Up/left confidences 4.0 and ratio 2.5: Leptonica's recommended thresholds.
        guard makeOrientDecision(up, left, 4.0, 2.5, &rotation, 0) == 0 else { return nil }
        switch Int(rotation) {
        case Int(L_TEXT_ORIENT_LEFT): return linesRunAcross(tested) ? nil : 1
        case Int(L_TEXT_ORIENT_DOWN): return 2
        case Int(L_TEXT_ORIENT_RIGHT): return linesRunAcross(tested) ? nil : 3
        default: return nil
        }
    }

    /// True when the page's text lines clearly run across it: many blank rows between its inked
    /// ones and next to no blank columns. The ascender test can take a short page in a sans-serif
    /// face for one on its side (blind seed 9700: 23% blank rows, 2.5% blank columns, read turned
    /// 270° at confidence 44); a page on its side has its blank lines in columns.
    static func linesRunAcross(_ image: PixImage) -> Bool {
        func blankShare(_ counts: [Int]) -> Double {
            let inked = counts.indices.filter { counts[$0] > 0 }
            guard let first = inked.first, let last = inked.last, last > first else { return 0 }
            return Double((first...last).count - inked.count) / Double((first...last).count)
        }
        let rows = blankShare(image.inkCounts(byRow: true)), columns = blankShare(image.inkCounts(byRow: false))
        return rows >= 0.1 && rows > 4 * columns
    }

    /// Finds skew up to ±15° and rotates it out; nil when the page is straight or unsure. The
    /// coarse sweep runs at about 75 dpi and the fine search at about 150, whatever the page's
    /// resolution (Leptonica's defaults assume 300 dpi).
    static func deskew(_ image: PixImage, dpi: Int) -> (PixImage, Double)? {
        func reduction(to target: Int) -> Int32 { Int32([8, 4, 2].first { dpi / $0 >= target } ?? 1) }
        var angle: Float = 0, confidence: Float = 0
        guard let straight = PixImage(taking: pixDeskewGeneral(image.pointer, reduction(to: 75), 15, 0, min(reduction(to: 150), 4), 0, &angle, &confidence)),
              abs(angle) >= 0.1, confidence >= 2 else { return nil }
        return (straight, Double(angle))
    }

    /// The gray page turned and straightened like the bilevel `ink` copy (full or half its
    /// size, at `inkDPI`), white wherever that copy has no ink within about 1/25 inch: far
    /// enough that thin strokes the bilevel copy lost (the bar of đ, a faint tone mark) stay.
    static func maskedGray(_ gray: PixImage, by ink: PixImage, inkDPI: Int, rotation: Int, skew: Double) -> PixImage? {
        var page = gray
        if rotation != 0, let turned = PixImage(taking: pixRotateOrth(page.pointer, Int32(rotation / 90))) { page = turned }
        if skew != 0, let straight = PixImage(taking: pixRotate(page.pointer, Float(skew * .pi / 180), Int32(L_ROTATE_AREA_MAP),
                                                                  Int32(L_BRING_IN_WHITE), 0, 0)) {
            page = straight
        }
        guard let near = grown(ink, by: Int32(max(inkDPI / 25, 1) | 1), toSizeOf: page) else { return nil }
        pixInvert(near.pointer, near.pointer)
        return whitened(page, where: near)
    }

    /// Both masks' ink; `a` is changed in place when it exists.
    static func union(_ a: PixImage?, _ b: PixImage?) -> PixImage? {
        guard let a, let b else { return a ?? b }
        pixOr(a.pointer, a.pointer, b.pointer)
        return a
    }

    /// The gray page white where cleaning erased ink from its bilevel copy `ink`, and a pixel
    /// around it, but not where `ink` still has ink: a dot below a letter that sits on an
    /// underline stays.
    static func whitened(_ gray: PixImage, whereErased erased: PixImage, keeping ink: PixImage) -> PixImage? {
        guard let around = PixImage(taking: pixDilateBrick(nil, erased.pointer, 3, 3)) else { return nil }
        pixSubtract(around.pointer, around.pointer, ink.pointer)
        guard let mask = grown(around, by: 1, toSizeOf: gray) else { return nil }
        return whitened(gray, where: mask)
    }

    /// A bilevel mask dilated by a `reach`-pixel square, then scaled up to the gray page's size.
    private static func grown(_ mask: PixImage, by reach: Int32, toSizeOf gray: PixImage) -> PixImage? {
        let factor = Int32(max(gray.width / max(mask.width, 1), 1))
        guard let near = PixImage(taking: pixDilateBrick(nil, mask.pointer, reach, reach)) else { return nil }
        return factor > 1 ? PixImage(taking: pixExpandBinaryPower2(near.pointer, factor)) : near
    }

    private static func whitened(_ gray: PixImage, where mask: PixImage) -> PixImage? {
        guard let copy = PixImage(taking: pixCopy(nil, gray.pointer)), pixSetMaskedGeneral(copy.pointer, mask.pointer, 255, 0, 0) == 0 else { return nil }
        return copy
    }
}
