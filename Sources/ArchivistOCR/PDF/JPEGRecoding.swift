import CJPEGTranscode
import Foundation

/// How JPEG pages go into the PDF. Every choice keeps the file's DCT coefficients, so the
/// pixels a reader decodes are the scanner's own; only the entropy coding can change.
public enum JPEGRecoding: String, Sendable, Decodable, CaseIterable {
    /// The file's bytes, copied.
    case copied
    /// Huffman tables made for the page's own data (`jpegtran -optimize`): nothing on files
    /// written that way already, 10-20% on scanners' usual standard tables.
    case optimized
    /// Progressive scans with optimised tables (`jpegtran -optimize -progressive`): a further
    /// 5-10%, for about 0.2 s of CPU on a 200 dpi A4 page.
    case progressive

    /// The page re-coded, or nil when it is to be copied: asked to, re-coding failed (libjpeg's
    /// reason returned), or the result is no smaller.
    func recode(_ data: Data) -> (data: Data?, failure: String?) {
        guard self != .copied else { return (nil, nil) }
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        var message = [CChar](repeating: 0, count: 200)
        let status = data.withUnsafeBytes { input in
            archivist_jpeg_recode(input.bindMemory(to: UInt8.self).baseAddress, input.count, self == .progressive ? 1 : 0,
                                  &output, &size, &message, message.count)
        }
        guard status == 0, let output else {
            return (nil, String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        defer { free(output) }
        return size < data.count ? (Data(bytes: output, count: size), nil) : (nil, nil)
    }
}
