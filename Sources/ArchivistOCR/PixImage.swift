import ArchivistCore
import CLeptonica

/// Owns one Leptonica PIX and frees it. The pointer never leaves this module.
final class PixImage: @unchecked Sendable {
    private(set) var pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of a PIX returned by a Leptonica call; nil stays nil.
    init?(taking pointer: UnsafeMutablePointer<PIX>?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    deinit {
        var owned: UnsafeMutablePointer<PIX>? = pointer
        pixDestroy(&owned)
    }

    var width: Int { Int(pixGetWidth(pointer)) }
    var height: Int { Int(pixGetHeight(pointer)) }
    var depth: Int { Int(pixGetDepth(pointer)) }
    var horizontalResolution: Int { Int(pixGetXRes(pointer)) }

    func setResolution(_ dpi: Int) {
        pixSetResolution(pointer, Int32(dpi), Int32(dpi))
    }

    /// The part of the image inside `box` (clipped to the image); nil when they do not meet.
    func clipped(to box: PixelBox) -> PixImage? {
        guard box.right > box.left, box.bottom > box.top,
              let rectangle = boxCreate(Int32(box.left), Int32(box.top), Int32(box.right - box.left), Int32(box.bottom - box.top)) else { return nil }
        var owned: UnsafeMutablePointer<BOX>? = rectangle
        defer { boxDestroy(&owned) }
        return PixImage(taking: pixClipRectangle(pointer, rectangle, nil))
    }

    /// Ink pixels in each row (`byRow`) or each column of a bilevel image.
    func inkCounts(byRow: Bool) -> [Int] {
        var numa = byRow ? pixCountPixelsByRow(pointer, nil) : pixCountPixelsByColumn(pointer)
        defer { numaDestroy(&numa) }
        guard let numa, let values = numaGetFArray(numa, Int32(L_NOCOPY)) else { return [] }
        return (0..<Int(numaGetCount(numa))).map { Int(values[$0]) }
    }

    /// The bounding boxes (right and bottom exclusive) of the 8-connected ink of a 1-bpp image.
    var componentBoxes: [PixelBox] {
        var boxa = pixConnCompBB(pointer, 8)
        defer { boxaDestroy(&boxa) }
        guard let boxa else { return [] }
        return (0..<boxaGetCount(boxa)).compactMap { index in
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxa, index, &x, &y, &w, &h) == 0 else { return nil }
            return PixelBox(left: Int(x), top: Int(y), right: Int(x + w), bottom: Int(y + h))
        }
    }

    /// The pixels turned upright for EXIF orientations 3, 6 and 8 (mirrored ones are left as
    /// read); nil when already upright. OCR and the PDF writer both read JPEGs through this.
    func turnedUpright(exifOrientation: Int) -> PixImage? {
        switch exifOrientation {
        case 3: PixImage(taking: pixRotate180(nil, pointer))
        case 6: PixImage(taking: pixRotate90(pointer, 1))
        case 8: PixImage(taking: pixRotate90(pointer, -1))
        default: nil
        }
    }
}
