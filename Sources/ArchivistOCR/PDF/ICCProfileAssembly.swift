import Foundation

/// Lays out an ICC v2.1 profile: the 128-byte header, the tag table and the tag data
/// (identical tag data is stored once), with the tag types Archivist's own profiles use.
enum ICCProfileAssembly {
    /// D50, the profile connection space's white.
    static let whitePoint = (x: 0.9642, y: 1.0, z: 0.8249)

    /// `deviceClass` like "mntr" or "scnr", `colorSpace` like "RGB " or "CMYK", `connectionSpace` "XYZ " or "Lab ".
    static func profile(deviceClass: String, colorSpace: String, connectionSpace: String, tags: [(String, Data)]) -> Data {
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
        var header = Data()
        header.appendBigEndian(UInt32(dataStart + body.count))
        header.append(contentsOf: [0, 0, 0, 0])                 // preferred CMM: none
        header.appendBigEndian(UInt32(0x0210_0000))             // version 2.1
        header.append(contentsOf: Array((deviceClass + colorSpace + connectionSpace).utf8))
        for part: UInt16 in [2024, 1, 1, 0, 0, 0] { header.appendBigEndian(part) }
        header.append(contentsOf: Array("acsp".utf8))
        header.append(Data(count: 24))                          // platform, flags, maker, model, attributes
        header.appendBigEndian(UInt32(0))                       // perceptual intent
        header.appendFixed(whitePoint.x); header.appendFixed(whitePoint.y); header.appendFixed(whitePoint.z)
        header.append(Data(count: 128 - header.count))          // creator and reserved bytes
        return header + table + body
    }

    static func xyzTag(_ x: Double, _ y: Double, _ z: Double) -> Data {
        var tag = Data(Array("XYZ ".utf8)) + Data(count: 4)
        tag.appendFixed(x); tag.appendFixed(y); tag.appendFixed(z)
        return tag
    }

    static func textTag(_ text: String) -> Data {
        Data(Array("text".utf8)) + Data(count: 4) + Data(Array(text.utf8)) + Data([0])
    }

    /// textDescriptionType: ASCII part, empty Unicode and ScriptCode parts.
    static func descriptionTag(_ text: String) -> Data {
        var tag = Data(Array("desc".utf8)) + Data(count: 4)
        tag.appendBigEndian(UInt32(text.utf8.count + 1))
        tag.append(contentsOf: Array(text.utf8) + [0])
        tag.append(Data(count: 8))      // Unicode language code and count
        tag.append(Data(count: 3))      // ScriptCode code and count
        tag.append(Data(count: 67))     // ScriptCode characters
        return tag
    }
}

extension Data {
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }

    /// s15Fixed16Number.
    mutating func appendFixed(_ value: Double) {
        appendBigEndian(Int32((value * 65536).rounded()))
    }
}
