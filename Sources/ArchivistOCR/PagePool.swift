import ArchivistCore
import Foundation

/// Pages queued for a fixed set of dedicated threads, so blocking work (C calls, I/O with a
/// worker process) never runs on Swift's cooperative pool. TesseractPool and OCRWorkerPool
/// differ only in what a thread does with the pages it takes.
public class PagePool: TextRecognizer, @unchecked Sendable {
    let jobs = JobQueue()
    public let workerCount: Int

    /// Starts `workers` threads; each runs `work` with its slot number until the queue closes.
    init(workers: Int, threadName: String, stackSize: Int? = nil, work: @escaping @Sendable (_ slot: Int, _ jobs: JobQueue) -> Void) {
        workerCount = max(workers, 1)
        for slot in 0..<workerCount {
            let thread = Thread { [jobs] in work(slot, jobs) }
            thread.name = "\(threadName)-\(slot + 1)"
            if let stackSize { thread.stackSize = stackSize }
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
}
