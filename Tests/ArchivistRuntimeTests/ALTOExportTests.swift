import ArchivistCatalog
import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

/// A page recognized by the real Tesseract, exported as ALTO: the schema accepts it, every word
/// is there, and the version named is the one the tesseract CLI reports.
@Test(.enabled(if: ExternalTool.path("xmllint") != nil, "needs xmllint (apt libxml2-utils) as the outside judge"))
func altoExportOfARecognizedPageIsValidAndComplete() async throws {
    let box = try TestBox()
    try box.add("box-01/kl-45-hu.png")
    #expect(try await box.ingest(jobs: 1).failures.isEmpty)
    let catalog = try box.catalog()
    let id = try #require(try await catalog.documents(includeRestricted: false).first?.id)
    let out = box.root.appendingPathComponent("alto")
    let job = ExportJob(workspace: box.workspace, format: .alto, output: out, organization: "Lưu trữ",
                        access: RestrictedAccess(operatorName: "lan", includeRestricted: false))
    _ = try await job.run(documentIDs: [id]) { _, _ in }

    let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(files.count == 1 && files[0].hasSuffix("kl-45-hu.alto.xml"), "\(files)")
    let file = out.appendingPathComponent(files[0])
    let schema = Samples.root.deletingLastPathComponent().appendingPathComponent("Tests/ArchivistExportTests/Schemas/alto-4-2.xsd")
    let result = try ExternalTool.run(ExternalTool.path("xmllint")!, ["--nonet", "--noout", "--schema", schema.path, file.path])
    #expect(result.status == 0, "\(result.output)")

    let xml = try String(contentsOf: file, encoding: .utf8)
    let words = try #require(try await catalog.document(id: id)).pages.flatMap(\.words)
    #expect(!words.isEmpty && xml.components(separatedBy: "<String ").count - 1 == words.count)
    if let tesseract = ExternalTool.path("tesseract") {
        let version = try ExternalTool.run(tesseract, ["--version"]).output.split(separator: "\n").first?.split(separator: " ").last
        #expect(xml.contains("<softwareVersion>\(version ?? "?")</softwareVersion>"), "\(version ?? "?")")
    }
    #expect(try await catalog.document(id: id)?.events.last?.detail.contains("exported as alto") == true)
}
