import Foundation

/// A minimal ICC v2 display profile for sRGB (IEC 61966-2.1), generated here so that no
/// third-party profile has to be shipped: D50-adapted primaries (Bradford) and the sRGB
/// tone curve sampled at 256 points. It serves as the PDF/A OutputIntent's destination.
enum SRGBProfile {
    static let description = "sRGB IEC61966-2.1"

    static let bytes: Data = build()

    /// The red, green and blue primaries in D50 XYZ (Bradford-adapted from D65).
    static let primaries = (red: (0.4360747, 0.2225045, 0.0139322),
                            green: (0.3850649, 0.7168786, 0.0971045),
                            blue: (0.1430804, 0.0606169, 0.7141733))

    /// The sRGB tone curve: an encoded value in 0...1 to linear light.
    static func linear(_ v: Double) -> Double {
        v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }

    /// D50 XYZ of an encoded sRGB colour (components in 0...1).
    static func xyz(red: Double, green: Double, blue: Double) -> (x: Double, y: Double, z: Double) {
        let (r, g, b) = (linear(red), linear(green), linear(blue))
        let p = primaries
        return (p.red.0 * r + p.green.0 * g + p.blue.0 * b,
                p.red.1 * r + p.green.1 * g + p.blue.1 * b,
                p.red.2 * r + p.green.2 * g + p.blue.2 * b)
    }

    private static func build() -> Data {
        let curve = curveTag()
        let white = ICCProfileAssembly.whitePoint
        let p = primaries
        // The three tone curves share one block.
        return ICCProfileAssembly.profile(deviceClass: "mntr", colorSpace: "RGB ", connectionSpace: "XYZ ", tags: [
            ("desc", ICCProfileAssembly.descriptionTag(description)),
            ("cprt", ICCProfileAssembly.textTag("No copyright, use freely")),
            ("wtpt", ICCProfileAssembly.xyzTag(white.x, white.y, white.z)),
            ("rXYZ", ICCProfileAssembly.xyzTag(p.red.0, p.red.1, p.red.2)),
            ("gXYZ", ICCProfileAssembly.xyzTag(p.green.0, p.green.1, p.green.2)),
            ("bXYZ", ICCProfileAssembly.xyzTag(p.blue.0, p.blue.1, p.blue.2)),
            ("rTRC", curve), ("gTRC", curve), ("bTRC", curve),
        ])
    }

    private static func curveTag() -> Data {
        let points = 256
        var tag = Data(Array("curv".utf8)) + Data(count: 4)
        tag.appendBigEndian(UInt32(points))
        for index in 0..<points {
            let linear = linear(Double(index) / Double(points - 1))
            tag.appendBigEndian(UInt16((linear * 65535).rounded()))
        }
        return tag
    }
}
