import Foundation

/// A PDF read for signing or verifying: its bytes, cross-reference, and objects
/// resolved on demand (including those inside object streams).
final class PDFFile {
    let bytes: [UInt8]
    let crossReference: CrossReference
    private var objectStreams: [Int: [Int: PDFObject]] = [:]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        guard bytes.firstRange(ofBytes: Array("%PDF-".utf8), in: 0..<Swift.min(1024, bytes.count)) != nil else { throw PDFError.notAPDF }
        crossReference = try CrossReference(bytes: bytes)
    }

    var trailer: PDFDictionary { crossReference.trailer }

    /// The object a reference names; `null` for a free or unknown object, as the spec says.
    func object(_ reference: PDFReference) throws -> PDFObject {
        switch crossReference.entries[reference.number] {
        case .offset(let offset, _): return try objectWithOffset(at: offset).object
        case .compressed(let stream, let index): return try compressedObject(reference.number, stream: stream, index: index)
        case .free, nil: return .null
        }
    }

    /// Follows references until a direct object.
    func resolve(_ object: PDFObject?) throws -> PDFObject {
        var current = object ?? .null
        var hops = 0
        while case .reference(let reference) = current {
            hops += 1
            guard hops < 32 else { throw PDFError.malformed("reference loop at object \(reference.number)", offset: 0) }
            current = try self.object(reference)
        }
        return current
    }

    /// The object at `offset` ("n g obj …"), with value spans for its dictionary.
    func objectWithOffset(at offset: Int) throws -> (reference: PDFReference, object: PDFObject) {
        guard offset >= 0, offset < bytes.count else { throw PDFError.malformed("object offset outside the file", offset: offset) }
        var parser = PDFParser(bytes: bytes, position: offset)
        parser.lengthResolver = { [weak self] reference in try? self?.resolve(.reference(reference)).integer }
        return try parser.indirectObject()
    }

    /// The file offset of an uncompressed object, when it has one.
    func offset(of reference: PDFReference) -> Int? {
        if case .offset(let offset, _) = crossReference.entries[reference.number] { return offset }
        return nil
    }

    private func compressedObject(_ number: Int, stream: Int, index: Int) throws -> PDFObject {
        if objectStreams[stream] == nil { objectStreams[stream] = try unpackObjectStream(stream) }
        return objectStreams[stream]?[number] ?? .null
    }

    /// Every object in an object stream (/Type /ObjStm), by number.
    private func unpackObjectStream(_ number: Int) throws -> [Int: PDFObject] {
        guard case .stream(let dictionary, let raw) = try object(PDFReference(number: number, generation: 0)),
              let count = dictionary["N"]?.integer, let first = dictionary["First"]?.integer else {
            throw PDFError.malformed("object stream \(number) is missing or damaged", offset: 0)
        }
        let data = [UInt8](try StreamDecoder.decode(raw, dictionary: dictionary))
        var header = PDFParser(bytes: data)
        var objects: [Int: PDFObject] = [:]
        for _ in 0..<count {
            guard let objectNumber = Int(header.word()), let relative = Int(header.word()) else { break }
            var parser = PDFParser(bytes: data, position: first + relative)
            objects[objectNumber] = try parser.value()
        }
        return objects
    }

    /// The catalog (/Root).
    func catalog() throws -> (PDFReference, PDFDictionary) {
        guard let reference = trailer["Root"]?.reference, let catalog = try resolve(.reference(reference)).dictionary else {
            throw PDFError.missing("document catalog (/Root)")
        }
        return (reference, catalog)
    }

    /// The first page's reference and dictionary, found by walking /Pages /Kids.
    func firstPage() throws -> (PDFReference, PDFDictionary) {
        var node = try catalog().1["Pages"]
        for _ in 0..<64 {
            guard let reference = node?.reference, let dictionary = try resolve(node).dictionary else { break }
            if dictionary["Type"]?.name == "Page" || dictionary["Kids"] == nil { return (reference, dictionary) }
            node = try resolve(dictionary["Kids"]).array?.first
        }
        throw PDFError.missing("page (/Pages tree is empty or damaged)")
    }

    /// Byte offsets just past each `%%EOF` marker (and its end-of-line): where each
    /// revision ends. The last one is normally the file's length.
    var revisionEnds: [Int] {
        bytes.ranges(ofBytes: Array("%%EOF".utf8)).map { range in
            var end = range.upperBound
            if end < bytes.count, bytes[end] == 0x0D { end += 1 }
            if end < bytes.count, bytes[end] == 0x0A { end += 1 }
            return end
        }
    }
}
