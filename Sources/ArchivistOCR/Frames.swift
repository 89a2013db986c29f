import ArchivistCore
import CLeptonica

/// Rectangular frames drawn around words: "MẬT" or "KHẨN" stamped in a double box under the
/// number line. On a skewed, faded or blurred scan the engine takes the framed word for a
/// picture and reads nothing there. A frame is a piece of ink whose pixels lie along its bounding
/// box (a seal's ring, round, does not), at least a line high and twice as wide, with ink inside
/// it, or, where the words touch it, the piece's four sides when each is inked nearly end to end;
/// it is whitened on a copy of the page so the words it holds can be read.
enum Frames {
    /// A copy of `image` with the frames in `region` whitened; nil when there are none.
    static func erased(in region: PixelBox, of image: PixImage, lineHeight: Int) -> PixImage? {
        guard let clip = image.clipped(to: region),
              let ink = clip.depth == 1 ? clip : PixImage(taking: pixConvertTo1(clip.pointer, 160)) else { return nil }
        var pieces: UnsafeMutablePointer<PIXA>?
        var boxes = pixConnComp(ink.pointer, &pieces, 8)
        defer {
            boxaDestroy(&boxes)
            pixaDestroy(&pieces)
        }
        guard let pieces else { return nil }
        var frames: [(mask: PixImage, x: Int32, y: Int32)] = []
        for index in 0..<pixaGetCount(pieces) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard pixaGetBoxGeometry(pieces, index, &x, &y, &w, &h) == 0, Int(h) >= lineHeight, w >= 2 * h,
                  let mask = PixImage(taking: pixaGetPix(pieces, index, Int32(L_CLONE))) else { continue }
            let band = max(3, h / 8)
            let inside = PixelBox(left: Int(band), top: Int(band), right: Int(w - band), bottom: Int(h - band))
            let all = inkCount(mask, in: nil), along = all - inkCount(mask, in: inside)
            // Ink along the box, thin, around ink of its own: a frame.
            let framed = PixelBox(left: Int(x + band), top: Int(y + band), right: Int(x + w - band), bottom: Int(y + h - band))
            let inkInside = inkCount(ink, in: framed) - (all - along)
            if all > 0, 10 * along >= 9 * all, 3 * all <= w * h, inkInside > band * band {
                frames.append((mask, x, y))
            } else if inkCount(mask, in: inside) > band * band, let sides = sidesOnly(of: mask, band: band) {
                // Letters touching the frame ("TỐI MẬT", its accent on the top side) join it in one
                // piece: its four sides, inked nearly end to end, are the frame.
                frames.append((sides, x, y))
            }
        }
        guard !frames.isEmpty, let copy = PixImage(taking: pixCopy(nil, image.pointer)) else { return nil }
        for frame in frames {
            whiten(frame.mask, at: (Int32(region.left) + frame.x, Int32(region.top) + frame.y), in: copy)
        }
        return copy
    }

    /// The piece's ink along the four sides of its box, `band` deep, when each side is inked along
    /// nine tenths of its length; nil otherwise (a word's letters are not).
    private static func sidesOnly(of piece: PixImage, band: Int32) -> PixImage? {
        let w = piece.width, h = piece.height, depth = Int(band)
        let sides = [PixelBox(left: 0, top: 0, right: w, bottom: depth), PixelBox(left: 0, top: h - depth, right: w, bottom: h),
                     PixelBox(left: 0, top: 0, right: depth, bottom: h), PixelBox(left: w - depth, top: 0, right: w, bottom: h)]
        for (index, side) in sides.enumerated() {
            // The top and bottom sides are counted by column, the left and right ones by row.
            guard let counts = piece.clipped(to: side)?.inkCounts(byRow: index >= 2), !counts.isEmpty,
                  10 * counts.filter({ $0 > 0 }).count >= 9 * counts.count else { return nil }
        }
        guard let mask = PixImage(taking: pixCreateTemplate(piece.pointer)) else { return nil }
        for side in sides {
            pixRasterop(mask.pointer, Int32(side.left), Int32(side.top), Int32(side.right - side.left), Int32(side.bottom - side.top),
                        PIX_SRC, piece.pointer, Int32(side.left), Int32(side.top))
        }
        return mask
    }

    /// Paints the ink of `mask`, placed at `origin`, white in `image`. Leptonica's masked set
    /// takes no bilevel page (it left the frames of bilevel scans as they were, held-out seed
    /// 9500): there the mask's pixels are cleared.
    private static func whiten(_ mask: PixImage, at origin: (x: Int32, y: Int32), in image: PixImage) {
        switch image.depth {
        case 1: pixRasterop(image.pointer, origin.x, origin.y, Int32(mask.width), Int32(mask.height), PIX_DST & (PIX_SRC ^ 0xf), mask.pointer, 0, 0)
        case 8: pixSetMaskedGeneral(image.pointer, mask.pointer, 255, origin.x, origin.y)
        default: pixSetMaskedGeneral(image.pointer, mask.pointer, 0xFFFF_FF00, origin.x, origin.y)
        }
    }

    /// The ink pixels of a 1-bpp image, in `area` or all of them.
    private static func inkCount(_ image: PixImage, in area: PixelBox?) -> Int32 {
        var count: Int32 = 0
        guard let part = area == nil ? image : area.flatMap(image.clipped) else { return 0 }
        pixCountPixels(part.pointer, &count, nil)
        return count
    }
}
