import CLeptonica

/// Office seals on colour scans: a round red seal stamped over the signature reads as ink on a
/// gray page and garbles the authority line, the position and the signer's name under it.
/// Its red pixels are whitened on the gray page; black print under it stays (seal ink over
/// toner is dark, not red). Other red print is kept: a MẬT or KHẨN stamp is no seal, and a
/// missed mark would expose a restricted document.
enum SealDropout {
    /// How much redder than the page's other two channels a pixel must be to count as seal ink.
    private static let redness: Int32 = 50
    /// Under this red level a reddish pixel is print under the seal (dark red), not seal ink.
    private static let printUnderSeal: Int32 = 130
    /// A seal's diameter: 20-60 mm (Vietnamese office seals are 30-45 mm).
    private static let diameterMM = 20.0...60.0

    /// `gray` with the red pixels of every seal-shaped red region of `colour` set to white, and
    /// how many seals there were. `colour` is the 32-bit page `gray` was made from.
    static func whitened(_ gray: PixImage, colour: PixImage, dpi: Int) -> (gray: PixImage, seals: Int) {
        // R − (G + B) / 2, clipped to 0-255: black, white, gray and blue give 0.
        guard let redness = PixImage(taking: pixConvertRGBToGrayArb(colour.pointer, 1, -0.5, -0.5)),
              let notRed = PixImage(taking: pixThresholdToBinary(redness.pointer, Self.redness)),
              let redLevel = PixImage(taking: pixGetRGBComponent(colour.pointer, Int32(COLOR_RED))),
              let dark = PixImage(taking: pixThresholdToBinary(redLevel.pointer, Self.printUnderSeal)),
              let kept = PixImage(taking: pixOr(nil, notRed.pointer, dark.pointer)),
              let red = PixImage(taking: pixInvert(nil, kept.pointer)) else { return (gray, 0) }
        let seals = sealBoxes(in: red, dpi: dpi)
        guard !seals.isEmpty, let inSeals = PixImage(taking: pixCreateTemplate(red.pointer)),
              let whitened = PixImage(taking: pixCopy(nil, gray.pointer)) else { return (gray, 0) }
        for (x, y, w, h) in seals {
            pixRasterop(inSeals.pointer, x, y, w, h, PIX_SRC, red.pointer, x, y)
        }
        pixSetMasked(whitened.pointer, inSeals.pointer, 0xff)
        return (whitened, seals.count)
    }

    /// Boxes (full resolution) of the red regions shaped like a seal: about round, 20-60 mm
    /// across. The ring's letters and star join the ring in a closed quarter-size copy.
    private static func sealBoxes(in red: PixImage, dpi: Int) -> [(Int32, Int32, Int32, Int32)] {
        guard let small = PixImage(taking: pixReduceRankBinaryCascade(red.pointer, 1, 1, 0, 0)),
              let joined = PixImage(taking: pixCloseBrick(nil, small.pointer, 5, 5)) else { return [] }
        var boxes = pixConnCompBB(joined.pointer, 8)
        defer { boxaDestroy(&boxes) }
        let millimetresPerPixel = 25.4 / (Double(max(dpi, 1)) / 4)
        var seals: [(Int32, Int32, Int32, Int32)] = []
        for index in 0..<boxaGetCount(boxes) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h) == 0 else { continue }
            let width = Double(w) * millimetresPerPixel, height = Double(h) * millimetresPerPixel
            guard diameterMM.contains(width), diameterMM.contains(height), (0.8...1.25).contains(width / height) else { continue }
            seals.append((x * 4 - 4, y * 4 - 4, w * 4 + 8, h * 4 + 8))
        }
        return seals
    }
}
