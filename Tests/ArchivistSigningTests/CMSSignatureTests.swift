import ArchivistSigning
import Foundation
import Testing

@Suite struct CMSSignatureTests {
    let record = Data(#"{"issuer":"Văn phòng Trung ương Đảng","number":"12-CV/VPTW","title":"Về việc lưu trữ"}"#.utf8)

    @Test func opensslAcceptsDetachedSignatureWithChain() throws {
        let pki = try TestPKI()
        let identity = try pki.signerIdentity()
        let signature = try CMSSigner(identity: identity).signature(over: record)
        try record.write(to: pki.file("record.json"))
        try signature.write(to: pki.file("record.p7s"))
        let verify = try Tool.run("openssl", ["cms", "-verify", "-binary", "-inform", "DER", "-in", "record.p7s",
                                              "-content", "record.json", "-CAfile", "root.pem", "-out", "/dev/null"], in: pki.url)
        #expect(verify.succeeded, "\(verify.output)")
        #expect(verify.output.contains("Verification successful"))

        let dump = try Tool.require("openssl", ["cms", "-cmsout", "-print", "-inform", "DER", "-in", "record.p7s"], in: pki.url)
        #expect(dump.contains("id-smime-aa-signingCertificateV2"))
        #expect(dump.contains("signingTime"))
        #expect(dump.contains("Archivist Test Intermediate CA"))
        #expect(dump.contains("eContent: <ABSENT>"))  // detached

        let tampered = Data(record.dropLast()) + Data("x".utf8)
        try tampered.write(to: pki.file("record.json"))
        let rejected = try Tool.run("openssl", ["cms", "-verify", "-binary", "-inform", "DER", "-in", "record.p7s",
                                                "-content", "record.json", "-CAfile", "root.pem", "-out", "/dev/null"], in: pki.url)
        #expect(!rejected.succeeded)
    }

    @Test(arguments: SigningIdentity.KeyAlgorithm.allCases)
    func ourVerifierAcceptsAndRejects(algorithm: SigningIdentity.KeyAlgorithm) throws {
        let identity = try SigningIdentity.generateDevelopment(commonName: "Thử \(algorithm.rawValue)", algorithm: algorithm)
        let signature = try CMSSigner(identity: identity).signature(over: record, signingTime: nil)
        let verifier = CMSSignatureVerifier(trustAnchors: TrustAnchors(certificates: [identity.certificate]))
        let good = try verifier.verify(signature: signature, content: record)
        #expect(good.isValid, "\(good)")
        #expect(good.signerSubject == "CN=Thử \(algorithm.rawValue)")
        #expect(good.signingTime == nil)

        var flipped = record
        flipped[5] ^= 0x01
        let bad = try verifier.verify(signature: signature, content: flipped)
        #expect(!bad.isIntact && !bad.isValid)

        let stranger = try SigningIdentity.generateDevelopment(commonName: "Stranger")
        let untrusted = try CMSSignatureVerifier(trustAnchors: TrustAnchors(certificates: [stranger.certificate]))
            .verify(signature: signature, content: record)
        #expect(untrusted.isIntact && untrusted.trustProblem != nil)
    }

    @Test func signingTimeIsReported() throws {
        let identity = try SigningIdentity.generateDevelopment(commonName: "Time")
        let moment = Date(timeIntervalSince1970: 1_750_000_000)
        let signature = try CMSSigner(identity: identity).signature(over: record, signingTime: moment)
        let result = try CMSSignatureVerifier(trustAnchors: TrustAnchors(certificates: [identity.certificate]))
            .verify(signature: signature, content: record)
        #expect(result.signingTime == moment)
    }

    @Test func garbageIsNotASignature() {
        let verifier = CMSSignatureVerifier(trustAnchors: TrustAnchors(certificates: []))
        #expect(throws: OpenSSLError.self) { try verifier.verify(signature: Data("not der".utf8), content: record) }
    }
}
