import ArchivistCore
import ArchivistSigning
import ArchivistTestSupport
import Foundation
import Testing
@testable import ArchivistRuntime

/// The sign stage's visible-mark options: checked at pipeline load, and used by a real ingest.
@Suite struct VisibleMarkPipelineTests {
    static let defaultPipeline = Samples.root.deletingLastPathComponent().appendingPathComponent("pipelines/default.yml")
    static let hasFont = VisibleMark.defaultFontURL() != nil

    /// The default pipeline with the sign stage's options replaced by `options` (YAML lines).
    static func pipeline(signOptions options: [String]) throws -> String {
        let text = try String(contentsOf: defaultPipeline, encoding: .utf8)
        let sign = try #require(text.range(of: "  - sign:\n")), catalog = try #require(text.range(of: "  - catalog:"))
        return text.replacingCharacters(in: sign.upperBound..<catalog.lowerBound, with: options.map { "      \($0)\n" }.joined())
    }

    func loadError(_ options: [String]) throws -> String {
        do {
            _ = try KnownStages.loader.load(yaml: try Self.pipeline(signOptions: options), source: "marked.yml")
            return "loaded"
        } catch let error as PipelineError {
            return error.description
        }
    }

    @Test func missingOrWrongFontFailsAtLoadNamingTheOption() throws {
        let missing = try loadError(["visible_mark: true", "mark_font: /nonexistent/Times.ttf"])
        #expect(missing.contains("marked.yml:") && missing.contains("'mark_font'") && missing.contains("/nonexistent/Times.ttf"), "\(missing)")
        let folder = try Samples.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("font.ttf")
        try Data("not a font, just text".utf8).write(to: text)
        let wrong = try loadError(["visible_mark: true", "mark_font: \(text.path)"])
        #expect(wrong.contains("'mark_font'") && wrong.contains("not a TrueType font"), "\(wrong)")
        // Named even with the mark off: the typo would otherwise wait for the day it is switched on.
        #expect(try loadError(["mark_font: /nonexistent/Times.ttf"]).contains("'mark_font'"))
    }

    @Test(.enabled(if: hasFont, "Liberation Serif not installed: apt-get install fonts-liberation2"))
    func agencyTheFontCannotDrawFailsAtLoad() throws {
        let error = try loadError(["visible_mark: true", "mark_agency: \"Lưu trữ 漢字\""])
        #expect(error.contains("'mark_agency'") && error.contains("U+6F22"), "\(error)")
    }

    @Test(.enabled(if: hasFont, "Liberation Serif not installed: apt-get install fonts-liberation2"))
    func markIsOffByDefaultAndOnWithLiberationSerif() throws {
        let plain = try KnownStages.loader.load(yaml: try Self.pipeline(signOptions: ["restricted: hold"]), source: "plain.yml")
        #expect(plain.options(of: SignStage.name, as: SignStage.Options.self)?.visibleMark == nil)
        let marked = try KnownStages.loader.load(yaml: try Self.pipeline(signOptions: ["visible_mark: true", "mark_agency: Lưu trữ Lịch sử"]),
                                                 source: "marked.yml")
        let mark = try #require(marked.options(of: SignStage.name, as: SignStage.Options.self)?.visibleMark)
        #expect(mark.agency == "Lưu trữ Lịch sử" && mark.font.postScriptName == "LiberationSerif")
    }

    @Test(.enabled(if: hasFont && ExternalTool.path("pdffonts") != nil && ExternalTool.path("pdfsig") != nil,
                   "needs Liberation Serif (fonts-liberation2) and pdffonts, pdfsig (poppler-utils)"))
    func ingestedPDFAGetsTheMarkAndStaysSoundlySigned() async throws {
        let box = try TestBox()
        try box.add("box-02/memo-handover-2025.png")
        let file = box.root.appendingPathComponent("marked.yml")
        try Self.pipeline(signOptions: ["visible_mark: true", "mark_agency: Lưu trữ Lịch sử Đảng bộ tỉnh"]).write(to: file, atomically: true, encoding: .utf8)
        let report = try await IngestJob(paths: [box.box.path], fonds: "TEST", pipelineFile: file.path, jobs: 1, workspace: box.workspace)
            .run(progress: { _ in })
        #expect(report.failures.isEmpty)
        let catalog = try box.catalog()
        let id = try #require(try await catalog.documents(includeRestricted: true).first?.id)
        let signed = try #require(try await catalog.document(id: id)?.derivatives[.signedPDF])
        let pdf = box.workspace.objectURL(for: signed.sha256).path
        let fonts = try ExternalTool.run(ExternalTool.path("pdffonts")!, [pdf]).output
        // Both fonts (the OCR layer's and the mark's) embedded with a ToUnicode map: columns emb, sub, uni.
        let rows = fonts.split(separator: "\n").filter { $0.contains("CID TrueType") }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 2 && rows.allSatisfy { $0.suffix(5).first == "yes" && $0.suffix(3).first == "yes" }, "\(fonts)")
        #expect(rows.contains { $0[0] == "GlyphLessFont" } && rows.contains { $0[0].hasSuffix("+LiberationSerif") }, "\(fonts)")
        let pdfsig = try ExternalTool.run(ExternalTool.path("pdfsig")!, [pdf]).output
        #expect(pdfsig.contains("Signature is Valid.") && pdfsig.contains("Total document signed"), "\(pdfsig)")
        if let pdftotext = ExternalTool.path("pdftotext") {
            #expect(try ExternalTool.run(pdftotext, ["-l", "1", pdf, "-"]).output.contains("Lưu trữ Lịch sử Đảng bộ tỉnh"))
        }
    }
}
