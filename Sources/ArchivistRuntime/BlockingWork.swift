import Dispatch
import Foundation

/// Blocking work (file reads, OpenSSL) spread over a few threads of its own, so it never
/// holds Swift's cooperative pool, which has only one thread per core.
enum BlockingWork {
    /// `transform` applied to every item on up to `threads` threads; results in item order.
    /// `finished` is told how many items are done after each one, from the worker threads.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], threads: Int, finished: @escaping @Sendable (Int) -> Void = { _ in },
                                                      _ transform: @escaping @Sendable (Item) -> Result) async -> [Result] {
        guard !items.isEmpty else { return [] }
        let slots = Slots<Result>(count: items.count)
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                DispatchQueue.concurrentPerform(iterations: max(1, min(threads, items.count))) { _ in
                    while let index = slots.claim() {
                        finished(slots.store(transform(items[index]), at: index))
                    }
                }
                continuation.resume(returning: slots.results)
            }
        }
    }

    /// Hands out item indices and collects results under a lock.
    private final class Slots<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var done = 0
        private var values: [Result?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.withLock {
                guard next < values.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        /// Stores a result; returns how many are done.
        func store(_ value: Result, at index: Int) -> Int {
            lock.withLock {
                values[index] = value
                done += 1
                return done
            }
        }

        var results: [Result] { lock.withLock { values.compactMap { $0 } } }
    }
}
