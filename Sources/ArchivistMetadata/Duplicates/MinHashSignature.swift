/// A MinHash signature of a text's word shingles (folded, so diacritic-level OCR noise
/// matters little). The share of equal slots estimates the Jaccard similarity of the shingle sets.
public struct MinHashSignature: Sendable, Codable, Hashable {
    public var slots: [UInt64]

    /// - Parameters:
    ///   - shingleSize: words per shingle.
    ///   - count: number of hash functions (slots); more is more precise.
    public init(text: String, shingleSize: Int = 3, count: Int = 128) {
        let words = VietnameseFolding.tokens(text).filter { $0.count > 1 || $0.allSatisfy(\.isNumber) }
        var shingles = Set<UInt64>()
        if words.count >= shingleSize {
            for start in 0...(words.count - shingleSize) {
                shingles.insert(Self.hash(words[start..<start + shingleSize].joined(separator: " ")))
            }
        } else if !words.isEmpty {
            shingles.insert(Self.hash(words.joined(separator: " ")))
        }
        slots = (0..<count).map { seed in
            let salt = Self.mix(UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
            return shingles.map { Self.mix($0 ^ salt) }.min() ?? .max
        }
    }

    /// Estimated Jaccard similarity in [0, 1].
    public func similarity(to other: MinHashSignature) -> Double {
        let count = min(slots.count, other.slots.count)
        guard count > 0 else { return 0 }
        let equal = (0..<count).filter { slots[$0] == other.slots[$0] && slots[$0] != .max }.count
        return Double(equal) / Double(count)
    }

    /// FNV-1a over UTF-8: stable across runs and platforms (unlike Hasher).
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }

    /// SplitMix64 finalizer.
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
