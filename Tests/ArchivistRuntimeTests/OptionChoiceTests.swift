import ArchivistCore
import Foundation
import Testing
@testable import ArchivistRuntime

/// Options with a fixed set of values: a wrong value is refused at load with the file, line,
/// option and the values it can take; the default pipeline's own values load.
@Suite struct OptionChoiceTests {
    private func loadError(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: VisibleMarkPipelineTests.defaultPipeline, encoding: .utf8)
        try #require(text.contains(old), "the default pipeline no longer says \(old)")
        do {
            _ = try KnownStages.loader.load(yaml: text.replacingOccurrences(of: old, with: new), source: "edited.yml")
            return "loaded"
        } catch let error as PipelineError {
            return error.description
        }
    }

    @Test(arguments: [("jpeg_pages: progressive", "jpeg_pages: lossy", "copied, optimized, progressive"),
                      ("gray_pages: lossless", "gray_pages: png", "lossless, jpeg"),
                      ("binarization: otsu", "binarization: niblack", "otsu"),
                      ("restricted: hold", "restricted: publish", "sign, hold")])
    func wrongChoiceNamesTheChoices(old: String, new: String, named: String) throws {
        let error = try loadError(replacing: old, with: new)
        let option = String(new.prefix { $0 != ":" })
        #expect(error.contains("edited.yml:") && error.contains("'\(option)'") && error.contains(named), "\(error)")
    }

    @Test func theDefaultChoicesLoad() throws {
        #expect(try loadError(replacing: "jpeg_pages: progressive", with: "jpeg_pages: copied") == "loaded")
        #expect(try loadError(replacing: "gray_pages: lossless", with: "gray_pages: jpeg") == "loaded")
    }
}
