import ArchivistCore
import Foundation

/// What a file's first bytes say it is, whatever its name says.
enum FileSignature: Equatable {
    case image(ImageFormat)
    case other(String)
    case unknown(leadingBytes: String)

    static func read(_ url: URL) throws -> FileSignature? {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let bytes = [UInt8](try handle.read(upToCount: 16) ?? Data())
        return bytes.isEmpty ? nil : classify(bytes)
    }

    static func classify(_ bytes: [UInt8]) -> FileSignature {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .image(.tiff) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .image(.png) }
        if starts([0xFF, 0xD8, 0xFF]) { return .image(.jpeg) }
        if starts(Array("%PDF".utf8)) { return .image(.pdf) }
        if starts(Array("GIF8".utf8)) { return .other("GIF") }
        if starts([0x42, 0x4D]) { return .other("BMP") }
        if starts([0x49, 0x49, 0x2B, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2B]) { return .other("BigTIFF") }
        if starts([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50]) || starts([0xFF, 0x4F, 0xFF, 0x51]) { return .other("JPEG 2000") }
        if starts(Array("RIFF".utf8)) { return .other("WebP") }
        return .unknown(leadingBytes: describe(bytes))
    }

    /// The leading bytes as text when printable ('Hello wo'), else as hex.
    private static func describe(_ bytes: [UInt8]) -> String {
        let head = Array(bytes.prefix(8))
        if head.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x09 }) {
            let text = String(decoding: head, as: UTF8.self).replacingOccurrences(of: "\n", with: "\\n")
            return "'\(text)'"
        }
        return head.map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
