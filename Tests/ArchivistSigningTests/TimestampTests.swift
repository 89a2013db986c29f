import ArchivistSigning
import ArchivistTestSupport
import Foundation
import Testing

@Suite(.enabled(if: LocalTSA.isAvailable, "python3 (for the local test TSA) not installed"))
struct TimestampTests {
    let pki: TestPKI
    let identity: SigningIdentity
    let anchors: TrustAnchors

    init() throws {
        pki = try TestPKI()
        identity = try pki.signerIdentity()
        anchors = try TrustAnchors(pemFile: pki.file("root.pem"))
    }

    @Test func cmsSignatureTimestampVerifiesWithOpenSSL() async throws {
        let tsa = try LocalTSA(pki: pki)
        let record = Data(#"{"so":"05-TB/TW"}"#.utf8)
        let signature = try await CMSSigner(identity: identity)
            .signature(over: record, timestampAuthority: TimestampAuthority(url: tsa.url))
        let result = try CMSSignatureVerifier(trustAnchors: anchors).verify(signature: signature, content: record)
        #expect(result.isValid, "\(result)")
        let stamped = try #require(result.timestampTime)
        #expect(abs(stamped.timeIntervalSinceNow) < 120)
        try #require(result.timestampToken).write(to: pki.file("token.der"))
        try #require(result.signatureValue).write(to: pki.file("signature-value.bin"))
        let verify = try Tool.run("openssl", ["ts", "-verify", "-in", "token.der", "-token_in", "-data", "signature-value.bin",
                                              "-CAfile", "root.pem"], in: pki.url)
        #expect(verify.succeeded && verify.output.contains("Verification: OK"), "\(verify.output)")
        // The token does not stamp other bytes.
        try Data("other".utf8).write(to: pki.file("other.bin"))
        let wrong = try Tool.run("openssl", ["ts", "-verify", "-in", "token.der", "-token_in", "-data", "other.bin",
                                             "-CAfile", "root.pem"], in: pki.url)
        #expect(!wrong.succeeded)
    }

    @Test func pdfBTSignatureIsAcceptedByOurVerifierAndOutsideJudges() async throws {
        let tsa = try LocalTSA(pki: pki)
        let pdf = try await PDFSigner(identity: identity, timestampAuthority: TimestampAuthority(url: tsa.url))
            .sign(TestPDF.make(pages: 2))
        let report = try #require(try PDFSignatureVerifier(trustAnchors: anchors).verify(pdf).first)
        #expect(report.isValid, "\(report.problems)")
        #expect(report.cms?.timestampTime != nil && report.cms?.timestampProblem == nil)
        try pdf.write(to: pki.file("bt.pdf"))
        if OutsideJudges.hasPyHanko {
            let judged = try OutsideJudges.pyHanko(pki.file("bt.pdf"), trust: pki.file("root.pem"), signatures: 1)
            #expect(judged.accepted, "\(judged.output)")
            #expect(judged.output.contains("Signature timestamp token:"), "\(judged.output)")
            #expect(judged.output.contains("The timestamp token is cryptographically sound."), "\(judged.output)")
        }
        if OutsideJudges.hasPdfsig {
            let judged = try OutsideJudges.pdfsig(pki.file("bt.pdf"), signatures: 1)
            #expect(judged.accepted, "\(judged.output)")
        }
    }

    @Test func timestampFromAnUntrustedTSAIsReported() async throws {
        let tsa = try LocalTSA(pki: pki)
        let record = Data("x".utf8)
        let signature = try await CMSSigner(identity: identity)
            .signature(over: record, timestampAuthority: TimestampAuthority(url: tsa.url))
        let onlyIntermediate = try TrustAnchors(pemFile: pki.file("intermediate.pem"))
        let result = try CMSSignatureVerifier(trustAnchors: onlyIntermediate).verify(signature: signature, content: record)
        #expect(result.isIntact && result.timestampProblem != nil)
    }

    @Test func unreachableTSAStopsSigning() async throws {
        let authority = TimestampAuthority(url: URL(string: "http://127.0.0.1:9/tsa")!, timeout: 5)
        await #expect(throws: TimestampError.self) {
            try await PDFSigner(identity: identity, timestampAuthority: authority).sign(TestPDF.make())
        }
    }
}
