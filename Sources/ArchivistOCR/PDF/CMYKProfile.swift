import Foundation

/// Archivist's own CMYK input profile, for CMYK JPEGs that embed none: an ICC v2 profile
/// describing the naive conversion PDF viewers apply to DeviceCMYK (sRGB red = (1−C)(1−K),
/// likewise green with M and blue with Y), sampled on a 9-point grid into an A2B0 table to Lab.
/// Generated here, like `SRGBProfile`, so no third-party profile is shipped or licensed.
enum CMYKProfile {
    static let description = "Archivist naive CMYK, (1-C)(1-K) to sRGB"

    static let bytes: Data = ICCProfileAssembly.profile(deviceClass: "scnr", colorSpace: "CMYK", connectionSpace: "Lab ", tags: [
        ("desc", ICCProfileAssembly.descriptionTag(description)),
        ("cprt", ICCProfileAssembly.textTag("No copyright, use freely")),
        ("wtpt", ICCProfileAssembly.xyzTag(ICCProfileAssembly.whitePoint.x, ICCProfileAssembly.whitePoint.y,
                                           ICCProfileAssembly.whitePoint.z)),
        ("A2B0", lookupTable(gridPoints: 9)),
    ])

    /// CIE Lab (D50) of a CMYK colour, components in 0...1.
    static func lab(cyan: Double, magenta: Double, yellow: Double, black: Double) -> (l: Double, a: Double, b: Double) {
        let paper = 1 - black
        let xyz = SRGBProfile.xyz(red: (1 - cyan) * paper, green: (1 - magenta) * paper, blue: (1 - yellow) * paper)
        let white = ICCProfileAssembly.whitePoint
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : t * 841 / 108 + 4.0 / 29 }
        let (fx, fy, fz) = (f(xyz.x / white.x), f(xyz.y / white.y), f(xyz.z / white.z))
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    }

    /// lut16Type ('mft2'): identity input and output curves around a CMYK → Lab grid, the first
    /// channel (C) varying slowest; Lab in the ICC v2 16-bit encoding (L 100 = 0xFF00, a/b 0 = 0x8000).
    private static func lookupTable(gridPoints n: Int) -> Data {
        var tag = Data(Array("mft2".utf8)) + Data(count: 4)
        tag.append(contentsOf: [4, 3, UInt8(n), 0])
        for row in 0..<3 { for column in 0..<3 { tag.appendFixed(row == column ? 1 : 0) } }
        tag.appendBigEndian(UInt16(2)); tag.appendBigEndian(UInt16(2))
        for _ in 0..<4 { tag.appendBigEndian(UInt16(0)); tag.appendBigEndian(UInt16.max) }
        let step = 1 / Double(n - 1)
        func encoded(_ value: Double) -> UInt16 { UInt16(min(max(value.rounded(), 0), 65535)) }
        for c in 0..<n { for m in 0..<n { for y in 0..<n { for k in 0..<n {
            let lab = lab(cyan: Double(c) * step, magenta: Double(m) * step, yellow: Double(y) * step, black: Double(k) * step)
            tag.appendBigEndian(encoded(lab.l * 652.8))
            tag.appendBigEndian(encoded((lab.a + 128) * 256))
            tag.appendBigEndian(encoded((lab.b + 128) * 256))
        } } } }
        for _ in 0..<3 { tag.appendBigEndian(UInt16(0)); tag.appendBigEndian(UInt16.max) }
        return tag
    }
}
