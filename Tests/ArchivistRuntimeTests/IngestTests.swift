import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

@Test func ingestRecognizesCatalogsAndFindsTwoSamplePagesThenAddsNothingTheSecondTime() async throws {
    let box = try TestBox()
    try box.add("box-01/kl-45-hu.png")
    try box.add("box-02/memo-handover-2025.png")

    let first = try await box.ingest()
    #expect(first.documentsFound == 2 && first.documentsAdded == 2 && first.pagesRecognized == 2)
    #expect(first.failures.isEmpty)

    let catalog = try box.catalog()
    let documents = try await catalog.documents(includeRestricted: true)
    #expect(documents.map(\.status) == [.cataloged, .cataloged])
    let vietnamese = try #require(documents.first { $0.name.hasSuffix("kl-45-hu") })
    let english = try #require(documents.first { $0.name.hasSuffix("memo-handover-2025") })
    #expect(vietnamese.language == "vi" && english.language == "en")
    #expect(vietnamese.fonds == "TEST")

    let page = try #require(try await catalog.document(id: vietnamese.id)?.pages.first)
    #expect(page.text.contains("KẾT LUẬN"))
    #expect(page.text.contains("Ban Thường vụ Huyện ủy"))
    #expect(page.words.count > 100)

    // Without diacritics, đ included, and with them.
    #expect(try await catalog.search(SearchQuery(text: "ban thuong vu huyen uy")).map(\.documentID) == [vietnamese.id])
    #expect(try await catalog.search(SearchQuery(text: "dia ban huyen")).map(\.documentID) == [vietnamese.id])
    #expect(try await catalog.search(SearchQuery(text: "digitization")).map(\.documentID) == [english.id])

    let detail = try #require(try await catalog.document(id: vietnamese.id))
    #expect(detail.events.map(\.type) == [.messageDigestCalculation, .formatIdentification, .ingestion, .creation,
                                         .metadataModification, .metadataExtraction, .creation, .digitalSignatureGeneration, .accession])
    let metadata = try #require(detail.metadata)
    #expect(metadata.symbol.value == "45-KL/HU" && metadata.date.value == "2019-08-20")
    #expect(metadata.documentType.value?.code == "32" && metadata.documentType.value?.nativeName == "Kết luận")
    let pdf = try #require(detail.derivatives[.searchablePDF])
    let stored = try Data(contentsOf: box.workspace.objectURL(for: pdf.sha256))
    #expect(stored.count == Int(pdf.byteCount) && stored.starts(with: Array("%PDF-1.7".utf8)))

    // The same box again, and a copy of one scan found in another folder: nothing is added.
    try box.add("box-01/kl-45-hu.png", as: "copies/kl-45-hu-copy.png")
    let second = try await box.ingest()
    #expect(second.documentsFound == 3)
    #expect(second.documentsAdded == 0 && second.documentsAlreadyComplete == 3 && second.pagesRecognized == 0)
    #expect(try await catalog.documents(includeRestricted: true).count == 2)
    let sources = try #require(try await catalog.document(id: vietnamese.id)?.sources.map(\.path))
    #expect(sources.count == 2 && sources.contains { $0.hasSuffix("copies/kl-45-hu-copy.png") })
}

@Test func badFilesAreRecordedAndTheBatchGoesOn() async throws {
    let box = try TestBox()
    try box.add("box-02/memo-handover-2025.png")
    let empty = try box.write(Data(), as: "empty.tif")
    let truncated = try box.write(try Data(contentsOf: TestBox.samples.appendingPathComponent("box-02/qd-45-ubnd.tif")).prefix(60000),
                                  as: "truncated.tif")
    let text = try box.write(Data("Biên bản giao nhận hồ sơ\n".utf8), as: "notes.png")
    let huge = try box.write(pngHeaderOnly(width: 60000, height: 60000), as: "huge.png")
    let loop = box.box.appendingPathComponent("loop")
    try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
    try box.write(Data("STT,Số và ký hiệu\n".utf8), as: "muc-luc.csv")

    let report = try await box.ingest()
    #expect(report.documentsAdded == 1)
    #expect(report.ignoredFiles == 1)
    let reasons = Dictionary(report.failures.map { ($0.path, $0.reason) }, uniquingKeysWith: { $0 + " | " + $1 })
    #expect(reasons[empty.path]?.contains("empty file") == true)
    #expect(reasons[text.path]?.contains("not an image") == true)
    #expect(reasons[huge.path]?.contains("60000×60000") == true)
    #expect(reasons[truncated.path] != nil)
    #expect(reasons[loop.path]?.contains("symbolic links") == true)
    #expect(report.failures.count == 5)

    let recorded = try await box.catalog().failures(includeResolved: false)
    #expect(Set(recorded.map(\.path)) == Set(reasons.keys))
    #expect(try await box.catalog().documents(includeRestricted: true).count == 1)
}

@Test(.enabled(if: getuid() != 0, "root reads every folder whatever its permissions"))
func unreadableFolderIsRecorded() async throws {
    let box = try TestBox()
    let locked = box.box.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    chmod(locked.path, 0)
    defer { chmod(locked.path, 0o755) }
    let report = try await box.ingest()
    #expect(report.failures.map(\.path) == [locked.path])
}
