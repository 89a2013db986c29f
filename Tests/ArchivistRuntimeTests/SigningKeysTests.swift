import ArchivistRuntime
import ArchivistSigning
import Foundation
import Testing

@Test func developmentIdentityIsMadeOnceThenReplacedByAnImportedOne() throws {
    let box = try TestBox()
    let keys = SigningKeys(workspace: box.workspace)
    #expect(try keys.loadOrCreateDevelopment(organization: "Lưu trữ").created)
    #expect(try !keys.loadOrCreateDevelopment(organization: "Lưu trữ").created)
    #expect(keys.isDevelopment)
    let attributes = try FileManager.default.attributesOfItem(atPath: keys.folder.appendingPathComponent("key.pem").path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

    let real = box.root.appendingPathComponent("real")
    try SigningIdentity.generateDevelopment(commonName: "Văn phòng Tỉnh ủy", algorithm: .rsa3072).write(to: real)
    let installed = try keys.importPEM(certificate: real.appendingPathComponent("certificate.pem"), key: real.appendingPathComponent("key.pem"),
                                       chain: nil, replacing: false)
    #expect(installed.subject.contains("Văn phòng Tỉnh ủy") && !keys.isDevelopment)
    #expect(throws: KeysError.self) {
        try keys.importPEM(certificate: real.appendingPathComponent("certificate.pem"), key: real.appendingPathComponent("key.pem"),
                           chain: nil, replacing: false)
    }
    _ = try keys.importPEM(certificate: real.appendingPathComponent("certificate.pem"), key: real.appendingPathComponent("key.pem"),
                           chain: nil, replacing: true)
    let retired = try FileManager.default.contentsOfDirectory(atPath: keys.folder.path).filter { $0.hasPrefix("retired-") }
    #expect(retired.count == 2, "the development identity and the first import are kept aside, not deleted")
}

@Test func aKeyThatDoesNotMatchItsCertificateIsRefused() throws {
    let box = try TestBox()
    let one = box.root.appendingPathComponent("one"), other = box.root.appendingPathComponent("other")
    try SigningIdentity.generateDevelopment(commonName: "one").write(to: one)
    try SigningIdentity.generateDevelopment(commonName: "other").write(to: other)
    #expect { try SigningKeys(workspace: box.workspace).importPEM(certificate: one.appendingPathComponent("certificate.pem"),
                                                                 key: other.appendingPathComponent("key.pem"), chain: nil, replacing: true) }
        throws: { !"\($0)".contains("PRIVATE KEY") }
    #expect(!SigningKeys(workspace: box.workspace).hasIdentity)
}
