import Foundation

/// An indirect object's number and generation ("12 0 R").
struct PDFReference: Hashable, Sendable {
    let number: Int
    let generation: Int
}

/// The PDF object model, as far as signing and verifying need it.
indirect enum PDFObject: Equatable {
    case null
    case boolean(Bool)
    case integer(Int)
    case real(Double)
    case string(Data)
    case name(String)
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case reference(PDFReference)
    case stream(PDFDictionary, Data)

    var integer: Int? { if case .integer(let value) = self { value } else { nil } }
    var name: String? { if case .name(let value) = self { value } else { nil } }
    var string: Data? { if case .string(let value) = self { value } else { nil } }
    var array: [PDFObject]? { if case .array(let value) = self { value } else { nil } }
    var reference: PDFReference? { if case .reference(let value) = self { value } else { nil } }
    var dictionary: PDFDictionary? {
        switch self {
        case .dictionary(let value), .stream(let value, _): value
        default: nil
        }
    }
}

/// A dictionary that keeps its keys' order and, when parsed, where each value lay.
struct PDFDictionary: Equatable {
    private(set) var keys: [String] = []
    private var values: [String: PDFObject] = [:]
    /// Byte range of each value in the file (filled by the parser; ignored by ==).
    var spans: [String: Range<Int>] = [:]

    init(_ pairs: KeyValuePairs<String, PDFObject> = [:]) {
        for (key, value) in pairs { self[key] = value }
    }

    subscript(key: String) -> PDFObject? {
        get { values[key] }
        set {
            if newValue == nil { keys.removeAll { $0 == key } } else if values[key] == nil { keys.append(key) }
            values[key] = newValue
        }
    }

    static func == (left: PDFDictionary, right: PDFDictionary) -> Bool {
        left.keys == right.keys && left.values == right.values
    }
}
