import CLeptonica

/// Red ink on colour scans, which a plain luminance conversion gets wrong both ways. A faded
/// red MẬT or KHẨN stamp turns light gray and vanishes in binarization: a missed mark exposes
/// a restricted document. A round red office seal stamped over the signature reads as ink and
/// garbles the authority line, the position and the signer's name under it. So red print is
/// darkened on the gray page, and seals are whitened (black print under a seal stays: seal
/// ink over toner is dark, not red).
enum RedInk {
    /// How much redder than the other two channels a pixel must be to count as seal ink: a seal
    /// scanned pale measures 30-50 (JPEG's coarse colour blurs thin rings into the paper).
    private static let sealRedness: Int32 = 30
    /// Under this red level a reddish pixel is print under the seal (dark red), not seal ink.
    private static let printUnderSeal: Int32 = 130
    /// A seal's diameter: 20-60 mm (Vietnamese office seals are 30-45 mm).
    private static let diameterMM = 20.0...60.0

    /// The gray page for a colour page: `luminance` with red print darkened and, when
    /// `dropSeals`, the red pixels of every seal-shaped red region white; and how many seals
    /// were whitened (nil when not asked to).
    static func gray(_ luminance: PixImage, colour: PixImage, dpi: Int, dropSeals: Bool) -> (gray: PixImage, seals: Int?) {
        guard let redness = redness(of: colour), let gray = darkened(luminance, redness: redness) else {
            return (luminance, dropSeals ? 0 : nil)
        }
        guard dropSeals else { return (gray, nil) }
        guard let notRed = PixImage(taking: pixThresholdToBinary(redness.pointer, Self.sealRedness)),
              let redLevel = PixImage(taking: pixGetRGBComponent(colour.pointer, Int32(COLOR_RED))),
              let dark = PixImage(taking: pixThresholdToBinary(redLevel.pointer, Self.printUnderSeal)),
              let kept = PixImage(taking: pixOr(nil, notRed.pointer, dark.pointer)),
              let red = PixImage(taking: pixInvert(nil, kept.pointer)) else { return (gray, 0) }
        let seals = sealBoxes(in: red, dpi: dpi)
        guard !seals.isEmpty, let inSeals = PixImage(taking: pixCreateTemplate(red.pointer)) else { return (gray, 0) }
        for (x, y, w, h) in seals {
            pixRasterop(inSeals.pointer, x, y, w, h, PIX_SRC, red.pointer, x, y)
        }
        pixSetMasked(gray.pointer, inSeals.pointer, 0xff)
        return (gray, seals.count)
    }

    /// How red each pixel is, 0-255: with a = R − G and b = R − B, min(a, b) less the gap
    /// between them. Stamp and seal ink (G close to B) keep their redness; black, white, gray,
    /// blue, yellowed paper and orange or pink highlighter give 0.
    private static func redness(of colour: PixImage) -> PixImage? {
        guard let a = PixImage(taking: pixConvertRGBToGrayArb(colour.pointer, 1, -1, 0)),
              let b = PixImage(taking: pixConvertRGBToGrayArb(colour.pointer, 1, 0, -1)),
              let low = PixImage(taking: pixMinOrMax(nil, a.pointer, b.pointer, Int32(L_CHOOSE_MIN))),
              let high = PixImage(taking: pixMinOrMax(nil, a.pointer, b.pointer, Int32(L_CHOOSE_MAX))),
              let gap = PixImage(taking: pixSubtractGray(nil, high.pointer, low.pointer)) else { return nil }
        return PixImage(taking: pixSubtractGray(nil, low.pointer, gap.pointer))
    }

    /// `luminance` where red print is as dark as its redness says: 3 gray levels darker for
    /// each level of redness over 20 (paper tints stay as they were).
    private static func darkened(_ luminance: PixImage, redness: PixImage) -> PixImage? {
        guard let ink = PixImage(taking: pixCopy(nil, redness.pointer)) else { return nil }
        pixAddConstantGray(ink.pointer, -20)
        pixMultConstantGray(ink.pointer, 3)
        pixInvert(ink.pointer, ink.pointer)
        return PixImage(taking: pixMinOrMax(nil, luminance.pointer, ink.pointer, Int32(L_CHOOSE_MIN)))
    }

    /// Boxes (full resolution) of the red regions shaped like a seal: about round, 20-60 mm
    /// across. The ring's letters and star join the ring in a closed quarter-size copy.
    private static func sealBoxes(in red: PixImage, dpi: Int) -> [(Int32, Int32, Int32, Int32)] {
        guard let small = PixImage(taking: pixReduceRankBinaryCascade(red.pointer, 1, 1, 0, 0)),
              let joined = PixImage(taking: pixCloseBrick(nil, small.pointer, 5, 5)) else { return [] }
        let millimetresPerPixel = 25.4 / (Double(max(dpi, 1)) / 4)
        var seals: [(Int32, Int32, Int32, Int32)] = []
        for box in joined.componentBoxes {
            let x = Int32(box.left), y = Int32(box.top), w = Int32(box.right - box.left), h = Int32(box.bottom - box.top)
            let width = Double(w) * millimetresPerPixel, height = Double(h) * millimetresPerPixel
            guard diameterMM.contains(width), diameterMM.contains(height), (0.8...1.25).contains(width / height) else { continue }
            seals.append((x * 4 - 4, y * 4 - 4, w * 4 + 8, h * 4 + 8))
        }
        return seals
    }
}
