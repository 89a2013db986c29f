import ArchivistCore
import Foundation

/// Reads pages in child processes (`archivist ocr-worker`): one long-lived, single-threaded
/// worker per slot, each keeping its engines for every page. A page over its time budget has
/// its worker killed and fails with `overBudget`; a worker that crashes fails only the page it
/// was reading. Either way a fresh worker takes the next page, so the batch goes on.
///
/// Each slot is a dedicated thread that starts its worker and does the blocking I/O with it,
/// never Swift's cooperative pool. Workers end with the pool (shutdown or deinit) and, through
/// their socket's hang-up, when this process dies.
public final class OCRWorkerPool: PagePool, @unchecked Sendable {
    private let roster: WorkerRoster

    /// - Parameters:
    ///   - executable: a program that serves pages on stdin/stdout when run with `arguments`
    ///     (the archivist binary, `/proc/self/exe`, with `ocr-worker`).
    public init(workers: Int, executable: String, arguments: [String]) {
        let roster = WorkerRoster()
        self.roster = roster
        super.init(workers: workers, threadName: "ocr-worker") { slot, jobs in
            Self.work(jobs, roster: roster, slot: slot) { try OCRWorkerProcess(executable: executable, arguments: arguments) }
        }
    }

    /// The process IDs of the running workers.
    public var processIDs: [Int32] { roster.processIDs }

    /// The process IDs of the workers reading a page right now.
    public var busyProcessIDs: [Int32] { roster.busyProcessIDs }

    private static func work(_ jobs: JobQueue, roster: WorkerRoster, slot: Int, start: () throws -> OCRWorkerProcess) {
        var worker: OCRWorkerProcess?
        func replaceWorker() throws {
            worker?.stop()
            roster.stopped(slot: slot)
            let fresh = try start()
            worker = fresh
            roster.started(fresh.processID, slot: slot)
        }
        try? replaceWorker()
        defer {
            worker?.stop()
            roster.stopped(slot: slot)
        }
        while let job = jobs.pop() {
            job.continuation.resume(with: Result {
                if worker?.hasExited ?? true {
                    do {
                        try replaceWorker()
                    } catch {
                        throw RecognitionError.engineFailed(path: job.request.url.path, page: job.request.number, reason: "\(error)")
                    }
                }
                guard let current = worker else { throw RecognitionError.stopped }
                roster.reading(current.processID, true)
                defer { roster.reading(current.processID, false) }
                return try current.read(job.request)
            })
        }
    }
}

/// The pool's worker processes and which of them are reading a page, shared by its threads.
private final class WorkerRoster: @unchecked Sendable {
    private let lock = NSLock()
    private var running: [Int: Int32] = [:]
    private var busy: Set<Int32> = []

    var processIDs: [Int32] { lock.withLock { running.values.sorted() } }
    var busyProcessIDs: [Int32] { lock.withLock { busy.sorted() } }

    func started(_ id: Int32, slot: Int) { lock.withLock { running[slot] = id } }
    func stopped(slot: Int) { _ = lock.withLock { running.removeValue(forKey: slot) } }
    func reading(_ id: Int32, _ isReading: Bool) {
        _ = lock.withLock { isReading ? busy.insert(id).inserted : busy.remove(id) != nil }
    }
}
