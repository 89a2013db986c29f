import Foundation

/// How a page is shown: its visible box (the CropBox clipped to the MediaBox, in default user
/// space) and the clockwise /Rotate a viewer applies, both inherited through the page tree.
/// "Displayed" coordinates have their origin at the bottom-left of the page as the reader sees it.
struct PageGeometry: Equatable {
    let x0: Double, y0: Double, x1: Double, y1: Double
    /// 0, 90, 180 or 270.
    let rotation: Int

    init(box: [Double], rotation: Int) {
        (x0, y0, x1, y1) = (box[0], box[1], box[2], box[3])
        self.rotation = rotation
    }

    init(page: PDFDictionary, in file: PDFFile) throws {
        func inherited(_ key: String) throws -> PDFObject? {
            var node: PDFDictionary? = page
            for _ in 0..<64 {
                guard let current = node else { return nil }
                if let value = current[key] { return try file.resolve(value) }
                node = try file.resolve(current["Parent"]).dictionary
            }
            return nil
        }
        func rectangle(_ object: PDFObject?) throws -> [Double]? {
            guard let items = object?.array, items.count == 4 else { return nil }
            let numbers = try items.map { item -> Double in
                switch try file.resolve(item) {
                case .integer(let value): Double(value)
                case .real(let value): value
                default: throw PDFError.malformed("page box holds a non-number", offset: 0)
                }
            }
            return [min(numbers[0], numbers[2]), min(numbers[1], numbers[3]), max(numbers[0], numbers[2]), max(numbers[1], numbers[3])]
        }
        guard let media = try rectangle(inherited("MediaBox")) else { throw PDFError.missing("/MediaBox on page 1") }
        let crop = try rectangle(inherited("CropBox")) ?? media
        let box = [max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3])]
        let turn = try inherited("Rotate")?.integer ?? 0
        self.init(box: box[2] > box[0] && box[3] > box[1] ? box : media, rotation: ((turn % 360 + 360) % 360) / 90 * 90)
    }

    var isTurned: Bool { rotation == 90 || rotation == 270 }
    var displayedWidth: Double { isTurned ? y1 - y0 : x1 - x0 }
    var displayedHeight: Double { isTurned ? x1 - x0 : y1 - y0 }

    /// The user-space point shown at (u, v).
    func userPoint(_ u: Double, _ v: Double) -> (x: Double, y: Double) {
        switch rotation {
        case 90: (x1 - v, y0 + u)
        case 180: (x1 - u, y1 - v)
        case 270: (x0 + v, y1 - u)
        default: (x0 + u, y0 + v)
        }
    }

    /// The user-space rectangle [left bottom right top] shown as the displayed one.
    func userRectangle(left: Double, bottom: Double, right: Double, top: Double) -> [Double] {
        let a = userPoint(left, bottom), b = userPoint(right, top)
        return [min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)]
    }

    /// The form matrix that keeps content upright on screen: counter-clockwise by /Rotate.
    var uprightMatrix: [Int] {
        switch rotation {
        case 90: [0, 1, -1, 0, 0, 0]
        case 180: [-1, 0, 0, -1, 0, 0]
        case 270: [0, -1, 1, 0, 0, 0]
        default: [1, 0, 0, 1, 0, 0]
        }
    }
}
