import Foundation
import Testing
import ArchivistTestSupport
@testable import ArchivistSigning

/// The optional visible mark: where it lands, what it draws, and that the signature and the
/// PDF stay sound, judged by pyHanko, pdfsig, qpdf, pdffonts, pdftotext and pdftoppm.
@Suite(.enabled(if: MarkFont.url != nil, "Liberation Serif not installed: apt-get install fonts-liberation2"))
struct VisibleMarkTests {
    let pki: TestPKI
    let identity: SigningIdentity
    let mark: VisibleMark
    static let agency = "Lưu trữ Lịch sử Đảng bộ tỉnh Quảng Nam"

    init() throws {
        pki = try TestPKI()
        identity = try pki.signerIdentity()
        mark = VisibleMark(agency: Self.agency, font: try TrueTypeFont(contentsOf: MarkFont.url!))
    }

    func sign(_ pdf: Data, mark: VisibleMark?, as name: String? = nil) async throws -> Data {
        let signed = try await PDFSigner(identity: identity, visibleMark: mark).sign(pdf, details: .init(reason: "Chứng thực lưu trữ"))
        if let name { try signed.write(to: pki.file(name)) }
        return signed
    }

    /// The widget of the last signature field.
    func widget(in pdf: Data) throws -> (PDFFile, PDFDictionary) {
        let file = try PDFFile(pdf)
        let form = try #require(try file.resolve(file.catalog().1["AcroForm"]).dictionary)
        let last = try #require(try file.resolve(form["Fields"]).array?.last)
        return (file, try #require(try file.resolve(last).dictionary))
    }

    @Test func timeIsShownInVietnamTime() {
        #expect(VisibleMark.timeText(Date(timeIntervalSince1970: 1_795_927_327.9)) == "2026-11-29T11:42:07+07:00")
        #expect(VisibleMark.timeText(Date(timeIntervalSince1970: 1_798_747_200)) == "2027-01-01T03:00:00+07:00")  // 20:00 UTC on New Year's Eve
    }

    @Test func agencyDefaultsToTheCertificatesOrganizationThenItsCommonName() throws {
        let font = mark.font
        #expect(VisibleMark(font: font).agencyName(signer: identity.certificate) == "Lưu trữ Thử nghiệm")
        let stranger = try SigningIdentity.generateDevelopment(commonName: "Stranger")
        #expect(VisibleMark(font: font).agencyName(signer: stranger.certificate) == "Stranger")
        #expect(VisibleMark(agency: "  Lưu  trữ\n", font: font).agencyName(signer: stranger.certificate) == "Lưu trữ")
    }

    @Test func defaultSignatureStaysInvisible() async throws {
        let (_, widget) = try widget(in: try await sign(TestPDF.make(), mark: nil))
        #expect(widget["Rect"] == .array([.integer(0), .integer(0), .integer(0), .integer(0)]))
        #expect(widget["AP"] == nil)
    }

    @Test func markIsAPrintableWidgetWithAnEmbeddedFontWhoseWidthsMatchIt() async throws {
        let (file, widget) = try widget(in: try await sign(TestPDF.make(), mark: mark))
        let flags = try #require(widget["F"]?.integer)
        #expect(flags & 4 != 0 && flags & (1 | 2 | 32) == 0, "print set; invisible, hidden, noview clear: \(flags)")
        let appearance = try #require(try file.resolve(widget["AP"]).dictionary)
        #expect(appearance.keys == ["N"])
        let form = try file.resolve(appearance["N"])
        guard case .stream(let formDictionary, _) = form else { Issue.record("no appearance stream"); return }
        #expect(formDictionary["Subtype"]?.name == "Form" && formDictionary["Group"] == nil)
        let fonts = try #require(try file.resolve(formDictionary["Resources"]).dictionary?["Font"]?.dictionary)
        let type0 = try #require(try file.resolve(fonts["F1"]).dictionary)
        #expect(type0["Subtype"]?.name == "Type0" && type0["Encoding"]?.name == "Identity-H" && type0["ToUnicode"] != nil)
        let cidFont = try #require(try file.resolve(try file.resolve(type0["DescendantFonts"]).array?.first).dictionary)
        #expect(cidFont["Subtype"]?.name == "CIDFontType2" && cidFont["CIDToGIDMap"]?.name == "Identity")
        let descriptor = try #require(try file.resolve(cidFont["FontDescriptor"]).dictionary)
        guard case .stream(let programDictionary, let raw) = try file.resolve(descriptor["FontFile2"]) else {
            Issue.record("no FontFile2"); return
        }
        let program = try StreamDecoder.decode(raw, dictionary: programDictionary)
        #expect(programDictionary["Length1"]?.integer == program.count)
        let embedded = try TrueTypeFont(data: program, path: "embedded")
        // PDF/A: the widths the PDF states are the embedded font's own.
        let widths = try #require(cidFont["W"]?.array)
        #expect(widths.count > 20)
        for pair in stride(from: 0, to: widths.count, by: 2) {
            let glyph = try #require(widths[pair].integer), stated = try #require(widths[pair + 1].array?.first?.integer)
            #expect(stated == embedded.thousandths(embedded.advance(ofGlyph: glyph)), "glyph \(glyph)")
            #expect(try !embedded.outline(ofGlyph: glyph).isEmpty || embedded.advance(ofGlyph: glyph) > 0)
        }
    }

    @Test(.enabled(if: OutsideJudges.hasPyHanko && OutsideJudges.hasPdfsig && OutsideJudges.hasQpdf,
                   "needs pyhanko, pdfsig (poppler-utils) and qpdf"))
    func signaturesWithMarksStayValidForPyHankoPdfsigAndQpdf() async throws {
        var pdf = try await sign(TestPDF.make(pages: 2), mark: mark, as: "one.pdf")
        pdf = try await sign(pdf, mark: mark, as: "two.pdf")
        for (name, count) in [("one.pdf", 1), ("two.pdf", 2)] {
            let pyHanko = try OutsideJudges.pyHanko(pki.file(name), trust: pki.file("root.pem"), signatures: count)
            #expect(pyHanko.accepted && pyHanko.output.contains("The signature covers the entire file."), "\(pyHanko.output)")
            let pdfsig = try OutsideJudges.pdfsig(pki.file(name), signatures: count)
            #expect(pdfsig.accepted, "\(pdfsig.output)")
            try Tool.require("qpdf", ["--check", name], in: pki.url)
        }
        #expect(try PDFSignatureVerifier(trustAnchors: TrustAnchors(pemFile: pki.file("root.pem"))).verify(pdf).map(\.isValid) == [true, true])
    }

    @Test(.enabled(if: OutsideJudges.hasPdffonts, "pdffonts not installed: apt-get install poppler-utils"))
    func pdffontsListsTheSubsetAsEmbeddedWithUnicode() async throws {
        _ = try await sign(TestPDF.make(), mark: mark, as: "marked.pdf")
        let output = try Tool.require("pdffonts", [pki.file("marked.pdf").path])
        guard let line = output.split(separator: "\n").first(where: { $0.contains("+LiberationSerif") }) else {
            Issue.record("no subset font listed: \(output)"); return
        }
        let columns = line.split(separator: " ", omittingEmptySubsequences: true)
        #expect(line.contains("CID TrueType") && line.contains("Identity-H"), "\(line)")
        #expect(Array(columns.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "emb sub uni: \(line)")
    }

    @Test(.enabled(if: OutsideJudges.hasPdftotext && OutsideJudges.hasPyHanko, "needs pdftotext (poppler-utils) and pyhanko"))
    func shownTimeIsTheSignaturesTime() async throws {
        _ = try await sign(TestPDF.make(), mark: mark, as: "marked.pdf")
        let text = try Tool.require("pdftotext", ["-f", "1", "-l", "1", pki.file("marked.pdf").path, "-"])
        #expect(text.contains(Self.agency), "\(text)")
        let shown = try #require(text.firstMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00/).map { String($0.output) }, "\(text)")
        // pyHanko reads the time from /M ("Signing time as reported by signer: 2026-…+00:00").
        let report = try OutsideJudges.pyHanko(pki.file("marked.pdf"), trust: pki.file("root.pem"), signatures: 1).output
        let reported = try #require(report.firstMatch(of: /reported by signer: (\S+)/).map { String($0.1) }, "\(report)")
        let parse = { (text: String) in ISO8601DateFormatter().date(from: text) }
        #expect(parse(shown) != nil && parse(shown) == parse(reported), "shown \(shown), signed \(reported)")
        let ours = try PDFSignatureVerifier(trustAnchors: TrustAnchors(pemFile: pki.file("root.pem"))).verify(pki.data("marked.pdf"))
        #expect(ours.first?.signingTime == parse(shown) && ours.first?.cms?.signingTime == nil)
    }

    @Test(.enabled(if: GrayRender.isAvailable, "pdftoppm not installed: apt-get install poppler-utils"),
          arguments: [(0, nil), (90, nil), (180, nil), (270, nil), (0, [40, 60, 500, 700]), (90, [40, 60, 500, 700])] as [(Int, [Int]?)])
    func markInksTheTopRightCornerUpright(rotate: Int, cropBox: [Int]?) async throws {
        let page = TestPDF.make(rotate: rotate, cropBox: cropBox)
        _ = try await sign(page, mark: nil, as: "plain.pdf")
        _ = try await sign(page, mark: mark, as: "marked.pdf")
        let plain = try GrayRender(pki.file("plain.pdf")), marked = try GrayRender(pki.file("marked.pdf"))
        let ink = marked.newInk(comparedWith: plain)
        // At 72 dpi a pixel is a point: two 10 pt lines, 18 pt in from the top and right edges as shown.
        #expect(ink.count > 300, "too little ink: \(ink)")
        #expect((marked.width - 30...marked.width - 17).contains(ink.maxX) && (17...30).contains(ink.minY), "not at the top right: \(ink) in \(marked.width)×\(marked.height)")
        #expect(ink.maxY - ink.minY < 30 && ink.maxX - ink.minX > 120, "not two upright lines: \(ink)")
    }
}
