import Foundation

/// Where a freshly written signature dictionary keeps its /ByteRange and /Contents,
/// and how to fill them in place without moving a byte.
struct SignaturePlaceholder {
    static let byteRangeBlank = "[0 0000000000 0000000000 0000000000]"

    /// The blank "[0 … ]" array.
    let byteRange: Range<Int>
    /// The hex string including its angle brackets: the one gap the ranges leave.
    let contents: Range<Int>

    init(in bytes: [UInt8], from start: Int) throws {
        guard let blank = bytes.firstRange(ofBytes: Array(("/ByteRange " + Self.byteRangeBlank).utf8), in: start..<bytes.count),
              let opening = bytes.firstRange(ofBytes: Array("/Contents <".utf8), in: blank.upperBound..<bytes.count),
              let closing = bytes[opening.upperBound...].firstIndex(of: UInt8(ascii: ">")) else {
            throw PDFError.malformed("signature placeholder not found", offset: start)
        }
        byteRange = blank.upperBound - Self.byteRangeBlank.utf8.count..<blank.upperBound
        contents = opening.upperBound - 1..<closing + 1
    }

    var coveredBefore: Range<Int> { 0..<contents.lowerBound }
    func coveredAfter(fileLength: Int) -> Range<Int> { contents.upperBound..<fileLength }

    /// Writes "[0 a b c]" padded with spaces to the blank's width.
    func writeByteRange(into bytes: inout [UInt8]) {
        let after = coveredAfter(fileLength: bytes.count)
        var text = "[0 \(contents.lowerBound) \(after.lowerBound) \(after.count)]"
        text += String(repeating: " ", count: byteRange.count - text.utf8.count)
        bytes.replaceSubrange(byteRange, with: Array(text.utf8))
    }

    /// Writes the DER signature as hex, zero-padded to the reserved length.
    func writeContents(_ signature: Data, into bytes: inout [UInt8]) throws {
        let capacity = (contents.count - 2) / 2
        guard signature.count <= capacity else { throw PDFError.signatureTooLarge(needed: signature.count, available: capacity) }
        let hex = Array(signature.lowercaseHex.utf8)
        bytes.replaceSubrange(contents.lowerBound + 1..<contents.lowerBound + 1 + hex.count, with: hex)
    }
}
