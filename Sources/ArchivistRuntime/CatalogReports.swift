import ArchivistCore
import ArchivistMetadata
import Foundation

/// Reports over the catalog that combine its documents with the metadata library:
/// inventory reconciliation, near-duplicate groups and metadata evaluation.
public struct CatalogReports: Sendable {
    let catalog: any Catalog

    public init(catalog: any Catalog) {
        self.catalog = catalog
    }

    /// Matches a handover inventory (mục lục) against the cataloged documents, all of them or
    /// those with the given names. Restricted documents take part: the inventory lists them too.
    public func reconcile(inventory file: URL, documentNames: Set<String>? = nil) async throws -> (Inventory, ReconciliationReport) {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ReportError.unreadable(path: file.path, reason: (error as NSError).localizedDescription)
        }
        let inventory = try InventoryParser().parse(data)
        let documents = try await catalog.documents(includeRestricted: true)
            .filter { documentNames?.contains($0.name) ?? true }
            .map { summary in
                InventoryDocument(id: summary.name, symbol: summary.description?.symbol, date: summary.description?.issuedDate,
                                  subject: summary.description?.subject, pageCount: summary.pageCount,
                                  confidentiality: summary.access == .open ? nil : .mat)
            }
        return (inventory, InventoryReconciler().reconcile(inventory.rows, with: documents))
    }

    /// Groups documents whose text is nearly the same (a resolution received by several
    /// committees, a re-scan), across fonds, among those given (`RestrictedAccess` chooses them).
    public func duplicateGroups(threshold: Double, among documents: [DocumentSummary]) async throws -> [DuplicateGroup<Int64>] {
        var signatures: [(id: Int64, signature: MinHashSignature)] = []
        for summary in documents {
            guard let detail = try await catalog.document(id: summary.id) else { continue }
            let text = detail.pages.map(\.text).joined(separator: "\n")
            if !text.isEmpty { signatures.append((summary.id, MinHashSignature(text: text))) }
        }
        return DuplicateGrouping(threshold: threshold).groups(signatures)
    }

    /// Scores the extracted metadata against a truth file (samples/truth.jsonl format). A truth
    /// record matches the document whose name ends with its id. With `reclassifying`, each
    /// document's metadata is extracted again from its stored OCR with that pipeline's classify
    /// options (reviewers' corrections kept), in memory: the catalog is not changed. That measures
    /// a change to extraction without running OCR again.
    public func evaluate(truth file: URL, reclassifying pipeline: PipelineDefinition? = nil) async throws
        -> (MetadataEvaluation, unmatched: [String]) {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw ReportError.unreadable(path: file.path, reason: (error as NSError).localizedDescription)
        }
        let truth = try TruthRecord.records(jsonl: text)
        let extractor = try pipeline.map { try ClassifyStage.extractor($0.options(of: ClassifyStage.name, as: ClassifyStage.Options.self) ?? .init()) }
        var extracted: [String: DocumentMetadata] = [:]
        var unmatched: [String] = []
        let documents = try await catalog.documents(includeRestricted: true)
        for record in truth {
            guard let summary = documents.first(where: { $0.name == record.id || $0.name.hasSuffix("/" + record.id) }),
                  let detail = try await catalog.document(id: summary.id), let stored = detail.metadata else {
                unmatched.append(record.id)
                continue
            }
            extracted[record.id] = extractor.map { MetadataCorrection.keepingReviewed(stored, in: $0.extract(detail.pages)) } ?? stored
        }
        return (MetadataEvaluation.evaluate(truth: truth, extracted: extracted), unmatched)
    }
}

public enum ReportError: ArchivistError {
    case unreadable(path: String, reason: String)

    public var problem: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read (\(reason))."
        }
    }

    public var remedy: String? { "Check the path and its permissions." }
}
