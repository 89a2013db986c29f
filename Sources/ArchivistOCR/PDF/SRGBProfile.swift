import Foundation

/// A minimal ICC v2 display profile for sRGB (IEC 61966-2.1), generated here so that no
/// third-party profile has to be shipped: D50-adapted primaries (Bradford) and the sRGB
/// tone curve sampled at 256 points. It serves as the PDF/A OutputIntent's destination.
enum SRGBProfile {
    static let description = "sRGB IEC61966-2.1"

    static let bytes: Data = build()

    private static func build() -> Data {
        let curve = curveTag()
        // Tag signature and data; the three tone curves share one block.
        let tags: [(String, Data)] = [
            ("desc", descriptionTag(description)),
            ("cprt", textTag("No copyright, use freely")),
            ("wtpt", xyzTag(0.9642, 1.0, 0.8249)),
            ("rXYZ", xyzTag(0.4360747, 0.2225045, 0.0139322)),
            ("gXYZ", xyzTag(0.3850649, 0.7168786, 0.0971045)),
            ("bXYZ", xyzTag(0.1430804, 0.0606169, 0.7141733)),
            ("rTRC", curve), ("gTRC", curve), ("bTRC", curve),
        ]
        var table = Data()
        var body = Data()
        var firstOffsetOf: [Data: Int] = [:]
        let dataStart = 128 + 4 + 12 * tags.count
        table.appendBigEndian(UInt32(tags.count))
        for (signature, data) in tags {
            let offset: Int
            if let shared = firstOffsetOf[data] {
                offset = shared
            } else {
                offset = dataStart + body.count
                firstOffsetOf[data] = offset
                body.append(data)
                while body.count % 4 != 0 { body.append(0) }
            }
            table.append(contentsOf: Array(signature.utf8))
            table.appendBigEndian(UInt32(offset))
            table.appendBigEndian(UInt32(data.count))
        }
        let size = dataStart + body.count
        var header = Data()
        header.appendBigEndian(UInt32(size))
        header.append(contentsOf: [0, 0, 0, 0])                 // preferred CMM: none
        header.appendBigEndian(UInt32(0x0210_0000))             // version 2.1
        header.append(contentsOf: Array("mntrRGB XYZ ".utf8))   // display class, RGB data, XYZ PCS
        for part: UInt16 in [2024, 1, 1, 0, 0, 0] { header.appendBigEndian(part) }
        header.append(contentsOf: Array("acsp".utf8))
        header.append(Data(count: 24))                          // platform, flags, maker, model, attributes
        header.appendBigEndian(UInt32(0))                       // perceptual intent
        header.appendFixed(0.9642); header.appendFixed(1.0); header.appendFixed(0.8249)
        header.append(Data(count: 128 - header.count))          // creator and reserved bytes
        return header + table + body
    }

    private static func xyzTag(_ x: Double, _ y: Double, _ z: Double) -> Data {
        var tag = Data(Array("XYZ ".utf8)) + Data(count: 4)
        tag.appendFixed(x); tag.appendFixed(y); tag.appendFixed(z)
        return tag
    }

    private static func curveTag() -> Data {
        let points = 256
        var tag = Data(Array("curv".utf8)) + Data(count: 4)
        tag.appendBigEndian(UInt32(points))
        for index in 0..<points {
            let v = Double(index) / Double(points - 1)
            let linear = v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
            tag.appendBigEndian(UInt16((linear * 65535).rounded()))
        }
        return tag
    }

    private static func textTag(_ text: String) -> Data {
        Data(Array("text".utf8)) + Data(count: 4) + Data(Array(text.utf8)) + Data([0])
    }

    /// textDescriptionType: ASCII part, empty Unicode and ScriptCode parts.
    private static func descriptionTag(_ text: String) -> Data {
        var tag = Data(Array("desc".utf8)) + Data(count: 4)
        tag.appendBigEndian(UInt32(text.utf8.count + 1))
        tag.append(contentsOf: Array(text.utf8) + [0])
        tag.append(Data(count: 8))      // Unicode language code and count
        tag.append(Data(count: 3))      // ScriptCode code and count
        tag.append(Data(count: 67))     // ScriptCode characters
        return tag
    }
}

private extension Data {
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }

    /// s15Fixed16Number.
    mutating func appendFixed(_ value: Double) {
        appendBigEndian(Int32((value * 65536).rounded()))
    }
}
