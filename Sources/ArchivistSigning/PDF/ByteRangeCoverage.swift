import Foundation

/// What a signature's /ByteRange covers, judged against the file and its /Contents.
public enum ByteRangeCoverage: Equatable, Sendable {
    /// Every byte of the file except exactly the /Contents hex string (with its < >).
    case entireFile
    /// Every byte of an earlier revision except the /Contents string; later
    /// incremental updates (such as further signatures) follow it.
    case revision(endingAt: Int, laterRevisions: Int)
    /// Anything else: the signature does not protect what it appears to. The text
    /// names the problem.
    case invalid(String)

    public var isAcceptable: Bool { if case .invalid = self { false } else { true } }

    /// Judges `byteRange` ([a b c d]) for a signature whose /Contents string lies at
    /// `contents` in a file of `fileLength` bytes whose revisions end at `revisionEnds`.
    static func judge(_ byteRange: [PDFObject]?, contents: Range<Int>?, fileLength: Int, revisionEnds: [Int]) -> ByteRangeCoverage {
        guard let byteRange else { return .invalid("the signature has no /ByteRange") }
        let numbers = byteRange.compactMap(\.integer)
        guard numbers.count == byteRange.count, numbers.count == 4 else {
            return .invalid("the /ByteRange has \(byteRange.count) numbers; it must have 4: the bytes before and after the signature")
        }
        let (start, firstLength, secondStart, secondLength) = (numbers[0], numbers[1], numbers[2], numbers[3])
        guard numbers.allSatisfy({ $0 >= 0 }) else { return .invalid("the /ByteRange has a negative number") }
        guard start == 0 else { return .invalid("the /ByteRange starts at byte \(start), not at the beginning of the file") }
        guard secondStart >= firstLength else { return .invalid("the /ByteRange's two ranges overlap or are out of order") }
        let (end, overflow) = secondStart.addingReportingOverflow(secondLength)
        guard !overflow, end <= fileLength else { return .invalid("the /ByteRange reaches byte \(end), past the end of the file (\(fileLength))") }
        guard let contents else { return .invalid("the /Contents hex string could not be located in the file") }
        let gap = firstLength..<secondStart
        if gap != contents {
            if gap.lowerBound <= contents.lowerBound && gap.upperBound >= contents.upperBound {
                return .invalid("the unsigned gap (bytes \(gap.lowerBound)-\(gap.upperBound), \(gap.count) bytes) is larger than the /Contents string (\(contents.count) bytes): \(gap.count - contents.count) bytes are not protected")
            }
            return .invalid("the unsigned gap (bytes \(gap.lowerBound)-\(gap.upperBound)) is not the /Contents string (bytes \(contents.lowerBound)-\(contents.upperBound))")
        }
        if end == fileLength { return .entireFile }
        guard revisionEnds.contains(end) else {
            return .invalid("bytes \(end)-\(fileLength) at the end of the file are not covered, and the signed range does not end at a revision boundary (%%EOF)")
        }
        let lastEnd = revisionEnds.last ?? 0
        guard lastEnd > end, lastEnd == fileLength else {
            return .invalid("bytes \(max(end, lastEnd))-\(fileLength) at the end of the file are not covered and are not a complete incremental update (no %%EOF after them)")
        }
        return .revision(endingAt: end, laterRevisions: revisionEnds.filter { $0 > end }.count)
    }
}
