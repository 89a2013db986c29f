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
        try await withCheckedThrowingContinuation { continuation in
            jobs.push(Job(request: request, continuation: continuation))
        }
    }

    /// Lets the workers finish the queued pages, then stop.
    public func shutdown() {
        jobs.close()
    }

    private static func work(_ jobs: JobQueue, dataPath: String?) {
        var engines: [String: TesseractEngine] = [:]
        while let job = jobs.pop() {
            do {
                let language = job.request.language
                let engine = try engines[language] ?? TesseractEngine(language: language, dataPath: dataPath)
                engines[language] = engine
                job.continuation.resume(returning: try engine.recognize(job.request))
            } catch {
                job.continuation.resume(throwing: error)
            }
        }
    }
}

struct Job {
    let request: PageRequest
    let continuation: CheckedContinuation<RecognizedPage, Error>
}

/// A blocking FIFO of pages for the worker threads.
final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Job] = []
    private var head = 0
    private var closed = false

    func push(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else {
            job.continuation.resume(throwing: RecognitionError.stopped)
            return
        }
        items.append(job)
        condition.signal()
    }

    /// The next job, waiting for one; nil once the queue is closed and drained.
    func pop() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let job = items[head]
        head += 1
        if head > 256 {
            items.removeFirst(head)
            head = 0
        }
        return job
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
