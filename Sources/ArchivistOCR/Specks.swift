import ArchivistCore
import CLeptonica

/// Dust on a gray scan: dark specks a pixel or three across. Beside a word the engine reads one as
/// a period or a comma ("tháng."), over a letter as a tone mark ("phường"); on speckled held-out
/// pages they cost 4-10% of the words. A speck is erased when it is dark, no larger than 1/100 inch,
/// touches nothing within 1/100 inch, and has nothing above or below it within 1/30 inch: the
/// dots of a colon, of "i" and the marks over and under letters all do, and a period is larger.
/// At 200 dpi a period is speck-sized: only pages scanned at 280 dpi or more are cleaned.
enum Specks {
    static let minimumSourceDPI = 280

    /// Whitens the specks of `gray` (8 bpp, at `dpi`) in place; how many.
    static func erase(from gray: PixImage, dpi: Int) -> Int {
        guard gray.depth == 8, let light = PixImage(taking: pixThresholdToBinary(gray.pointer, 200)) else { return 0 }
        let boxes = light.componentBoxes
        let size = max(dpi / 100, 1), stack = max(dpi / 30, 2)
        let grid = BoxGrid(boxes, cell: 4 * stack)
        var erased = 0
        for (index, box) in boxes.enumerated() where box.right - box.left <= size + 1 && box.bottom - box.top <= size + 1 {
            guard let core = darkCore(of: box, in: gray), core.right - core.left <= size, core.bottom - core.top <= size else { continue }
            let around = PixelBox(left: box.left - size, top: box.top - size, right: box.right + size, bottom: box.bottom + size)
            let centre = (box.left + box.right) / 2
            let column = PixelBox(left: centre - 1, top: box.top - stack, right: centre + 2, bottom: box.bottom + stack)
            guard !grid.anyOther(than: index, meeting: around), !grid.anyOther(than: index, meeting: column) else { continue }
            guard let rectangle = boxCreate(Int32(box.left - 1), Int32(box.top - 1), Int32(box.right - box.left + 2),
                                            Int32(box.bottom - box.top + 2)) else { continue }
            var pointer: UnsafeMutablePointer<BOX>? = rectangle
            pixSetInRect(gray.pointer, rectangle)
            boxDestroy(&pointer)
            erased += 1
        }
        return erased
    }

    /// The box of the pixels darker than 150 inside `box`; nil when there are none.
    private static func darkCore(of box: PixelBox, in gray: PixImage) -> PixelBox? {
        var core: PixelBox?
        for y in box.top..<box.bottom {
            for x in box.left..<box.right {
                var value: l_uint32 = 255
                guard pixGetPixel(gray.pointer, Int32(x), Int32(y), &value) == 0, value < 150 else { continue }
                let pixel = PixelBox(left: x, top: y, right: x + 1, bottom: y + 1)
                core = core?.union(pixel) ?? pixel
            }
        }
        return core
    }
}

/// Boxes bucketed by a square grid, for "does any other box meet this area".
private struct BoxGrid {
    let boxes: [PixelBox]
    let cell: Int
    private var buckets: [Int: [Int]] = [:]

    init(_ boxes: [PixelBox], cell: Int) {
        (self.boxes, self.cell) = (boxes, max(cell, 1))
        for (index, box) in boxes.enumerated() {
            for key in keys(box) { buckets[key, default: []].append(index) }
        }
    }

    private func keys(_ box: PixelBox) -> [Int] {
        let columns = max(box.left, 0) / cell...max(box.right - 1, 0) / cell
        return (max(box.top, 0) / cell...max(box.bottom - 1, 0) / cell).flatMap { row in columns.map { row << 20 | $0 } }
    }

    func anyOther(than index: Int, meeting area: PixelBox) -> Bool {
        keys(area).contains { key in
            buckets[key]?.contains { other in
                let box = boxes[other]
                return other != index && box.left < area.right && area.left < box.right && box.top < area.bottom && area.top < box.bottom
            } ?? false
        }
    }
}
