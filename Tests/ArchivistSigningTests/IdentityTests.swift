import ArchivistCore
import ArchivistSigning
import Foundation
import Testing

@Suite struct IdentityTests {
    @Test func loadsPEMWithChain() throws {
        let pki = try TestPKI()
        let identity = try pki.signerIdentity()
        #expect(identity.certificate.subject.contains("CN=Nguyễn Văn Thử"))
        #expect(identity.chain.count == 2)
        #expect(try identity.check().isEmpty)
    }

    @Test func loadsPKCS12AndRejectsWrongPasswordAndCorruptFile() throws {
        let pki = try TestPKI()
        try Tool.require("openssl", ["pkcs12", "-export", "-inkey", "signer.key", "-in", "signer.pem",
                                     "-certfile", "chain.pem", "-passout", "pass:đúng-mật-khẩu", "-out", "signer.p12"], in: pki.url)
        let p12 = try pki.data("signer.p12")
        let identity = try SigningIdentity(pkcs12: p12, password: "đúng-mật-khẩu", source: "signer.p12")
        #expect(identity.chain.count == 2)

        let wrong = #expect(throws: IdentityError.self) { try SigningIdentity(pkcs12: p12, password: "sai", source: "signer.p12") }
        #expect(wrong == .wrongPassword(source: "signer.p12"))
        #expect(!(wrong?.description.contains("sai") ?? true))

        var damaged = p12
        damaged.replaceSubrange(0..<16, with: Data(repeating: 0x41, count: 16))
        #expect(throws: IdentityError.corruptPKCS12(source: "x.p12")) {
            try SigningIdentity(pkcs12: damaged, password: "đúng-mật-khẩu", source: "x.p12")
        }
    }

    @Test func rejectsKeyThatDoesNotMatchCertificate() throws {
        let pki = try TestPKI()
        let error = #expect(throws: IdentityError.self) {
            try SigningIdentity(certificatePEM: pki.data("signer.pem"), keyPEM: pki.data("tsa.key"))
        }
        guard case .keyDoesNotMatchCertificate = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(!(error?.description.contains("PRIVATE KEY") ?? true))
    }

    @Test func rejectsCertificateOutsideItsValidityAndWarnsNearExpiry() throws {
        let pki = try TestPKI()
        let identity = try SigningIdentity(certificatePEM: pki.data("signer.pem"), keyPEM: pki.data("signer.key"))
        let notAfter = identity.certificate.notAfter
        #expect(throws: IdentityError.expired(subject: identity.certificate.subject,
                                              notAfter: ISO8601DateFormatter.string(from: notAfter, timeZone: .gmt, formatOptions: .withFullDate))) {
            try identity.check(at: notAfter.addingTimeInterval(86_400))
        }
        let early = #expect(throws: IdentityError.self) { try identity.check(at: identity.certificate.notBefore.addingTimeInterval(-60)) }
        guard case .notYetValid = early else { Issue.record("got \(String(describing: early))"); return }
        let warnings = try identity.check(at: notAfter.addingTimeInterval(-5 * 86_400))
        #expect(warnings.count == 1 && warnings[0].message.contains("expires in 5 days"))
    }

    @Test func rejectsCertificateWithoutSigningKeyUsage() throws {
        let pki = try TestPKI()
        try pki.makeLeaf("encipher", subject: "/CN=Encryption Only", extensions: "keyUsage=critical,keyEncipherment,keyAgreement")
        let identity = try SigningIdentity(certificatePEM: pki.data("encipher.pem"), keyPEM: pki.data("encipher.key"))
        #expect(throws: IdentityError.notForSigning(subject: "CN=Encryption Only")) { try identity.check() }
    }

    @Test(arguments: SigningIdentity.KeyAlgorithm.allCases)
    func generatesDevelopmentIdentityWithPrivateKeyFile(algorithm: SigningIdentity.KeyAlgorithm) throws {
        let directory = try TemporaryDirectory()
        let identity = try SigningIdentity.generateDevelopment(commonName: "Lưu trữ phát triển", algorithm: algorithm)
        #expect(identity.keyDescription == (algorithm == .p256 ? "EC-256" : "RSA-3072"))
        let warnings = try identity.check()
        #expect(warnings.contains { $0.message.contains("self-signed") })
        let keys = directory.file("keys")
        try identity.write(to: keys)
        let mode = try FileManager.default.attributesOfItem(atPath: keys.appendingPathComponent("key.pem").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let reloaded = try SigningIdentity(certificateFile: keys.appendingPathComponent("certificate.pem"),
                                           keyFile: keys.appendingPathComponent("key.pem"))
        #expect(reloaded.certificate.derData == identity.certificate.derData)
        let text = try Tool.require("openssl", ["x509", "-in", keys.appendingPathComponent("certificate.pem").path, "-noout", "-text"])
        #expect(text.contains("Digital Signature, Non Repudiation"))
        #expect(!text.contains("Code Signing") && !text.contains("Extended Key Usage"))
        #expect(throws: IdentityError.self) { try identity.write(to: keys) }
    }
}
