import ArchivistSigning
import ArchivistTestSupport
import Foundation
import Testing

@Suite struct PAdESSigningTests {
    let pki: TestPKI
    let identity: SigningIdentity
    let verifier: PDFSignatureVerifier

    init() throws {
        pki = try TestPKI()
        identity = try pki.signerIdentity()
        verifier = PDFSignatureVerifier(trustAnchors: try TrustAnchors(pemFile: pki.file("root.pem")))
    }

    func signed(pages: Int, times: Int = 1) async throws -> Data {
        var pdf = TestPDF.make(pages: pages, title: "Cong van so \(pages)")
        for _ in 0..<times {
            pdf = try await PDFSigner(identity: identity).sign(pdf, details: .init(reason: "Chứng thực lưu trữ", location: "Hà Nội"))
        }
        return pdf
    }

    @Test func ourVerifierAcceptsOneSignatureCoveringTheWholeFile() async throws {
        let reports = try verifier.verify(try await signed(pages: 1))
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(report.isValid, "\(report.problems)")
        #expect(report.coverage == .entireFile)
        #expect(report.fieldName == "Signature1")
        #expect(report.subFilter == "ETSI.CAdES.detached")
        #expect(report.signerSubject?.contains("CN=Nguyễn Văn Thử") == true)
        #expect(report.cms?.signingTime == nil)  // PAdES B-B: the time is in /M only
        #expect(abs((report.signingTime ?? .distantPast).timeIntervalSinceNow) < 120)
    }

    @Test func secondSignatureKeepsTheFirst() async throws {
        let reports = try verifier.verify(try await signed(pages: 2, times: 2))
        #expect(reports.map(\.fieldName) == ["Signature1", "Signature2"])
        let problems = reports.map(\.problems)
        #expect(reports.allSatisfy { $0.isValid }, "\(problems)")
        guard case .revision(_, let later) = reports[0].coverage else { Issue.record("\(reports[0].coverage)"); return }
        #expect(later == 1)
        #expect(reports[1].coverage == .entireFile)
    }

    @Test func flippingAnyOneByteIsDetected() async throws {
        let pdf = try await signed(pages: 1)
        let text = [UInt8](pdf)
        let contents = try #require(text.firstRange(of: Array("/Contents <".utf8)))
        // In the page content, in the signature dictionary, in the final xref, and in the last byte.
        for position in [text.firstRange(of: Array("Cong van".utf8))!.lowerBound, contents.lowerBound - 3,
                         pdf.count - 30, pdf.count - 2] {
            var tampered = pdf
            tampered[position] ^= 0x01
            let reports = (try? verifier.verify(tampered)) ?? []
            #expect(reports.count != 1 || !reports[0].isValid, "flip at \(position) went unnoticed")
        }
    }

    @Test func untrustedSignerIsReported() async throws {
        let stranger = try SigningIdentity.generateDevelopment(commonName: "Stranger")
        let pdf = try await PDFSigner(identity: stranger).sign(TestPDF.make())
        let report = try #require(try verifier.verify(pdf).first)
        #expect(report.coverage == .entireFile && report.cms?.isIntact == true)
        #expect(!report.isValid && report.problems.contains { $0.hasPrefix("trust:") })
    }

    @Test func unsignedPDFHasNoReportsAndGarbageIsNotAPDF() throws {
        #expect(try verifier.verify(TestPDF.make()).isEmpty)
        #expect(throws: PDFError.notAPDF) { try verifier.verify(Data("hello".utf8)) }
        #expect(throws: PDFError.self) { try PDFSignatureVerifier(trustAnchors: verifier.trustAnchors).verify(Data("%PDF-1.7\n".utf8)) }
    }

    @Test func expiredIdentitySignsNothing() async throws {
        let afterExpiry = identity.certificate.notAfter.addingTimeInterval(86_400)
        let error = await #expect(throws: IdentityError.self) {
            try await PDFSigner(identity: identity).sign(TestPDF.make(), at: afterExpiry)
        }
        guard case .expired = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func tooSmallReservationFailsClearly() async throws {
        let signer = PDFSigner(identity: identity, reservedSignatureBytes: 64)
        await #expect(throws: PDFError.self) { try await signer.sign(TestPDF.make()) }
    }

    @Test(.enabled(if: OutsideJudges.hasPyHanko, "pyhanko not installed: pip install pyhanko==0.38.0 pyhanko-cli==0.6.0"),
          arguments: [(1, 1), (4, 1), (3, 2)])
    func pyHankoAccepts(pages: Int, times: Int) async throws {
        let file = pki.file("signed-\(pages)-\(times).pdf")
        try await signed(pages: pages, times: times).write(to: file)
        let judged = try OutsideJudges.pyHanko(file, trust: pki.file("root.pem"), signatures: times)
        #expect(judged.accepted, "\(judged.output)")
        #expect(judged.output.contains("The signature covers the entire file."))
    }

    @Test(.enabled(if: OutsideJudges.hasPdfsig, "pdfsig not installed: apt-get install poppler-utils"),
          arguments: [(1, 1), (4, 1), (3, 2)])
    func pdfsigAccepts(pages: Int, times: Int) async throws {
        let file = pki.file("signed-\(pages)-\(times).pdf")
        try await signed(pages: pages, times: times).write(to: file)
        let judged = try OutsideJudges.pdfsig(file, signatures: times)
        #expect(judged.accepted, "\(judged.output)")
    }

    @Test(.enabled(if: OutsideJudges.hasQpdf && OutsideJudges.hasPyHanko && OutsideJudges.hasPdfsig,
                   "needs qpdf (to make an xref-stream PDF), pyhanko and pdfsig"))
    func signsPDFWithCrossReferenceStreams() async throws {
        try TestPDF.make(pages: 3).write(to: pki.file("plain.pdf"))
        try Tool.require("qpdf", ["--object-streams=generate", "plain.pdf", "compressed.pdf"], in: pki.url)
        let compressed = try pki.data("compressed.pdf")
        #expect(String(decoding: compressed, as: UTF8.self).contains("/XRef"))
        var pdf = try await PDFSigner(identity: identity).sign(compressed)
        pdf = try await PDFSigner(identity: identity).sign(pdf)
        try pdf.write(to: pki.file("compressed-signed.pdf"))
        #expect(try verifier.verify(pdf).map(\.isValid) == [true, true])
        let pyHanko = try OutsideJudges.pyHanko(pki.file("compressed-signed.pdf"), trust: pki.file("root.pem"), signatures: 2)
        #expect(pyHanko.accepted, "\(pyHanko.output)")
        let pdfsig = try OutsideJudges.pdfsig(pki.file("compressed-signed.pdf"), signatures: 2)
        #expect(pdfsig.accepted, "\(pdfsig.output)")
        try Tool.require("qpdf", ["--check", "compressed-signed.pdf"], in: pki.url)
    }
}
