import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

@Test func exportByAnUnclearedOperatorIsRefusedWritesNothingAndIsLogged() async throws {
    let documents = try await MarkedDocuments()
    let denial = AccessDenied(operatorName: "bob", held: nil, needed: .toiMat, documentIDs: [documents.mat, documents.toiMat])
    await #expect(throws: denial) { try await documents.export(to: "refused", by: "bob") }
    #expect(!FileManager.default.fileExists(atPath: documents.box.root.appendingPathComponent("refused").path))
    for id in [documents.mat, documents.toiMat] {
        let last = try #require(try await documents.events(id).last)
        #expect(last.type == EventType.accessDenied)
        #expect(last.outcome == EventOutcome.failure)
        #expect(last.agent == "operator bob")
        #expect(last.detail == "export with restricted documents refused: needs Tối mật, bob holds no clearance")
    }
    let openEvents = try await documents.events(documents.open).map(\.type)
    #expect(!openEvents.contains(EventType.dissemination))
    #expect(try await documents.catalog.verifyAuditChain().isIntact)
}

@Test func matClearanceDoesNotOpenToiMatDocuments() async throws {
    let documents = try await MarkedDocuments()
    try await documents.catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    try await documents.catalog.grantClearance(.mat, to: "bob", by: "chief")

    let denial = AccessDenied(operatorName: "bob", held: .mat, needed: .toiMat, documentIDs: [documents.toiMat])
    await #expect(throws: denial) { try await documents.export(to: "all", by: "bob") }
    #expect(!FileManager.default.fileExists(atPath: documents.box.root.appendingPathComponent("all").path))
    #expect(try await documents.events(documents.toiMat).last?.type == EventType.accessDenied)
    #expect(try await documents.events(documents.mat).last?.type != EventType.accessDenied)   // covered: not refused
    let bob = documents.access("bob")
    await #expect(throws: AccessDenied.self) { try await bob.document(id: documents.toiMat, in: documents.catalog) }
    await #expect(throws: AccessDenied.self) { try await bob.search("hoi nghi", limit: 20, in: documents.catalog) }
    await #expect(throws: AccessDenied.self) { try await bob.documents(in: documents.catalog) }

    // The Mật document alone is his to export and see.
    let result = try await documents.export(to: "mat", by: "bob", documents: [documents.open, documents.mat])
    #expect(result.documentIDs == [documents.open, documents.mat])
    #expect(result.verdict.restrictedShown == [documents.mat])
    let csv = try String(contentsOf: result.url, encoding: .utf8)
    let rows = csv.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
    #expect(rows == ["\"\(documents.open)\"", "\"\(documents.mat)\""])
    let exported = try #require(try await documents.events(documents.mat).last)
    #expect(exported.type == EventType.dissemination)
    #expect(exported.detail.contains("for operator bob (restricted"), "\(exported.detail)")
    #expect(try await bob.document(id: documents.mat, in: documents.catalog)?.summary.id == documents.mat)
    let shown = try #require(try await documents.events(documents.mat).last)
    #expect(shown.type == EventType.displaying)
    #expect(shown.agent == "operator bob")
    #expect(shown.detail.contains("cleared mat"), "\(shown.detail)")
    #expect(try await documents.catalog.verifyAuditChain().isIntact)
}

@Test func aToiMatOperatorSeesEverythingButTuyetMat() async throws {
    let documents = try await MarkedDocuments()
    try await documents.catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    let result = try await documents.export(to: "all", by: "chief")
    #expect(result.documentIDs == [documents.open, documents.mat, documents.toiMat])
    #expect(result.verdict.quarantinedLeftOut == 1)
    let csv = try String(contentsOf: result.url, encoding: .utf8)
    #expect(csv.split(whereSeparator: \.isNewline).count == 4)   // the header and three documents

    let chief = documents.access("chief")
    let (listed, verdict) = try await chief.documents(in: documents.catalog)
    #expect(listed.map(\.id) == [documents.open, documents.mat, documents.toiMat])
    #expect(verdict.quarantinedLeftOut == 1)
    let marks: [Confidentiality?] = listed.map { $0.description?.confidentiality }
    #expect(marks == [nil, Confidentiality.mat, Confidentiality.toiMat])
    let hits = try await chief.search("hoi nghi", limit: 20, in: documents.catalog).hits
    #expect(Set(hits.map(\.documentID)) == Set([documents.open, documents.mat, documents.toiMat]))
    let displays = try await documents.events(documents.toiMat).filter { $0.type == EventType.displaying }
    #expect(displays.count == 2)   // the list and the search

    let denial = AccessDenied(operatorName: "chief", held: .toiMat, needed: .tuyetMat, documentIDs: [documents.tuyetMat])
    await #expect(throws: denial) { try await chief.document(id: documents.tuyetMat, in: documents.catalog) }
    #expect(try await documents.events(documents.tuyetMat).last?.type == EventType.accessDenied)
    #expect(try await documents.catalog.verifyAuditChain().isIntact)
}

