import ArchivistSigning
import ArchivistExport
import Foundation
import Testing

/// Bags our writer made, then broke the ways bags break in transit or storage.
@Suite struct BrokenBagTests {
    let digester = OpenSSLDigester()

    func freshBag() throws -> URL {
        let folder = try Scratch.folder()
        let bag = folder.appendingPathComponent("bag")
        try BagWriter(digester: digester, transfer: .copy).write(try SampleExport.payload(in: folder),
            info: BagInfo(sourceOrganization: "Lưu trữ", externalIdentifier: "x-1"), to: bag)
        return bag
    }

    func errors(_ bag: URL) -> [String] {
        BagValidator(digester: digester).validate(bagAt: bag).errors.map(\.problem)
    }

    @Test func missingPayloadFile() throws {
        let bag = try freshBag()
        try FileManager.default.removeItem(at: bag.appendingPathComponent("data/57-NQ-TW/metadata.p7s"))
        let found = errors(bag)
        #expect(found.contains { $0.contains("data/57-NQ-TW/metadata.p7s") && $0.contains("missing") }, "\(found)")
        #expect(found.contains { $0.contains("Payload-Oxum") }, "\(found)")
    }

    @Test func alteredByte() throws {
        let bag = try freshBag()
        let file = bag.appendingPathComponent("data/57-NQ-TW/document.pdf")
        var bytes = try Data(contentsOf: file)
        bytes[3] ^= 0x01
        try bytes.write(to: file)
        let found = errors(bag)
        #expect(found.contains { $0.contains("document.pdf") && $0.contains("sha256 digest differs") }, "\(found)")
        #expect(found.contains { $0.contains("document.pdf") && $0.contains("sha512 digest differs") }, "\(found)")
        #expect(found.count == 2)
    }

    @Test func extraPayloadFile() throws {
        let bag = try freshBag()
        try Data("slipped in".utf8).write(to: bag.appendingPathComponent("data/57-NQ-TW/extra.txt"))
        let found = errors(bag)
        #expect(found.contains { $0.contains("data/57-NQ-TW/extra.txt") && $0.contains("not listed in manifest-sha256.txt") }, "\(found)")
    }

    @Test func badOxum() throws {
        let bag = try freshBag()
        let infoURL = bag.appendingPathComponent("bag-info.txt")
        let info = try String(contentsOf: infoURL, encoding: .utf8)
            .replacingOccurrences(of: #"Payload-Oxum: \d+"#, with: "Payload-Oxum: 1", options: .regularExpression)
        try Data(info.utf8).write(to: infoURL)
        let found = errors(bag)
        #expect(found.contains { $0.contains("Payload-Oxum says 1 bytes") }, "\(found)")
        // The tag manifests catch the edit too.
        #expect(found.contains { $0.contains("bag-info.txt") && $0.contains("digest differs") }, "\(found)")
    }

    @Test func whitespaceInBagitTxt() throws {
        let bag = try freshBag()
        try Data("BagIt-Version : 1.0\nTag-File-Character-Encoding : UTF-8\n".utf8)
            .write(to: bag.appendingPathComponent("bagit.txt"))
        let report = BagValidator(digester: digester).validate(bagAt: bag)
        #expect(!report.isValid)
        #expect(throws: InvalidBag.self) { try report.requireValid() }
    }
}
