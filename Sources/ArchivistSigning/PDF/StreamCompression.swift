import COpenSSL
import Foundation

/// FlateDecode data for the streams a signature adds (the visible mark's font and appearance).
enum StreamCompression {
    static func deflate(_ data: Data) throws -> Data {
        var size = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = data.withUnsafeBytes { source in
            compress2(&output, &size, source.bindMemory(to: UInt8.self).baseAddress, uLong(source.count), Z_BEST_COMPRESSION)
        }
        guard status == Z_OK else { throw PDFError.malformed("zlib could not compress a stream (status \(status))", offset: 0) }
        return Data(output.prefix(Int(size)))
    }
}
