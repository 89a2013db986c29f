import Foundation

/// An ICC profile split over JPEG APP2 segments, each "ICC_PROFILE\0", its 1-based sequence
/// number, the chunk count, then its part of the profile; the parts may come in any order.
struct ICCProfileChunks {
    private static let signature = Array("ICC_PROFILE".utf8) + [0]
    private var parts: [Int: Data] = [:]
    private var count = 0
    private var inconsistent = false
    private var seen = false

    /// Takes one APP2 segment's body; segments of other kinds are ignored.
    mutating func add(segment: Slice<UnsafeBufferPointer<UInt8>>) {
        let start = segment.startIndex
        guard segment.count >= 14, segment[start..<(start + 12)].elementsEqual(Self.signature) else { return }
        let number = Int(segment[start + 12]), total = Int(segment[start + 13])
        seen = true
        if count == 0 { count = total }
        if number >= 1, total == count, parts[number] == nil {
            parts[number] = Data(segment[(start + 14)...])
        } else {
            inconsistent = true
        }
    }

    /// The whole profile when every chunk came once and agreed on the count.
    var profile: Data? {
        guard count > 0, !inconsistent, parts.count == count, parts.keys.allSatisfy({ $0 <= count }) else { return nil }
        return (1...count).compactMap { parts[$0] }.reduce(Data(), +)
    }

    /// Chunks were seen but do not make a whole profile.
    var isIncomplete: Bool { seen && profile == nil }
}
