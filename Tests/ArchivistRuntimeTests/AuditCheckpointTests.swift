import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

/// A workspace whose audit trail has `rows` events and no documents (no OCR needed), with a
/// signed checkpoint of its head.
private func checkpointedTrail(rows: Int) async throws -> (Workspace, SQLiteCatalog) {
    let workspace = Workspace(path: try TestScratch.path("audit").path)
    let catalog = try workspace.open()
    try await appendEvents(rows, to: catalog, saying: "before")
    _ = try await AuditCheckpointing(workspace: workspace).checkpoint { _ in }
    return (workspace, catalog)
}

private func appendEvents(_ count: Int, to catalog: SQLiteCatalog, saying text: String) async throws {
    try await catalog.appendEvents((1...count).map {
        TrailEvent(documentID: nil, ArchiveEvent(type: .validation, agent: "test", detail: "\(text) \($0)"))
    })
}

private func sqlite(_ workspace: Workspace, _ statement: String) throws {
    let result = try ExternalTool.run(ExternalTool.path("sqlite3")!, [workspace.catalogURL.path, statement])
    #expect(result.status == 0, "\(result.output)")
}

private func checkpointFile(_ workspace: Workspace, _ name: String) -> URL {
    workspace.root.appendingPathComponent("audit/checkpoints/\(name)")
}

/// `openssl cms -verify` on a checkpoint record and its signature, with the workspace certificate.
private func opensslAccepts(_ workspace: Workspace, _ sequence: String) throws -> Bool {
    try ExternalTool.run(ExternalTool.path("openssl")!, [
        "cms", "-verify", "-binary", "-inform", "DER", "-in", checkpointFile(workspace, "\(sequence).p7s").path,
        "-content", checkpointFile(workspace, "\(sequence).json").path,
        "-CAfile", workspace.root.appendingPathComponent("keys/certificate.pem").path, "-out", "/dev/null",
    ]).status == 0
}

@Test(.enabled(if: ExternalTool.path("openssl") != nil, "needs the openssl CLI as the outside judge"))
func checkpointsOfAGrowingTrailVerify() async throws {
    let (workspace, catalog) = try await checkpointedTrail(rows: 5)
    #expect(try opensslAccepts(workspace, "000001"))
    let record = try String(contentsOf: checkpointFile(workspace, "000001.json"), encoding: .utf8)
    #expect(record.contains("\"rows\":5") && record.contains("\"lastRowID\":5"), "\(record)")

    try await appendEvents(20, to: catalog, saying: "after")
    var report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(report.isIntact, "\(report.problems)")
    #expect(report.checkpoints.map(\.name) == ["000001"])
    #expect(report.head?.rows == 26, "5 events, the checkpoint's own event, 20 more")

    let second = try await AuditCheckpointing(workspace: workspace).checkpoint { _ in }
    #expect(second.name == "000002" && second.rows == 26)
    #expect(try opensslAccepts(workspace, "000002"))
    report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(report.isIntact && report.checkpoints.count == 2, "\(report.problems)")
    let events = try await catalog.workspaceEvents(of: .digitalSignatureGeneration)
    #expect(events.map { $0.detail.prefix(23) } == ["audit checkpoint 000001", "audit checkpoint 000002"])
}

@Test(.enabled(if: ExternalTool.path("sqlite3") != nil, "needs the sqlite3 CLI to cut the trail by hand"))
func rowsCutOffTheEndAreFoundByTheCheckpoint() async throws {
    let (workspace, catalog) = try await checkpointedTrail(rows: 12)
    try await appendEvents(5, to: catalog, saying: "after")
    _ = try await AuditCheckpointing(workspace: workspace).checkpoint { _ in }   // 000002: 12 + its event + 5 = 18 rows
    try sqlite(workspace, "DELETE FROM events WHERE id > 15")
    #expect(try await catalog.verifyAuditChain().isIntact, "the chain alone cannot see it")
    let report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(!report.isIntact)
    #expect(report.problems.contains { $0.contains("ends at row 15") && $0.contains("checkpoint 000002") && $0.contains("covers 18 rows")
        && $0.contains("rows were removed") }, "\(report.problems)")

    // Refilled to more rows than the checkpoint, the trail has another hash at its signed row.
    try await appendEvents(10, to: catalog, saying: "forged")
    let refilled = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(refilled.problems.contains { $0.contains("row 18 is not the row checkpoint 000002") && $0.contains("rewritten") },
            "\(refilled.problems)")
    await #expect(throws: (any Error).self) { try await AuditCheckpointing(workspace: workspace).checkpoint { _ in } }
}

@Test(.enabled(if: ExternalTool.path("openssl") != nil, "needs the openssl CLI as the outside judge"))
func anEditedCheckpointIsFound() async throws {
    let (workspace, catalog) = try await checkpointedTrail(rows: 30)
    let record = checkpointFile(workspace, "000001.json")
    chmod(record.path, 0o644)
    let text = try String(contentsOf: record, encoding: .utf8)
    try text.replacingOccurrences(of: "\"rows\":30", with: "\"rows\":20").write(to: record, atomically: false, encoding: .utf8)
    #expect(try !opensslAccepts(workspace, "000001"), "the outside judge sees the edit too")
    let report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(report.problems.contains { $0.contains("checkpoint 000001") && $0.contains("edited") }, "\(report.problems)")
    #expect(report.checkpoints.isEmpty)
}

@Test func deletedCheckpointFilesAreFound() async throws {
    let (workspace, catalog) = try await checkpointedTrail(rows: 3)
    for _ in 0..<2 { _ = try await AuditCheckpointing(workspace: workspace).checkpoint { _ in } }
    try FileManager.default.removeItem(at: checkpointFile(workspace, "000002.json"))
    try FileManager.default.removeItem(at: checkpointFile(workspace, "000002.p7s"))
    var report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(report.problems.contains { $0.contains("checkpoint 000002 is missing") }, "a gap in the numbering: \(report.problems)")

    try FileManager.default.removeItem(at: checkpointFile(workspace, "000003.json"))
    try FileManager.default.removeItem(at: checkpointFile(workspace, "000003.p7s"))
    report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(report.problems.contains { $0.contains("records checkpoint 000003") && $0.contains("deleted") },
            "the newest, found by its event: \(report.problems)")

    try FileManager.default.removeItem(at: checkpointFile(workspace, "000001.p7s"))
    report = try await AuditTrailVerifier(workspace: workspace, catalog: catalog).verify()
    #expect(report.problems.contains { $0.contains("000001.p7s is missing") }, "\(report.problems)")
}
