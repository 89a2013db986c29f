@testable import ArchivistSigning
import Foundation
import Testing

/// The memchr keyword search must find exactly what the standard library's generic search finds.
@Test func byteSearchAgreesWithTheStandardLibrary() {
    var generator = SystemRandomNumberGenerator()
    let pattern = Array("%%EOF".utf8)
    for length in [0, 4, 5, 6, 64, 4096] {
        // Few distinct bytes, so the pattern and near misses ("%%EO", "%%%EOF") occur often.
        let alphabet = Array("%EOF\n".utf8)
        var bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        if length >= 5 { bytes.replaceSubrange(length - 5..<length, with: pattern) }  // one at the very end
        #expect(bytes.ranges(ofBytes: pattern) == bytes.ranges(of: pattern), "length \(length)")
        let middle = length / 3..<length
        #expect(bytes.firstRange(ofBytes: pattern, in: middle) == bytes[middle].firstRange(of: pattern), "length \(length)")
    }
    #expect([UInt8]("abc".utf8).firstRange(ofBytes: []) == nil)
    #expect([UInt8]("%%EOF".utf8).firstRange(ofBytes: pattern, in: 1..<5) == nil, "a match must lie wholly inside the range")
}
