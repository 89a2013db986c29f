import Foundation

/// Shared by the test targets: the repository's samples/ folder, and scratch folders for tests.
public enum Samples {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    public static func file(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    public static func scratchFolder() throws -> URL { try TestScratch.folder("test") }
}

/// A PNG whose header claims the given size, with no pixel data: enough for header readers.
public func pngHeaderOnly(width: UInt32, height: UInt32) -> Data {
    func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
    let header: [UInt8] = Array("IHDR".utf8) + bigEndian(width) + bigEndian(height) + [8, 0, 0, 0, 0]
    return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bigEndian(13) + header + bigEndian(crc32(header))
                + bigEndian(0) + Array("IEND".utf8) + bigEndian(crc32(Array("IEND".utf8))))
}

/// CRC-32 (ISO 3309), as PNG chunks use it.
public func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}
