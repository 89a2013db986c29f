import Foundation

/// What a JPEG's markers say: size, components, precision, coding, whether an Adobe
/// APP14 segment is present (Adobe writes CMYK inverted, so PDF must decode it 1→0), and
/// the ICC profile its APP2 segments carry.
struct JPEGHeader: Equatable {
    var width: Int
    var height: Int
    var components: Int
    var precision: Int
    /// Baseline or progressive Huffman coding, the kinds PDF's DCTDecode reads.
    var isDCTDecodable: Bool
    var hasAdobeMarker: Bool
    /// EXIF orientation (1 = upright), when the file has one.
    var exifOrientation: Int?
    /// The embedded ICC profile, its APP2 chunks joined in sequence order; nil when there is none
    /// or when chunks are missing (then `iccProfileIncomplete`).
    var iccProfile: Data?
    var iccProfileIncomplete = false

    /// Scans markers up to the first start-of-frame; nil when the bytes are not a JPEG.
    static func read(_ bytes: Data) -> JPEGHeader? {
        bytes.withUnsafeBytes { read($0.bindMemory(to: UInt8.self)) }
    }

    private static func read(_ b: UnsafeBufferPointer<UInt8>) -> JPEGHeader? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var adobe = false
        var orientation: Int?
        var icc = ICCProfileChunks()
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            let body = i + 4
            guard length >= 2, body + length - 2 <= b.count else { return nil }
            switch marker {
            case 0xEE where length >= 7 && Array(b[body..<body + 5]) == Array("Adobe".utf8):
                adobe = true
            case 0xE1 where length >= 8 && Array(b[body..<body + 6]) == [0x45, 0x78, 0x69, 0x66, 0, 0]:
                orientation = exifOrientationValue(Array(b[(body + 6)..<(body + length - 2)]))
            case 0xE2:
                icc.add(segment: b[body..<(body + length - 2)])
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                guard length >= 8 else { return nil }
                return JPEGHeader(width: Int(b[body + 3]) << 8 | Int(b[body + 4]),
                                  height: Int(b[body + 1]) << 8 | Int(b[body + 2]),
                                  components: Int(b[body + 5]), precision: Int(b[body]),
                                  isDCTDecodable: [0xC0, 0xC1, 0xC2].contains(marker),
                                  hasAdobeMarker: adobe, exifOrientation: orientation,
                                  iccProfile: icc.profile, iccProfileIncomplete: icc.isIncomplete)
            default:
                break
            }
            i = body + length - 2
        }
        return nil
    }

    /// Tag 0x0112 from the first IFD of an EXIF TIFF block.
    private static func exifOrientationValue(_ tiff: [UInt8]) -> Int? {
        guard tiff.count >= 8 else { return nil }
        let little = tiff[0] == 0x49
        func u16(_ at: Int) -> Int? {
            guard at + 2 <= tiff.count else { return nil }
            return little ? Int(tiff[at]) | Int(tiff[at + 1]) << 8 : Int(tiff[at]) << 8 | Int(tiff[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let high = u16(little ? at + 2 : at), let low = u16(little ? at : at + 2) else { return nil }
            return high << 16 | low
        }
        guard let ifd = u32(4), let count = u16(ifd) else { return nil }
        for entry in 0..<count {
            let at = ifd + 2 + entry * 12
            if u16(at) == 0x0112 { return u16(at + 8) }
        }
        return nil
    }
}
