import Foundation

/// Writes numbered indirect objects into one PDF file body and finishes it with a
/// cross-reference table whose offsets are those of the bytes actually written.
struct PDFObjectWriter {
    private(set) var bytes = Data()
    private var offsets: [Int: Int] = [:]
    private var nextNumber = 1

    /// Starts the file: version header and a comment of four high bytes, which marks it binary.
    init() {
        append("%PDF-1.7\n%")
        bytes.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3])
        append("\n")
    }

    /// Reserves an object number to refer to before the object is written.
    mutating func reserve() -> Int {
        defer { nextNumber += 1 }
        return nextNumber
    }

    /// Writes a dictionary object.
    mutating func write(_ number: Int, _ dictionary: String) {
        begin(number)
        append(dictionary)
        append("\nendobj\n")
    }

    /// Writes a stream object; `/Length` is added to the given dictionary entries.
    mutating func writeStream(_ number: Int, _ entries: String, data: Data) {
        begin(number)
        append("<< \(entries) /Length \(data.count) >>\nstream\n")
        bytes.append(data)
        append("\nendstream\nendobj\n")
    }

    /// Ends the file with the xref table and trailer; every reserved number must be written.
    mutating func finish(root: Int, info: Int, fileID: [UInt8]) throws -> Data {
        let missing = (1..<nextNumber).filter { offsets[$0] == nil }
        guard missing.isEmpty else { throw PDFAssemblyError(reason: "objects \(missing) were reserved but never written") }
        let start = bytes.count
        var table = "xref\n0 \(nextNumber)\n0000000000 65535 f \n"
        for number in 1..<nextNumber {
            table += String(format: "%010d 00000 n \n", offsets[number]!)
        }
        let id = PDFSyntax.hex(fileID)
        table += "trailer\n<< /Size \(nextNumber) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(id)> <\(id)>] >>\n"
        table += "startxref\n\(start)\n%%EOF\n"
        append(table)
        return bytes
    }

    private mutating func begin(_ number: Int) {
        precondition(number < nextNumber, "object \(number) was not reserved")
        offsets[number] = bytes.count
        append("\(number) 0 obj\n")
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: Array(text.utf8))
    }
}

/// An internal inconsistency while assembling a PDF; the writer wraps it with the document.
struct PDFAssemblyError: Error {
    var reason: String
}
