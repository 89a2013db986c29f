import ArchivistCore
import ArchivistOCR
import ArchivistTestSupport
import Foundation
import Testing

/// The worker pool runs the real `archivist ocr-worker` built beside the tests.
private func workerPool(_ workers: Int = 1) -> OCRWorkerPool {
    OCRWorkerPool(workers: workers, executable: ArchivistBinary.url.path, arguments: ["ocr-worker"])
}

private func request(_ sample: String, number: Int = 1, budget: Double? = nil) -> PageRequest {
    var options = PreparationOptions()
    if let budget { options.pageTimeBudget = budget }
    return PageRequest(url: Samples.file(sample), location: PageLocation(filePosition: 0, pageInFile: 0), number: number,
                       language: "vie", dpi: 200, preparation: options)
}

/// Sends `signal` to the first worker seen reading a page and returns its process ID (nil if
/// none starts within a minute). It polls on a thread of its own, so a busy cooperative pool cannot make
/// it late.
private func signalBusyWorker(of pool: OCRWorkerPool, with signal: Int32) async -> Int32? {
    await withCheckedContinuation { continuation in
        Thread {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if let id = pool.busyProcessIDs.first {
                    kill(id, signal)
                    return continuation.resume(returning: id)
                }
                usleep(1_000)
            }
            continuation.resume(returning: nil)
        }.start()
    }
}

@Suite(.serialized) struct OCRWorkerPoolTests {
    @Test func aPageReadByAWorkerProcessIsThePageTheThreadPoolReads() async throws {
        let processes = workerPool(), threads = TesseractPool(workers: 1)
        defer { processes.shutdown(); threads.shutdown() }
        let page = request("box-01/kl-45-hu.png")
        let (byProcess, byThread) = try await (processes.recognize(page), threads.recognize(page))
        #expect(byProcess.text.contains("Ban Thường vụ Huyện ủy"))
        #expect(byProcess.text == byThread.text)
        #expect(byProcess.words == byThread.words)
        #expect(byProcess.preparation?.rotation == byThread.preparation?.rotation)
        #expect((byProcess.width, byProcess.height, byProcess.dpi) == (byThread.width, byThread.height, byThread.dpi))
    }

    @Test func aPageOverItsBudgetFailsAndTheNextPageIsReadByAFreshWorker() async throws {
        let pool = workerPool()
        defer { pool.shutdown() }
        _ = try await pool.recognize(request("box-02/memo-handover-2025.png"))
        let first = pool.processIDs
        await #expect {
            _ = try await pool.recognize(request("box-01/kl-45-hu.png", number: 7, budget: 0.05))
        } throws: { error in
            guard case .overBudget(let path, let page, let seconds, let budget) = error as? RecognitionError else { return false }
            return path.hasSuffix("box-01/kl-45-hu.png") && page == 7 && budget == 0.05 && seconds >= 0.05
                && "\(error)".contains("page 7 went over its time budget of 0.05 s") && "\(error)".contains("page_time_budget")
        }
        let next = try await pool.recognize(request("box-02/memo-handover-2025.png"))
        #expect(next.text.contains("MEMORANDUM") && next.text.contains("digitization"))
        // Killed, not stopped by its own deadline after the fact: a fresh process read the next page.
        #expect(pool.processIDs.count == 1 && pool.processIDs != first)
    }

    /// The reason names the worker's own death, not the pool's cleanup (which sends SIGKILL).
    @Test(arguments: [(SIGKILL, "signal 9 (Killed)"), (SIGTERM, "signal 15 (Terminated)")])
    func aWorkerKilledFromOutsideFailsItsPageAndThePoolGoesOn(signal: Int32, named: String) async throws {
        let pool = workerPool()
        defer { pool.shutdown() }
        let reading = Task { try await pool.recognize(request("box-01/kl-45-hu.png", number: 3)) }
        _ = try #require(await signalBusyWorker(of: pool, with: signal), "no worker started reading")
        await #expect {
            _ = try await reading.value
        } throws: { error in
            guard case .engineFailed(let path, let page, let reason) = error as? RecognitionError else { return false }
            return path.hasSuffix("kl-45-hu.png") && page == 3
                && reason == "the OCR worker was killed by \(named) while reading page 3"
        }
        let next = try await pool.recognize(request("box-01/kl-45-hu.png"))
        #expect(next.text.contains("Ban Thường vụ Huyện ủy"))
    }

    @Test func shutdownStopsTheWorkers() async throws {
        let pool = workerPool(2)
        _ = try await pool.recognize(request("box-02/memo-handover-2025.png"))
        let workers = pool.processIDs
        #expect(workers.count == 2)
        pool.shutdown()
        for worker in workers { #expect(try await ProcessTable.hasEnded(worker), "worker \(worker) still runs after shutdown") }
    }
}
