import ArchivistCore
import Foundation

/// A fixed pool of worker threads in this process, each owning its own Tesseract engines (one
/// per language), created on first use and reused for every page.
public final class TesseractPool: PagePool, @unchecked Sendable {
    /// - Parameter dataPath: a tessdata folder; nil uses Tesseract's default (or TESSDATA_PREFIX).
    public init(workers: Int, dataPath: String? = nil) {
        super.init(workers: workers, threadName: "ocr", stackSize: 16 << 20) { _, jobs in
            var engines = TesseractEngines(dataPath: dataPath)
            while let job = jobs.pop() {
                job.continuation.resume(with: Result { try engines.recognize(job.request) })
            }
        }
    }
}
