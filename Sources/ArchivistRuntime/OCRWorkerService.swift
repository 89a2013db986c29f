import ArchivistOCR

/// OCR in worker processes: what `archivist ocr-worker` runs, and how the parent starts it.
public enum OCRWorkerService {
    /// The hidden subcommand a worker process is started with.
    public static let commandName = "ocr-worker"

    /// Serves pages on stdin/stdout until the parent closes them; returns the exit status.
    public static func serve() -> Int32 {
        OCRWorker.serve()
    }

    /// A pool of worker processes running this executable, which must be the archivist binary.
    static func pool(workers: Int) -> OCRWorkerPool {
        OCRWorkerPool(workers: workers, executable: "/proc/self/exe", arguments: [commandName])
    }
}