@Test func withoutAskingRestrictedDocumentsStayHiddenAndNothingIsLogged() async throws {
    let documents = try await MarkedDocuments()
    let bob = documents.access("bob", includeRestricted: false)
    #expect(try await bob.documents(in: documents.catalog).documents.map(\.id) == [documents.open])
    #expect(try await bob.search("hoi nghi", limit: 20, in: documents.catalog).hits.map(\.documentID) == [documents.open])
    await #expect(throws: RestrictedDocumentError.self) { try await bob.document(id: documents.mat, in: documents.catalog) }
    let job = ExportJob(workspace: documents.box.workspace, format: .csv, output: documents.box.root.appendingPathComponent("open"),
                        organization: "Lưu trữ", access: bob)
    let chosen = try await job.select(query: nil, fonds: "F1", catalog: documents.catalog)
    #expect(chosen == [documents.open])
    for id in documents.all {
        let types = try await documents.events(id).map(\.type)
        #expect(!types.contains(EventType.accessDenied))
        #expect(!types.contains(EventType.displaying))
    }
}

@Test func theOperatorIsTheFlagElseTheEnvironmentElseTheLoginName() throws {
    let environment = [OperatorName.environmentVariable: "minh"]
    #expect(try OperatorName.resolve(given: "lan", environment: environment) == "lan")
    #expect(try OperatorName.resolve(given: nil, environment: environment) == "minh")
    #expect(try OperatorName.resolve(given: "Nguyễn Văn A".decomposedStringWithCanonicalMapping, environment: [:]) == "Nguyễn Văn A")
    #expect(throws: ClearanceError.badName(" lan")) { try OperatorName.resolve(given: " lan", environment: [:]) }
    if let id = ExternalTool.path("id") {
        let login = try ExternalTool.run(id, ["-un"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try OperatorName.resolve(given: nil, environment: [:]) == login)
    }
}

/// The CLI end to end: the environment names the operator; a refusal exits 1, says what to do
/// and writes nothing.
@Test func cliGrantsByEnvironmentAndRefusesAnUnclearedExport() async throws {
    let documents = try await MarkedDocuments()
    let workspace = documents.box.workspace.root.path
    let logs = try Samples.scratchFolder()
    func archivist(_ arguments: [String], operator name: String = "") throws -> ArchivistBinary.Run {
        try ArchivistBinary.run(arguments + ["--workspace", workspace], logsIn: logs, environment: [OperatorName.environmentVariable: name])
    }
    let bootstrap = try archivist(["clearance", "grant", "chief", "--level", "toi-mat"], operator: "installer")
    #expect(bootstrap.status == 0, "\(bootstrap)")
    #expect(bootstrap.stdout.contains("chief is cleared for Tối mật (toi-mat), granted by installer."), "\(bootstrap)")
    let granted = try archivist(["clearance", "grant", "bob", "--level", "mat"], operator: "chief")
    #expect(granted.status == 0, "\(granted)")
    #expect(granted.stdout.contains("bob is cleared for Mật (mat), granted by chief."), "\(granted)")
    let listed = try archivist(["clearance", "list"])
    #expect(listed.stdout.contains("installer"), "\(listed)")
    #expect(listed.stdout.contains("mat (Mật)"), "\(listed)")

    let out = documents.box.root.appendingPathComponent("cli-export").path
    let refused = try archivist(["export", "--fonds", "F1", "--format", "csv", "--out", out, "--include-restricted", "--operator", "bob"])
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderr.contains("access denied"), "\(refused.stderr)")
    #expect(refused.stderr.contains("clearance grant bob --level toi-mat"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(try archivist(["audit", "verify"]).status == 0)
}
