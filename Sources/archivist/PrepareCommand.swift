import ArgumentParser
import ArchivistRuntime
import Foundation

struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Write one page as the OCR engine sees it (after smoothing, cleaning, turning, deskewing), as PNG.",
        discussion: """
            Uses the `ocr` options of the pipeline (the default pipeline unless --pipeline), so a \
            page that reads badly can be looked at and the options tuned before a batch is ingested.
            """
    )

    @Argument(help: ArgumentHelp("A scan: TIFF, PNG, JPEG or PDF.", valueName: "file"))
    var file: String

    @Option(help: "The page of the file, from 1.")
    var page = 1

    @Option(help: ArgumentHelp("The PNG to write.", valueName: "file"))
    var out = "prepared.png"

    @Option(help: ArgumentHelp("Pipeline file whose `ocr` options apply.", valueName: "file"))
    var pipeline: String?

    func run() throws {
        let preparation = try PagePreviewJob(file: file, page: page, pipelineFile: pipeline, output: out).run()
        var facts = ["\(preparation.preparedDPI) dpi" + (preparation.sourceDPI.map { $0 == preparation.preparedDPI ? "" : " (scanned at \($0))" } ?? " (estimated)")]
        if preparation.blank { facts.append("blank (ink \(String(format: "%.3f%%", preparation.inkFraction * 100)))") }
        if let noise = preparation.pixelNoise { facts.append(String(format: "pixel noise %.1f", noise) + (preparation.denoised == true ? ", smoothed" : "")) }
        if let seals = preparation.sealsDropped, seals > 0 { facts.append("\(seals) red seal(s) whitened") }
        if let rings = preparation.sealRingsErased, rings > 0 { facts.append("\(rings) seal ring(s) erased") }
        if let specks = preparation.specksErased, specks > 0 { facts.append("\(specks) speck(s) of dust whitened") }
        if preparation.rotation != 0 { facts.append("turned \(preparation.rotation)°") }
        if preparation.skewDegrees != 0 { facts.append(String(format: "deskewed %.2f°", preparation.skewDegrees)) }
        facts.append(preparation.binarized ? "bilevel" : "gray")
        facts.append(String(format: "%.0f ms", preparation.seconds * 1000))
        print("\(out): page \(page) of \(file): \(facts.joined(separator: ", "))")
    }
}
