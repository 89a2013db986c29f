import CLeptonica

/// Pixel access to a 1-bpp PIX (true: ink), for the loops Leptonica has no call for. Leptonica
/// keeps each row in 32-bit words, leftmost pixel in the most significant bit.
struct BitPlane {
    /// Held so that its pixels outlive every use of `data`.
    private let image: PixImage
    private let data: UnsafeMutablePointer<l_uint32>
    private let wordsPerLine: Int
    let width: Int, height: Int

    /// nil unless `image` is 1 bpp. The plane writes through to `image`.
    init?(_ image: PixImage) {
        guard image.depth == 1, let data = pixGetData(image.pointer) else { return nil }
        (self.image, self.data) = (image, data)
        wordsPerLine = Int(pixGetWpl(image.pointer))
        (width, height) = (image.width, image.height)
    }

    /// Ink at (x, y); outside the image, none.
    subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < height else { return false }
        return (data[y * wordsPerLine + (x >> 5)] >> (31 - UInt32(x & 31))) & 1 == 1
    }

    func set(_ x: Int, _ y: Int, _ ink: Bool) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let bit: l_uint32 = 1 << (31 - UInt32(x & 31))
        let word = y * wordsPerLine + (x >> 5)
        if ink { data[word] |= bit } else { data[word] &= ~bit }
    }
}
