@testable import ArchivistCore
import Foundation
import Testing

/// Minimal stages to load pipelines against; the real ones live in ArchivistRuntime.
private struct FirstStage: Stage {
    static let name = "ingest", version = 1, requires: [String] = [], summary = "first", eventType = EventType.ingestion
    struct Options: StageOptions {
        static let keys = ["max_pixels"]
        var maxPixels = 10
        init() {}
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            maxPixels = try container.decodeIfPresent(Int.self, forKey: .maxPixels) ?? 10
        }
        enum Key: String, CodingKey { case maxPixels = "max_pixels" }
    }
    init(options: Options, services: Services) {}
    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState { document }
    func eventDetail(for document: DocumentState) -> String { "" }
}

private struct SecondStage: Stage {
    static let name = "ocr", version = 1, requires = ["ingest"], summary = "second", eventType = EventType.creation
    struct Options: StageOptions {
        static let keys = ["languages"]
        init() {}
    }
    init(options: Options, services: Services) {}
    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState { document }
    func eventDetail(for document: DocumentState) -> String { "" }
}

private let loader = PipelineLoader(known: [StageDescriptor(FirstStage.self), StageDescriptor(SecondStage.self)])

private func loadError(_ yaml: String) -> PipelineError? {
    do {
        _ = try loader.load(yaml: yaml, source: "test.yml")
        return nil
    } catch {
        return error as? PipelineError
    }
}

@Test func loadsStagesInOrderWithOptions() throws {
    let pipeline = try loader.load(yaml: "stages:\n  - ingest:\n      max_pixels: 42\n  - ocr\n", source: "test.yml")
    #expect(pipeline.stageNames == ["ingest", "ocr"])
    #expect(pipeline.options(of: "ingest", as: FirstStage.Options.self)?.maxPixels == 42)
    #expect(pipeline.entries[1].line == 4)
}

@Test func missingOptionsTakeDefaults() throws {
    let pipeline = try loader.load(yaml: "stages:\n  - ingest:\n  - ocr: {}\n", source: "test.yml")
    #expect(pipeline.options(of: "ingest", as: FirstStage.Options.self)?.maxPixels == 10)
}

@Test func unknownStageNamesLineAndSuggestion() throws {
    let error = try #require(loadError("stages:\n  - ingest\n  - ocrr\n"))
    #expect(error.line == 3)
    #expect(error.message.contains("unknown stage 'ocrr'"))
    #expect(error.hint == "Did you mean 'ocr'?")
    #expect(error.description.hasPrefix("test.yml:3: "))
}

@Test func unknownOptionKeyNamesLineAndSuggestion() throws {
    let error = try #require(loadError("stages:\n  - ingest:\n      max_pixel: 5\n"))
    #expect(error.line == 3)
    #expect(error.message.contains("unknown option 'max_pixel'"))
    #expect(error.hint == "Did you mean 'max_pixels'?")
}

@Test func wrongOptionTypeNamesTheOption() throws {
    let error = try #require(loadError("stages:\n  - ingest:\n      max_pixels: lots\n"))
    #expect(error.line == 3)
    #expect(error.message.contains("max_pixels"))
}

@Test func stageBeforeItsRequirementIsRejected() throws {
    let error = try #require(loadError("stages:\n  - ocr\n  - ingest\n"))
    #expect(error.line == 2)
    #expect(error.hint == "Move 'ingest' above 'ocr'.")
    let missing = try #require(loadError("stages:\n  - ocr\n"))
    #expect(missing.hint == "Add 'ingest' above 'ocr'.")
}

@Test func duplicateStageAndBadTopLevelKeysAreRejected() throws {
    #expect(loadError("stages:\n  - ingest\n  - ingest\n")?.line == 3)
    let error = try #require(loadError("stagez:\n  - ingest\n"))
    #expect(error.hint == "Did you mean 'stages'?")
}

@Test func invalidYAMLReportsItsLine() throws {
    let error = try #require(loadError("stages:\n  - ingest\n  - [ocr\n"))
    #expect(error.line != nil)
    #expect(error.message.contains("not valid YAML"))
}

@Test func editDistanceCountsEdits() {
    #expect(EditDistance.between("ocr", "ocr") == 0)
    #expect(EditDistance.between("ocrr", "ocr") == 1)
    #expect(EditDistance.between("", "abc") == 3)
    #expect(closestMatch(to: "zzzzzz", in: ["ingest", "ocr"]) == nil)
}
