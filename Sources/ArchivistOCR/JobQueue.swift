import ArchivistCore
import Foundation

/// One page waiting for a worker thread, and who waits for its answer.
struct Job {
    let request: PageRequest
    let continuation: CheckedContinuation<RecognizedPage, Error>
}

/// A blocking FIFO of pages for the worker threads of a pool.
final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Job] = []
    private var head = 0
    private var closed = false

    /// Queues the page and waits for a worker thread's answer.
    func submit(_ request: PageRequest) async throws -> RecognizedPage {
        try await withCheckedThrowingContinuation { continuation in
            push(Job(request: request, continuation: continuation))
        }
    }

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
