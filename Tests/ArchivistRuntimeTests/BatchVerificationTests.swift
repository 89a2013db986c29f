import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

/// `verify --all` reads, checks and logs documents in batches, on several threads: a damaged
/// object must still be pinned on its own document, and nothing else.
@Test func oneFlippedByteInABatchNamesExactlyThatDocument() async throws {
    let box = try TestBox()
    for sample in ["box-02/memo-handover-2025.png", "box-02/bc-27-ubnd.png", "box-02/ct-05-ubnd.jpg"] { try box.add(sample) }
    #expect(try await box.ingest(jobs: 2).failures.isEmpty)
    let catalog = try box.catalog()
    let documents = try await catalog.documents(includeRestricted: true)
    try #require(documents.count == 3)
    let checkpoints = box.workspace.root.appendingPathComponent("audit/checkpoints")
    #expect(FileManager.default.fileExists(atPath: checkpoints.appendingPathComponent("000001.p7s").path), "the batch signed a checkpoint")
    let middle = try #require(try await catalog.document(id: documents[1].id))
    let signed = try #require(middle.derivatives[.signedPDF])
    let url = box.workspace.objectURL(for: signed.sha256)
    chmod(url.path, 0o644)
    var bytes = try Data(contentsOf: url)
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: url)

    var verifier = try ArchiveVerifier(workspace: box.workspace, catalog: catalog)
    verifier.batchSize = documents.count
    verifier.jobs = 2
    let checks = try await verifier.verify(documentIDs: nil) { _, _ in }
    let failed = checks.filter { !$0.passed }
    #expect(Set(failed.compactMap(\.documentID)) == [middle.summary.id], "\(failed)")
    #expect(Set(failed.map(\.check)).isSuperset(of: ["fixity: signed-pdf", "PDF signature"]), "\(failed)")
    #expect(failed.allSatisfy { $0.documentID != nil }, "the audit trail itself is intact: \(failed)")
    for document in documents {
        #expect(checks.contains { $0.documentID == document.id && $0.check == "PDF signature" }, "every document had its PDF checked")
    }
    #expect(checks.contains { $0.check == "audit checkpoint" && $0.passed && $0.detail.hasPrefix("000002 signed") }, "\(checks.suffix(3))")

    // One document per batch, one thread: the same checks, in the same order.
    var serial = try ArchiveVerifier(workspace: box.workspace, catalog: catalog)
    (serial.batchSize, serial.jobs) = (1, 1)
    let again = try await serial.verify(documentIDs: nil) { _, _ in }
    #expect(again.filter { $0.documentID != nil } == checks.filter { $0.documentID != nil })

    // Each document's trail got its own fixity event: a failure for the middle one only.
    for document in documents {
        let fixity = try #require(try await catalog.document(id: document.id)?.events.last { $0.type == .fixityCheck })
        #expect((fixity.outcome == .failure) == (document.id == middle.summary.id), "\(document.name): \(fixity.detail)")
    }
}
