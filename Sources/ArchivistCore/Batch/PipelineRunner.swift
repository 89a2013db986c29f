import Foundation

/// Runs a batch of documents through the stages, `concurrency` documents at a time. For each
/// document it skips stages already done (same version), records completion and events,
/// and turns any error into a recorded failure so the rest of the batch goes on. A stage that
/// runs again (a new version, or `redo`) marks every later stage not done as it completes, so
/// they run again too, after a crash as well.
public struct PipelineRunner: Sendable {
    let stages: [any Stage]
    let catalog: any Catalog
    let agent: String
    /// A stage to run again, with every stage after it, for documents that went through it already.
    let redo: String?

    public init(stages: [any Stage], catalog: any Catalog, agent: String, redo: String? = nil) {
        self.stages = stages
        self.catalog = catalog
        self.agent = agent
        self.redo = redo
    }

    public func run(_ batch: ScannedBatch, concurrency: Int, progress: BatchProgress) async -> BatchReport {
        let started = Date()
        var report = BatchReport()
        report.documentsFound = batch.documents.count
        report.ignoredFiles = batch.ignoredFiles
        for failure in batch.failures {
            report.failures.append(failure)
            try? await catalog.recordFailure(failure)
        }
        await withTaskGroup(of: DocumentOutcome.self) { group in
            var pending = batch.documents.makeIterator()
            for _ in 0..<max(concurrency, 1) {
                guard let document = pending.next() else { break }
                group.addTask { await process(document, progress: progress) }
            }
            for await outcome in group {
                outcome.add(to: &report)
                if let document = pending.next() {
                    group.addTask { await process(document, progress: progress) }
                }
            }
        }
        report.elapsedSeconds = Date().timeIntervalSince(started)
        return report
    }

    private func process(_ document: DocumentState, progress: BatchProgress) async -> DocumentOutcome {
        var state = document
        var outcome = DocumentOutcome()
        let pages = PageCounter()
        let context = StageContext(pageFinished: {
            await pages.increment()
            await progress.pageFinished()
        })
        for (position, stage) in stages.enumerated() where state.status != .quarantined {
            let stageType = type(of: stage)
            if stageType.name == redo, state.completedStages.removeValue(forKey: stageType.name) != nil { outcome.redone = true }
            if state.completedStages[stageType.name] == stageType.version { continue }
            do {
                state.stageNotes = []
                state = try await stage.run(state, context: context)
                guard let id = state.id else { throw RunnerError.unregistered(stage: stageType.name) }
                if let reason = state.heldBack {
                    try await catalog.appendEvent(documentID: id, ArchiveEvent(type: stageType.eventType, agent: agent, outcome: .warning,
                                                                               detail: "held back: \(reason)"))
                    state.heldBack = nil
                    outcome.heldBack.append("\(state.name): \(reason)")
                    continue
                }
                if state.completedStages[stageType.name] == stageType.version { continue }
                let event = ArchiveEvent(type: stageType.eventType, agent: agent, detail: stage.eventDetail(for: state))
                let superseded = stages[(position + 1)...].map { type(of: $0).name }.filter { state.completedStages[$0] != nil }
                try await catalog.completeStage(documentID: id, stage: stageType.name, version: stageType.version, event: event,
                                                superseding: superseded)
                state.completedStages[stageType.name] = stageType.version
                for name in superseded { state.completedStages[name] = nil }
                if state.alreadyPresent && position > 0 && !outcome.redone { outcome.resumed = true }
            } catch {
                let failure = BatchFailure(path: state.files.first?.recordedPath ?? state.name, stage: stageType.name,
                                           reason: BatchScanner.reason(error))
                try? await catalog.recordFailure(failure)
                if let id = state.id {
                    try? await catalog.appendEvent(documentID: id, ArchiveEvent(type: stageType.eventType, agent: agent,
                                                                                outcome: .failure, detail: failure.reason))
                }
                outcome.failure = failure
                break
            }
        }
        outcome.added = state.id != nil && !state.alreadyPresent
        outcome.registeredName = state.id == nil ? nil : state.name
        outcome.quarantined = state.status == .quarantined ? state.name : nil
        outcome.pagesRecognized = await pages.value
        if outcome.pagesRecognized > 0 { outcome.recognizeSeconds = state.pages.reduce(0) { $0 + $1.recognizeSeconds } }
        if outcome.failure == nil { try? await catalog.resolveFailures(paths: state.files.map(\.recordedPath)) }
        await progress.documentFinished(pagesNotRecognized: max(state.expectedPageCount - outcome.pagesRecognized, 0),
                                        failed: outcome.failure != nil)
        return outcome
    }
}

private struct DocumentOutcome {
    var added = false
    var resumed = false
    var redone = false
    var failure: BatchFailure?
    var quarantined: String?
    var registeredName: String?
    var heldBack: [String] = []
    var pagesRecognized = 0
    var recognizeSeconds = 0.0

    func add(to report: inout BatchReport) {
        if added { report.documentsAdded += 1 }
        if let failure {
            report.documentsFailed += 1
            report.failures.append(failure)
        } else if redone {
            report.documentsRedone += 1
        } else if resumed {
            report.documentsResumed += 1
        } else if !added {
            report.documentsAlreadyComplete += 1
        }
        if let quarantined { report.quarantined.append(quarantined) }
        if let name = registeredName { report.documentNames.append(name) }
        report.heldBack += heldBack
        report.pagesRecognized += pagesRecognized
        report.recognizeSeconds += recognizeSeconds
    }
}

private actor PageCounter {
    private(set) var value = 0
    func increment() { value += 1 }
}

enum RunnerError: ArchivistError {
    case unregistered(stage: String)

    var problem: String {
        switch self {
        case .unregistered(let stage): "stage '\(stage)' ran before the document was registered."
        }
    }

    var remedy: String? { "Put 'ingest' first in the pipeline." }
}
