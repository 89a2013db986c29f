import Foundation

/// The header fields of an ICC profile that decide whether a PDF/A-2 file may use it as an
/// image's ICCBased colour space (ISO 19005-2 §6.2.4.2: ICC.1 up to version 4, ISO 15076-1).
struct ICCProfileHeader {
    var declaredSize: Int
    var majorVersion: Int
    /// "scnr", "mntr", "prtr", "spac", ...
    var deviceClass: String
    /// "GRAY", "RGB ", "CMYK", ...
    var colorSpace: String

    /// Nil when the bytes are too short for a header or lack the "acsp" signature.
    init?(_ profile: Data) {
        let b = [UInt8](profile.prefix(128))
        guard b.count == 128, b[36..<40].elementsEqual("acsp".utf8) else { return nil }
        declaredSize = b[0..<4].reduce(0) { $0 << 8 | Int($1) }
        majorVersion = Int(b[8])
        deviceClass = String(decoding: b[12..<16], as: UTF8.self)
        colorSpace = String(decoding: b[16..<20], as: UTF8.self)
    }

    /// Why `profile` cannot describe image data of `components` channels in PDF/A-2; nil when it can.
    static func problem(with profile: Data, components: Int) -> String? {
        guard let header = ICCProfileHeader(profile) else { return "not an ICC profile (no 'acsp' header)" }
        let expected = [1: "GRAY", 3: "RGB ", 4: "CMYK"][components] ?? "?"
        if header.colorSpace != expected {
            return "for \(header.colorSpace.trimmingCharacters(in: .whitespaces)) data, the image is \(expected)"
        }
        if !(2...4).contains(header.majorVersion) { return "ICC version \(header.majorVersion), PDF/A-2 takes 2 to 4" }
        if !["scnr", "mntr", "prtr", "spac"].contains(header.deviceClass) {
            return "of device class '\(header.deviceClass)', which cannot describe an image"
        }
        if header.declaredSize != profile.count {
            return "cut short or padded (\(profile.count) bytes, its header says \(header.declaredSize))"
        }
        return nil
    }
}
