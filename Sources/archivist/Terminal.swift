import Foundation

enum Terminal {
    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardOutputIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 90 { return String(format: "%.1f s", seconds) }
        let total = Int(seconds.rounded())
        return total < 3600 ? String(format: "%dm%02ds", total / 60, total % 60)
            : String(format: "%dh%02dm", total / 3600, total % 3600 / 60)
    }
}
