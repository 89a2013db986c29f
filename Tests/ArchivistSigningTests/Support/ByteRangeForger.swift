import ArchivistSigning
import Foundation

/// Makes coverage anomalies from a PDF we signed once: rewrites its /ByteRange to
/// `ranges` and puts a fresh, cryptographically valid CMS over exactly those bytes,
/// so only the coverage is wrong (as in pyHanko's coverage-anomalies corpus).
enum ByteRangeForger {
    struct Layout {
        let byteRange: Range<Int>
        /// The /Contents string with its angle brackets.
        let contents: Range<Int>
        var gapStart: Int { contents.lowerBound }
        var gapEnd: Int { contents.upperBound }
    }

    static func layout(of pdf: Data) throws -> Layout {
        let bytes = [UInt8](pdf)
        let arrayStart = bytes.firstRange(of: Array("/ByteRange [".utf8))!.upperBound - 1
        let arrayEnd = bytes[arrayStart...].firstIndex(of: UInt8(ascii: "]"))! + 1
        let open = bytes.firstRange(of: Array("/Contents <".utf8))!.upperBound - 1
        let close = bytes[open...].firstIndex(of: UInt8(ascii: ">"))! + 1
        return Layout(byteRange: arrayStart..<arrayEnd, contents: open..<close)
    }

    static func forge(_ pdf: Data, ranges: [Int], identity: SigningIdentity) throws -> Data {
        var bytes = [UInt8](pdf)
        let layout = try layout(of: pdf)
        var text = "[" + ranges.map(String.init).joined(separator: " ") + "]"
        precondition(text.utf8.count <= layout.byteRange.count, "forged /ByteRange too long")
        text += String(repeating: " ", count: layout.byteRange.count - text.utf8.count)
        bytes.replaceSubrange(layout.byteRange, with: Array(text.utf8))
        var covered = Data()
        for pair in stride(from: 0, to: ranges.count, by: 2) {
            covered += bytes[ranges[pair]..<ranges[pair] + ranges[pair + 1]]
        }
        let signature = try CMSSigner(identity: identity).signature(over: covered, signingTime: nil)
        var hex = Array(signature.map { String(format: "%02x", $0) }.joined().utf8)
        hex += [UInt8](repeating: UInt8(ascii: "0"), count: layout.contents.count - 2 - hex.count)
        bytes.replaceSubrange(layout.contents.lowerBound + 1..<layout.contents.upperBound - 1, with: hex)
        return Data(bytes)
    }
}
