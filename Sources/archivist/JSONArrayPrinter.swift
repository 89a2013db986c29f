import Foundation

/// Prints a JSON array element by element as results come, so a long run never holds them
/// all; the output reads like `Terminal.printJSON` of the whole array.
struct JSONArrayPrinter {
    private var printed = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    mutating func print<T: Encodable>(_ elements: [T]) throws {
        for element in elements {
            let text = String(decoding: try encoder.encode(element), as: UTF8.self)
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            Swift.print(printed == 0 ? "[\n" + indented : ",\n" + indented, terminator: "")
            printed += 1
        }
    }

    func finish() {
        Swift.print(printed == 0 ? "[]" : "\n]")
    }
}
