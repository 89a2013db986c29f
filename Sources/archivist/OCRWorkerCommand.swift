import ArgumentParser
import ArchivistRuntime

/// The worker process `ingest` starts for each OCR job (hidden: not for people to run).
struct OCRWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: OCRWorkerService.commandName,
        abstract: "Serve OCR pages to a parent archivist over stdin/stdout (started by 'ingest').",
        shouldDisplay: false
    )

    func run() throws {
        let status = OCRWorkerService.serve()
        if status != 0 { throw ExitCode(status) }
    }
}
