import ArchivistSigning
import ArchivistExport
import ArchivistTestSupport
import Foundation
import Testing

@Suite struct BagWriterTests {
    let digester = OpenSSLDigester()

    func writeSampleBag(withPercentSign: Bool = true) throws -> (bag: URL, written: WrittenBag) {
        let folder = try Scratch.folder()
        let bag = folder.appendingPathComponent("bag")
        var payload = try SampleExport.payload(in: folder)
        if !withPercentSign { payload = payload.map { BagPayloadFile(source: $0.source, path: $0.path.replacingOccurrences(of: "%", with: "pct")) } }
        let info = BagInfo(sourceOrganization: "Trung tâm Lưu trữ lịch sử Tỉnh ủy", externalIdentifier: "export-2025-001",
                           other: [.init("Internal-Sender-Description", "Hồ sơ 57\nhai dòng")])
        let written = try BagWriter(digester: digester).write(payload, info: info, to: bag)
        return (bag, written)
    }

    @Test func writesTheFilesRFC8493Requires() throws {
        let (bag, written) = try writeSampleBag()
        let names = try FileManager.default.contentsOfDirectory(atPath: bag.path).sorted()
        #expect(names == ["bag-info.txt", "bagit.txt", "data", "manifest-sha256.txt", "manifest-sha512.txt",
                          "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"])
        #expect(try String(contentsOf: bag.appendingPathComponent("bagit.txt"), encoding: .utf8)
                == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        let info = try String(contentsOf: bag.appendingPathComponent("bag-info.txt"), encoding: .utf8)
        #expect(info.contains("Source-Organization: Trung tâm Lưu trữ lịch sử Tỉnh ủy\n"))
        #expect(info.contains("Payload-Oxum: \(written.payloadOxum)\n"))
        #expect(info.contains("External-Identifier: export-2025-001\n"))
        #expect(info.contains("Internal-Sender-Description: Hồ sơ 57\n  hai dòng\n"))
        #expect(info.range(of: #"Bagging-Date: \d{4}-\d{2}-\d{2}\n"#, options: .regularExpression) != nil)
        let sourceBytes = try SampleExport.payload(in: Scratch.folder()).reduce(0) { $0 + (try Data(contentsOf: $1.source).count) }
        #expect(written.payloadOxum == "\(sourceBytes).4")
        // The Vietnamese name is stored NFC, and the manifest says so.
        let manifest = try String(contentsOf: bag.appendingPathComponent("manifest-sha256.txt"), encoding: .utf8)
        let original = try #require(written.payload.first { $0.bagPath.hasSuffix(".tif") })
        #expect(manifest.contains("\(original.sha256)  data/Công văn 45/bản gốc 100%25.tif\n"))
        #expect(FileManager.default.fileExists(atPath: bag.appendingPathComponent("data/Công văn 45/bản gốc 100%.tif").path))
        let tagManifest = try String(contentsOf: bag.appendingPathComponent("tagmanifest-sha512.txt"), encoding: .utf8)
        #expect(tagManifest.split(separator: "\n").count == 4)
    }

    @Test func ourValidatorAcceptsIt() throws {
        let report = BagValidator(digester: digester).validate(bagAt: try writeSampleBag().bag)
        #expect(report.isValid, "\(report.issues)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.checkedFiles == 4)
    }

    @Test(.enabled(if: ExternalTool.path("bagit.py") != nil, "bagit.py not installed: pip install bagit==1.9.0"))
    func bagitPythonAcceptsIt() throws {
        // bagit-python 1.9.0 decodes %0D and %0A in manifest paths but not %25, which RFC 8493
        // requires for '%'; our own export names never contain '%', so this bag has none.
        let bag = try writeSampleBag(withPercentSign: false).bag
        let result = try ExternalTool.run(try #require(ExternalTool.path("bagit.py")), ["--validate", bag.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("is valid"), "\(result.output)")
    }

    @Test func refusesToOverwriteOrEscape() throws {
        let (bag, _) = try writeSampleBag()
        let folder = try Scratch.folder()
        let source = folder.appendingPathComponent("a")
        try Data("x".utf8).write(to: source)
        let writer = BagWriter(digester: digester)
        let info = BagInfo(sourceOrganization: "A", externalIdentifier: "B")
        #expect(throws: ExportError.self) { try writer.write([BagPayloadFile(source: source, path: "x")], info: info, to: bag) }
        for path in ["../escape", "/etc/passwd", "a//b", "./a"] {
            #expect(throws: ExportError.self) {
                try writer.write([BagPayloadFile(source: source, path: path)], info: info, to: folder.appendingPathComponent("b"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func manifestPathsAreEncodedPerRFC8493() {
        #expect(ManifestPath.encode("data/a%b\r\nc d.txt") == "data/a%25b%0D%0Ac d.txt")
        #expect(ManifestPath.decode("data/a%25b%0d%0Ac d.txt") == "data/a%b\r\nc d.txt")
        #expect(ManifestPath.decode("data/%7Etest%.txt") == "data/%7Etest%.txt")
    }
}
