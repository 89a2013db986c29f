import Foundation

/// New and changed objects appended after a PDF's last byte, with their own
/// cross-reference section (a table, or a stream when the file already uses them)
/// and a trailer whose /Prev points at the previous section.
struct IncrementalUpdate {
    let file: PDFFile
    private var nextNumber: Int
    private var bodies: [(PDFReference, [UInt8])] = []

    init(file: PDFFile) throws {
        self.file = file
        guard let size = file.trailer["Size"]?.integer, size > 0 else { throw PDFError.missing("/Size in the trailer") }
        nextNumber = max(size, (file.crossReference.entries.keys.max() ?? 0) + 1)
    }

    /// A fresh object number.
    mutating func allocate() -> PDFReference {
        defer { nextNumber += 1 }
        return PDFReference(number: nextNumber, generation: 0)
    }

    /// Writes (or replaces) an object in this update.
    mutating func set(_ reference: PDFReference, _ object: PDFObject) {
        set(reference, raw: PDFSerializer.bytes(object))
    }

    mutating func set(_ reference: PDFReference, raw: [UInt8]) {
        bodies.removeAll { $0.0 == reference }
        bodies.append((reference, raw))
    }

    /// The whole new file, and where each updated object starts in it.
    func assemble() -> (bytes: [UInt8], offsets: [PDFReference: Int]) {
        var output = file.bytes
        if let last = output.last, last != 0x0A, last != 0x0D { output.append(0x0A) }
        var offsets: [PDFReference: Int] = [:]
        for (reference, body) in bodies {
            offsets[reference] = output.count
            output += Array("\(reference.number) \(reference.generation) obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        var trailer = PDFDictionary()
        for key in ["Root", "Info", "ID"] { trailer[key] = file.trailer[key] }
        trailer["Prev"] = .integer(file.crossReference.startOffset)
        let sectionOffset = output.count
        if file.crossReference.usesStream {
            let streamReference = PDFReference(number: nextNumber, generation: 0)
            offsets[streamReference] = sectionOffset
            output += crossReferenceStream(streamReference, offsets: offsets, trailer: trailer)
        } else {
            output += crossReferenceTable(offsets: offsets, trailer: trailer)
        }
        output += Array("startxref\n\(sectionOffset)\n%%EOF\n".utf8)
        return (output, offsets)
    }

    /// Runs of consecutive object numbers, for xref subsections.
    private static func runs(_ numbers: [Int]) -> [[Int]] {
        numbers.sorted().reduce(into: [[Int]]()) { runs, number in
            if let last = runs.last?.last, last + 1 == number { runs[runs.count - 1].append(number) } else { runs.append([number]) }
        }
    }

    private func crossReferenceTable(offsets: [PDFReference: Int], trailer: PDFDictionary) -> [UInt8] {
        var trailer = trailer
        trailer["Size"] = .integer(nextNumber)
        var text = "xref\n"
        let byNumber = Dictionary(uniqueKeysWithValues: offsets.map { ($0.key.number, ($0.value, $0.key.generation)) })
        for run in Self.runs(Array(byNumber.keys)) {
            text += "\(run[0]) \(run.count)\n"
            for number in run {
                let (offset, generation) = byNumber[number]!
                text += String(format: "%010d %05d n\r\n", offset, generation)
            }
        }
        var output = Array((text + "trailer\n").utf8)
        PDFSerializer.write(trailer, to: &output)
        return output + [0x0A]
    }

    private func crossReferenceStream(_ reference: PDFReference, offsets: [PDFReference: Int], trailer: PDFDictionary) -> [UInt8] {
        var dictionary = trailer
        dictionary["Type"] = .name("XRef")
        dictionary["Size"] = .integer(nextNumber + 1)
        dictionary["W"] = .array([.integer(1), .integer(4), .integer(2)])
        let byNumber = Dictionary(uniqueKeysWithValues: offsets.map { ($0.key.number, ($0.value, $0.key.generation)) })
        let runs = Self.runs(Array(byNumber.keys))
        dictionary["Index"] = .array(runs.flatMap { [PDFObject.integer($0[0]), .integer($0.count)] })
        var rows = Data()
        for number in runs.joined() {
            let (offset, generation) = byNumber[number]!
            rows.append(1)
            rows.append(contentsOf: withUnsafeBytes(of: UInt32(offset).bigEndian) { Array($0) })
            rows.append(contentsOf: withUnsafeBytes(of: UInt16(generation).bigEndian) { Array($0) })
        }
        return Array("\(reference.number) 0 obj\n".utf8) + PDFSerializer.bytes(.stream(dictionary, rows)) + Array("\nendobj\n".utf8)
    }
}
