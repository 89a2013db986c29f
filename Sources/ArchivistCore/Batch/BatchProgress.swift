import Foundation

/// A moment of a batch, for progress displays.
public struct ProgressSnapshot: Sendable {
    public var pagesDone: Int
    public var pagesTotal: Int
    public var documentsDone: Int
    public var documentsTotal: Int
    public var failures: Int
    public var elapsed: TimeInterval

    public init(pagesDone: Int, pagesTotal: Int, documentsDone: Int, documentsTotal: Int, failures: Int, elapsed: TimeInterval) {
        self.pagesDone = pagesDone
        self.pagesTotal = pagesTotal
        self.documentsDone = documentsDone
        self.documentsTotal = documentsTotal
        self.failures = failures
        self.elapsed = elapsed
    }

    /// Pages per second so far.
    public var rate: Double { elapsed >= 0.5 ? Double(pagesDone) / elapsed : 0 }
    /// Seconds left at the current rate; nil until there is a rate.
    public var estimatedRemaining: TimeInterval? {
        rate > 0 ? Double(max(pagesTotal - pagesDone, 0)) / rate : nil
    }
}

/// Counts a batch's progress and passes each change to a display.
public actor BatchProgress {
    private var snapshot: ProgressSnapshot
    private let started = Date()
    private let display: @Sendable (ProgressSnapshot) -> Void

    public init(pagesTotal: Int, documentsTotal: Int, display: @escaping @Sendable (ProgressSnapshot) -> Void) {
        snapshot = ProgressSnapshot(pagesDone: 0, pagesTotal: pagesTotal, documentsDone: 0, documentsTotal: documentsTotal,
                                    failures: 0, elapsed: 0)
        self.display = display
    }

    public func pageFinished() { update { $0.pagesDone += 1 } }

    /// A document left the pipeline; pages it did not recognize (already done, or failed)
    /// leave the total so the rate and ETA stay true.
    public func documentFinished(pagesNotRecognized: Int, failed: Bool) {
        update {
            $0.documentsDone += 1
            $0.pagesTotal -= pagesNotRecognized
            if failed { $0.failures += 1 }
        }
    }

    public var current: ProgressSnapshot { snapshot }

    private func update(_ change: (inout ProgressSnapshot) -> Void) {
        change(&snapshot)
        snapshot.elapsed = Date().timeIntervalSince(started)
        display(snapshot)
    }
}
