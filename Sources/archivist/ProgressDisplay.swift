import ArchivistCore
import Foundation

/// Shows batch progress on stderr: a redrawn bar on a terminal, plain lines every few seconds
/// otherwise (logs, CI, pipes).
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive = Terminal.standardErrorIsTTY
    private var lastPrinted = Date.distantPast
    private var drewBar = false
    private var countStarted: Date?

    func show(_ snapshot: ProgressSnapshot) {
        show(snapshot, unit: nil)
    }

    /// With a unit, one count is shown ("3/10 documents"); without, pages and documents.
    private func show(_ snapshot: ProgressSnapshot, unit: String?) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let finished = snapshot.documentsDone == snapshot.documentsTotal
        guard finished || now.timeIntervalSince(lastPrinted) >= (interactive ? 0.2 : 5) else { return }
        lastPrinted = now
        let eta = snapshot.estimatedRemaining.map { "ETA \(Terminal.duration($0))" } ?? "ETA -"
        let counts = unit.map { "\(snapshot.documentsDone)/\(snapshot.documentsTotal) \($0)" }
            ?? "\(snapshot.pagesDone)/\(snapshot.pagesTotal) pages, \(snapshot.documentsDone)/\(snapshot.documentsTotal) documents"
        let rate = String(format: "%.2f \(unit ?? "pages")/s", snapshot.rate)
        let failed = snapshot.failures > 0 ? ", \(snapshot.failures) failed" : ""
        if interactive {
            let fraction = snapshot.pagesTotal > 0 ? Double(snapshot.pagesDone) / Double(snapshot.pagesTotal) : 1
            let filled = Int((fraction * 24).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(bar) \(counts), \(rate), \(eta)\(failed)".utf8))
            drewBar = true
        } else {
            Terminal.error("progress: \(counts), \(rate), \(eta)\(failed)")
        }
    }

    /// Progress of a simple count (documents verified, exported), timed from the first call.
    func showCount(done: Int, total: Int) {
        lock.lock()
        let started = countStarted ?? Date()
        countStarted = started
        lock.unlock()
        show(ProgressSnapshot(pagesDone: done, pagesTotal: total, documentsDone: done, documentsTotal: total, failures: 0,
                              elapsed: Date().timeIntervalSince(started)), unit: "documents")
    }

    /// Erases the bar, so lines printed now start clean; the next update draws it again.
    func clearLine() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drewBar = false
    }

    /// Ends the bar's line so what follows starts on a fresh one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
