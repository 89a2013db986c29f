import ArchivistCore
import Foundation

/// Runs poppler-utils (pdfinfo, pdfimages, pdftotext, pdftoppm) on scanned PDFs.
enum Poppler {
    static func run(_ tool: String, _ arguments: [String], for path: String) throws -> Data {
        guard let executable = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"].first(where: FileManager.default.isExecutableFile) else {
            throw PDFInputError.popplerMissing(tool: tool, path: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PDFInputError.toolFailed(tool: tool, path: path, message: complaint.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)")
        }
        return data
    }
}

public enum PDFInputError: ArchivistError {
    case popplerMissing(tool: String, path: String)
    case toolFailed(tool: String, path: String, message: String)
    case encrypted(path: String)

    public var problem: String {
        switch self {
        case .popplerMissing(let tool, let path): "\(path): reading PDFs needs \(tool), which is not installed."
        case .toolFailed(let tool, let path, let message): "\(path): \(tool) could not read the PDF (\(message))."
        case .encrypted(let path): "\(path): the PDF is encrypted; it is kept as received, not read or rewritten."
        }
    }

    public var remedy: String? {
        switch self {
        case .popplerMissing: "Install poppler-utils (scripts/setup.sh does), then run the same ingest again."
        case .toolFailed: "Check that the file is a complete PDF (rescan or recopy it), then run the same ingest again."
        case .encrypted: "Ask the sender for an unencrypted copy if it must be searchable."
        }
    }
}
