import CLeptonica
import Foundation

/// zlib compression through Leptonica (which links zlib), for content streams and fonts.
enum Flate {
    static func compress(_ data: Data) -> Data? {
        var size = 0
        let output = data.withUnsafeBytes { buffer in
            zlibCompress(buffer.bindMemory(to: UInt8.self).baseAddress, buffer.count, &size)
        }
        guard let output else { return nil }
        defer { lept_free(output) }
        return Data(bytes: output, count: size)
    }
}
