import Foundation

/// Finding a keyword ("%%EOF", "endstream", "startxref") in a PDF's bytes. The generic
/// `ranges(of:)` of the standard library costs about 30 ms per MB here; this scans with
/// `memchr` for the first byte and compares the rest, at memory speed.
extension [UInt8] {
    /// Where `pattern` occurs in `range`, in order, without overlaps.
    func ranges(ofBytes pattern: [UInt8], in range: Range<Int>? = nil) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = range?.lowerBound ?? 0
        while let match = firstRange(ofBytes: pattern, in: start..<(range?.upperBound ?? count)) {
            found.append(match)
            start = match.upperBound
        }
        return found
    }

    /// The first place `pattern` occurs in `range` (the whole array by default).
    func firstRange(ofBytes pattern: [UInt8], in range: Range<Int>? = nil) -> Range<Int>? {
        let range = (range ?? 0..<count).clamped(to: 0..<count)
        guard let first = pattern.first, range.count >= pattern.count else { return nil }
        return withUnsafeBufferPointer { bytes -> Range<Int>? in
            guard let base = bytes.baseAddress else { return nil }
            var position = range.lowerBound
            let lastStart = range.upperBound - pattern.count
            while position <= lastStart {
                guard let hit = memchr(base + position, Int32(first), lastStart - position + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if pattern.withUnsafeBufferPointer({ memcmp(base + offset, $0.baseAddress!, pattern.count) == 0 }) {
                    return offset..<offset + pattern.count
                }
                position = offset + 1
            }
            return nil
        }
    }
}
