import ArchivistSigning
import ArchivistTestSupport
import Foundation
import Testing

@Suite struct CoverageAnomalyTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpora/pyhanko-testing").standardizedFileURL
    static let hasCorpus = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("coverage-anomalies/base.pdf").path)

    enum Anomaly: String, CaseIterable {
        case oneRange, gapTooBig, tailUncovered, weirdRanges, appendedAfterSigning
    }

    /// The coverage problem our verifier reports for an anomaly made from our own signed PDF.
    @Test(arguments: Anomaly.allCases)
    func ownAnomaliesAreRejectedForCoverage(anomaly: Anomaly) async throws {
        let identity = try SigningIdentity.generateDevelopment(commonName: "Forger")
        let verifier = PDFSignatureVerifier(trustAnchors: TrustAnchors(certificates: [identity.certificate]))
        let pdf = try await PDFSigner(identity: identity).sign(TestPDF.make(pages: 2))
        let layout = try ByteRangeForger.layout(of: pdf)
        let (start, end, length) = (layout.gapStart, layout.gapEnd, pdf.count)
        let forged: Data
        let expected: String
        switch anomaly {
        case .oneRange:
            forged = try ByteRangeForger.forge(pdf, ranges: [0, start], identity: identity)
            expected = "has 2 numbers"
        case .gapTooBig:
            forged = try ByteRangeForger.forge(pdf, ranges: [0, start, end + 40, length - end - 40], identity: identity)
            expected = "is larger than the /Contents string"
        case .tailUncovered:
            forged = try ByteRangeForger.forge(pdf, ranges: [0, start, end, length - end - 40], identity: identity)
            expected = "are not covered"
        case .weirdRanges:
            forged = try ByteRangeForger.forge(pdf, ranges: [0, 10, 20, 30], identity: identity)
            expected = "is not the /Contents string"
        case .appendedAfterSigning:
            forged = pdf + Data("% an unsigned tail\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
            expected = "are not covered"
        }
        let report = try #require(try verifier.verify(forged).first)
        #expect(!report.isValid)
        if anomaly != .appendedAfterSigning {  // a forged range is still a sound signature over its bytes
            #expect(report.cms?.isIntact == true, "\(report.problems)")
        }
        guard case .invalid(let reason) = report.coverage else { Issue.record("accepted: \(report.coverage)"); return }
        #expect(reason.contains(expected), "\(reason)")
        #expect(report.problems.contains { $0.hasPrefix("coverage:") })
    }

    @Test(.enabled(if: hasCorpus, "pyHanko coverage-anomalies corpus not found beside the checkout (../shared/corpora)"),
          arguments: [("one-byterange", "has 2 numbers"), ("signature-gap-too-big", "is larger than the /Contents string"),
                      ("tail-uncovered", "are not covered"), ("weird-byterange", "is not the /Contents string")])
    func corpusAnomaliesAreRejectedForCoverage(name: String, expected: String) throws {
        let verifier = PDFSignatureVerifier(
            trustAnchors: try TrustAnchors(pemFile: Self.corpus.appendingPathComponent("ca/root.cert.pem")),
            validationTime: ISO8601DateFormatter().date(from: "2020-11-01T00:00:00Z"))
        let pdf = try Data(contentsOf: Self.corpus.appendingPathComponent("coverage-anomalies/\(name).pdf"))
        let reports = try verifier.verify(pdf)
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(!report.isValid)
        guard case .invalid(let reason) = report.coverage else { Issue.record("accepted: \(report.coverage)"); return }
        #expect(reason.contains(expected), "\(reason)")
        #expect(report.cms?.isIntact == true, "\(report.problems)")
        #expect(report.problems.contains { $0.hasPrefix("coverage:") }, "\(report.problems)")
    }

    @Test(.enabled(if: hasCorpus, "pyHanko corpus not found beside the checkout (../shared/corpora)"))
    func corpusBaseIsAPreparedButUnsignedField() throws {
        let verifier = PDFSignatureVerifier(trustAnchors: try TrustAnchors(pemFile: Self.corpus.appendingPathComponent("ca/root.cert.pem")))
        let pdf = try Data(contentsOf: Self.corpus.appendingPathComponent("coverage-anomalies/base.pdf"))
        let report = try #require(try verifier.verify(pdf).first)
        #expect(report.coverage == .revision(endingAt: 7195, laterRevisions: 1))
        #expect(!report.isValid && report.problems.contains { $0.contains("never signed") }, "\(report.problems)")
    }
}
