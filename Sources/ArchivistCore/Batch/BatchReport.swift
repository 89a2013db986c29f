import Foundation

/// What an ingest run did, for the summary table and the exit code.
public struct BatchReport: Sendable, Codable {
    public var documentsFound = 0
    /// Documents registered for the first time in this run.
    public var documentsAdded = 0
    /// Documents that were already complete in the catalog: nothing was done.
    public var documentsAlreadyComplete = 0
    /// Documents an earlier, interrupted run had started and this one finished.
    public var documentsResumed = 0
    /// Documents done already whose stages from the `redo` one on ran again.
    public var documentsRedone = 0
    public var documentsFailed = 0
    public var pagesRecognized = 0
    public var ignoredFiles = 0
    public var failures: [BatchFailure] = []
    /// Names of the documents of the batch that are in the catalog (added, resumed or already there).
    public var documentNames: [String] = []
    /// Stages a document was held back from, with the reason ("name: reason").
    public var heldBack: [String] = []
    /// Documents marked Tuyệt mật: kept as received, processed no further.
    public var quarantined: [String] = []
    public var elapsedSeconds: Double = 0
    /// The engine's own recognize time, summed over pages.
    public var recognizeSeconds: Double = 0

    public init() {}

    public var pagesPerSecond: Double { elapsedSeconds > 0 ? Double(pagesRecognized) / elapsedSeconds : 0 }
}
