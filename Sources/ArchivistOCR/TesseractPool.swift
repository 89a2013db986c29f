import ArchivistCore
import Foundation

/// A fixed pool of worker threads, each owning its own Tesseract engines (one per language),
/// created on first use and reused for every page. Blocking C calls run on these threads,
/// never on Swift's cooperative pool.
public final class TesseractPool: TextRecognizer, @unchecked Sendable {
    private let jobs = JobQueue()
    public let workerCount: Int

    /// - Parameter dataPath: a tessdata folder; nil uses Tesseract's default (or TESSDATA_PREFIX).
    public init(workers: Int, dataPath: String? = nil) {
        workerCount = max(workers, 1)
        for index in 0..<workerCount {
            let thread = Thread { [jobs] in Self.work(jobs, dataPath: dataPath) }
            thread.name = "ocr-\(index + 1)"
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    deinit {
        jobs.close()
    }

    public func recognize(_ request: PageRequest) async throws -> RecognizedPage {
        try await jobs.submit(request)
    }

    /// Lets the workers finish the queued pages, then stop.
    public func shutdown() {
        jobs.close()
    }

    private static func work(_ jobs: JobQueue, dataPath: String?) {
        var engines = TesseractEngines(dataPath: dataPath)
        while let job = jobs.pop() {
            job.continuation.resume(with: Result { try engines.recognize(job.request) })
        }
    }
}
