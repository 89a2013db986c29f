import Foundation

/// The trailer's /ID: 16 bytes derived from the file's content (two FNV-1a 64-bit hashes
/// with different seeds), so different documents get different identifiers.
enum FileIdentifier {
    static func make(_ bytes: Data) -> [UInt8] {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        let prime: UInt64 = 0x0000_0100_0000_01B3
        bytes.withUnsafeBytes { buffer in
            for byte in buffer {
                first = (first ^ UInt64(byte)) &* prime
                second = (second &* prime) ^ UInt64(byte)
            }
        }
        return withUnsafeBytes(of: first.bigEndian, Array.init) + withUnsafeBytes(of: second.bigEndian, Array.init)
    }
}
