import ArchivistCore
import ArchivistRuntime
import ArchivistTestSupport
import Foundation
import Testing

@Test func preparedPageIsWrittenAsPNGWithWhatPreparationDid() throws {
    let output = try Samples.scratchFolder().appendingPathComponent("prepared-page-2.png")
    let preparation = try PagePreviewJob(file: Samples.file("box-02/qd-45-ubnd.tif").path, page: 2, pipelineFile: nil,
                                         output: output.path).run()
    #expect(preparation.preparedDPI == 300)
    #expect(!preparation.blank)
    let png = try Data(contentsOf: output)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    // IHDR: width and height, big-endian, at bytes 16 and 20: the A4 page at 300 dpi.
    let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect((width, height) == (2480, 3508))
}

@Test func aPageBeyondTheFileIsRefusedByNumber() throws {
    let output = try Samples.scratchFolder().appendingPathComponent("never-written.png")
    #expect {
        try PagePreviewJob(file: Samples.file("box-01/kl-45-hu.png").path, page: 2, pipelineFile: nil, output: output.path).run()
    } throws: { error in
        String(describing: error).contains("has 1 page(s); there is no page 2")
    }
    #expect(!FileManager.default.fileExists(atPath: output.path))
}

@Test func aMaximumResolutionUnderThreeHundredDPIIsRefusedByName() throws {
    let folder = try Samples.scratchFolder()
    let standard = try String(contentsOf: Samples.root.deletingLastPathComponent().appendingPathComponent("pipelines/default.yml"), encoding: .utf8)
    try #require(standard.contains("maximum_dpi: 400"))
    let pipeline = folder.appendingPathComponent("low-maximum.yml")
    try Data(standard.replacingOccurrences(of: "maximum_dpi: 400", with: "maximum_dpi: 250").utf8).write(to: pipeline)
    #expect {
        try PagePreviewJob(file: Samples.file("box-01/kl-45-hu.png").path, page: 1, pipelineFile: pipeline.path,
                           output: folder.appendingPathComponent("never.png").path).run()
    } throws: { error in
        "\(error)".contains("maximum_dpi") && "\(error)".contains("300 dpi or more")
    }
}
