import Foundation

/// The little DER writing we do ourselves.
enum DER {
    /// Tag, definite length, contents.
    static func encode(tag: UInt8, _ contents: Data) -> Data {
        var output = Data([tag])
        let count = contents.count
        if count < 0x80 {
            output.append(UInt8(count))
        } else {
            let bytes = withUnsafeBytes(of: UInt64(count).bigEndian) { Array($0) }.drop { $0 == 0 }
            output.append(0x80 | UInt8(bytes.count))
            output.append(contentsOf: bytes)
        }
        return output + contents
    }
}
