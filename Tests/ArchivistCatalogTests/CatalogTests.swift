import ArchivistCatalog
import ArchivistCore
import Foundation
import Testing

@Test func savingRecognitionTwiceKeepsEachPageOnce() async throws {
    let fixture = try CatalogFixture()
    let id = try await fixture.addDocument("doc", pages: ["một", "hai"])
    try await fixture.catalog.saveRecognition(documentID: id, pages: CatalogFixture.pages(["một", "hai"]), language: "vi")
    let detail = try #require(try await fixture.catalog.document(id: id))
    #expect(detail.pages.map(\.number) == [1, 2])
    #expect(try await fixture.catalog.search(SearchQuery(text: "hai")).count == 1)
}

@Test func aWordsSecondReadIsKeptAndWordsWithoutOneStayWithout() async throws {
    let fixture = try CatalogFixture()
    let id = try await fixture.addDocument("dated", pages: ["ngày"])
    var pages = CatalogFixture.pages(["ngày 17"])
    pages[0].words.append(RecognizedWord(text: "3", confidence: 92, box: PixelBox(left: 60, top: 10, right: 70, bottom: 30), block: 1, line: 1,
                                         reread: "Š"))
    try await fixture.catalog.saveRecognition(documentID: id, pages: pages, language: "vi")
    let words = try #require(try await fixture.catalog.document(id: id)?.pages.first?.words)
    #expect(words.map(\.reread) == [nil, "Š"])
    #expect(words == pages[0].words)
}

@Test func textIsStoredAsNFC() async throws {
    let fixture = try CatalogFixture()
    let nfd = "Ủy ban nhân dân tỉnh".decomposedStringWithCanonicalMapping
    let id = try await fixture.addDocument("nfd", pages: [nfd])
    let page = try #require(try await fixture.catalog.document(id: id)?.pages.first)
    #expect(Array(page.text.utf8) == Array("Ủy ban nhân dân tỉnh".precomposedStringWithCanonicalMapping.utf8))
}

@Test func registeringTheSameFilesAgainFindsTheDocument() async throws {
    let fixture = try CatalogFixture()
    let id = try await fixture.addDocument("first", pages: ["x"], sha256: String(repeating: "a", count: 64))
    try await fixture.catalog.completeStage(documentID: id, stage: "ocr", version: 1, event: ArchiveEvent(type: .creation, agent: "test", detail: "ok"),
                                               superseding: [])
    var file = SourceFile(url: URL(fileURLWithPath: "/elsewhere/copy.tif"), info: ImageInfo(format: .tiff, pages: [PageGeometry(width: 1, height: 1, dpi: nil, bitsPerPixel: 1)]))
    file.sha256 = String(repeating: "a", count: 64)
    file.byteCount = 1000
    let again = try await fixture.catalog.register(DocumentState(name: "copy", provenance: Provenance(fonds: nil, box: "b2"), files: [file]),
                                                   key: file.sha256!, events: [])
    #expect(again.id == id)
    #expect(again.alreadyPresent)
    #expect(again.completedStages == ["ocr": 1])
    #expect(again.pages.count == 1)
    let detail = try #require(try await fixture.catalog.document(id: id))
    #expect(detail.sources.map(\.path).contains("/elsewhere/copy.tif"))
    #expect(try await fixture.catalog.documents(includeRestricted: true).count == 1)
}

@Test func failuresAreCountedAndResolved() async throws {
    let fixture = try CatalogFixture()
    try await fixture.catalog.recordFailure(BatchFailure(path: "/box/bad.tif", stage: "scan", reason: "empty"))
    try await fixture.catalog.recordFailure(BatchFailure(path: "/box/bad.tif", stage: "scan", reason: "still empty"))
    var failures = try await fixture.catalog.failures(includeResolved: false)
    #expect(failures.count == 1)
    #expect(failures.first?.attempts == 2)
    #expect(failures.first?.reason == "still empty")
    try await fixture.catalog.resolveFailures(paths: ["/box/bad.tif"])
    failures = try await fixture.catalog.failures(includeResolved: false)
    #expect(failures.isEmpty)
    #expect(try await fixture.catalog.failures(includeResolved: true).first?.resolvedAt != nil)
}

private let sqlite3 = "/usr/bin/sqlite3"

@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3), "needs the sqlite3 CLI (apt sqlite3) as the outside judge"))
func sqliteCLIFindsTheCatalogAndIndexIntact() async throws {
    let fixture = try CatalogFixture()
    let id = try await fixture.addDocument("doc", pages: ["Đảng bộ tỉnh", "chuyển đổi số"])
    try await fixture.catalog.saveRecognition(documentID: id, pages: CatalogFixture.pages(["Đảng bộ tỉnh", "lưu trữ"]), language: "vi")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sqlite3)
    process.arguments = [fixture.path, "PRAGMA integrity_check; INSERT INTO page_search(page_search) VALUES('integrity-check'); SELECT count(*) FROM page_search WHERE page_search MATCH 'folded : luu';"]
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(complaint)")
    #expect(printed.split(separator: "\n") == ["ok", "1"])
}

@Test func restrictedDocumentsAreHiddenUnlessAskedFor() async throws {
    let fixture = try CatalogFixture()
    let open = try await fixture.addDocument("open", pages: ["Thông báo kết luận hội nghị"])
    let secret = try await fixture.addDocument("secret", pages: ["Kế hoạch hội nghị (Mật)"])
    var metadata = DocumentMetadata()
    metadata.confidentiality = ExtractedField(value: .mat, confidence: 0.95, evidence: Evidence(text: "MẬT", page: 1, rule: "test"))
    try await fixture.catalog.saveMetadata(documentID: secret, metadata: metadata, status: .classified)

    #expect(try await fixture.catalog.documents(includeRestricted: false).map(\.id) == [open])
    #expect(try await fixture.catalog.documents(includeRestricted: true).map(\.id) == [open, secret])
    #expect(try await fixture.catalog.search(SearchQuery(text: "hoi nghi")).map(\.documentID) == [open])
    #expect(Set(try await fixture.catalog.search(SearchQuery(text: "hoi nghi", includeRestricted: true)).map(\.documentID)) == [open, secret])
    let summary = try #require(try await fixture.catalog.document(id: secret)?.summary)
    #expect(summary.access == .restricted && summary.status == .classified)
}

@Test func fondsAreCreatedClosedAndLinked() async throws {
    let fixture = try CatalogFixture()
    try await fixture.catalog.ensureFonds(code: "HU-DT", name: "Huyện ủy Dầu Tiếng")
    try await fixture.catalog.ensureFonds(code: "TU-BD", name: "Tỉnh ủy Bình Dương")
    #expect(try await fixture.catalog.ensureFonds(code: "HU-DT", name: "other").name == "Huyện ủy Dầu Tiếng")
    try await fixture.catalog.closeFonds(code: "HU-DT", on: "2025-06-30", decision: "Quyết định số 1-QĐ/TU")
    try await fixture.catalog.linkFonds(predecessor: "HU-DT", successor: "TU-BD")
    let closed = try #require(try await fixture.catalog.fonds(code: "HU-DT"))
    #expect(closed.isClosed && closed.successors == ["TU-BD"])
    #expect(closed.accepts(issuedOn: "2025-06-30") && !closed.accepts(issuedOn: "2025-07-01") && closed.accepts(issuedOn: nil))
    #expect(try await fixture.catalog.fonds(code: "TU-BD")?.predecessors == ["HU-DT"])
    await #expect(throws: FondsError.self) { try await fixture.catalog.closeFonds(code: "NOPE", on: "2025-01-01", decision: "x") }
}
