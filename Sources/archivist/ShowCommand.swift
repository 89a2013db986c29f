import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one document: metadata, files, where it was found, pages with text and confidence, events."
    )

    @Argument(help: "Document id (from 'archivist list').")
    var id: Int64

    @Flag(help: "Print as JSON, words with boxes included.")
    var json = false

    @Flag(help: "Print the pages as hOCR (XHTML: pages, blocks, lines, words with boxes and confidences).")
    var hocr = false

    @Flag(help: "Print the pages as ALTO 4.2 XML (pages, text blocks, lines, strings with boxes and confidences 0-1).")
    var alto = false

    @OptionGroup var restricted: RestrictedOptions
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if [json, hocr, alto].filter({ $0 }).count > 1 { throw ValidationError("Choose one of --json, --hocr and --alto.") }
    }

    func run() async throws {
        guard let detail = try await restricted.access().document(id: id, in: workspace.resolved.openExisting()) else {
            throw CommandFailure("No document \(id) in this workspace; 'archivist list' shows the ids.")
        }
        if json { return try Terminal.printJSON(detail) }
        if hocr { return print(ExportJob.hocr(detail), terminator: "") }
        if alto { return print(ExportJob.alto(detail), terminator: "") }
        let summary = detail.summary
        print("Document \(summary.id): \(summary.name)")
        print("  fonds \(summary.fonds ?? "-"), status \(summary.status.rawValue), \(summary.pageCount) page(s), language \(summary.language ?? "-")")
        if let metadata = detail.metadata { print("\n" + MetadataView(metadata: metadata).render()) }
        print("\nFiles")
        for file in detail.files {
            print("  \(file.position + 1). \(file.name)  \(file.format.rawValue.uppercased()), \(file.pageCount) page(s), \(file.byteCount) bytes, sha256 \(file.sha256)")
        }
        for (kind, object) in detail.derivatives.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            print("  \(kind.rawValue): \(workspace.resolved.objectURL(for: object.sha256).path)  (\(object.byteCount) bytes)")
        }
        print("\nFound at")
        for source in detail.sources { print("  \(source.path)  (box \(source.box ?? "-"), fonds \(source.fonds ?? "-"))") }
        for page in detail.pages {
            print("\nPage \(page.number)  (\(PageDescription(page: page).text))")
            print(page.text.split(separator: "\n", omittingEmptySubsequences: true).map { "  " + $0 }.joined(separator: "\n"))
        }
        print("\nEvents")
        let formatter = ISO8601DateFormatter()
        for event in detail.events {
            print("  \(formatter.string(from: event.at))  \(event.type.rawValue) [\(event.outcome.rawValue)] \(event.detail)")
        }
    }
}

/// One line about a page: size, resolution, language, confidence and what preparation did.
struct PageDescription {
    let page: RecognizedPage

    var text: String {
        var parts = ["\(page.width)×\(page.height) at \(page.dpi) dpi"]
        if page.isBlank {
            parts.append("BLANK (ink \(String(format: "%.2f", (page.preparation?.inkFraction ?? 0) * 100))%), not recognized")
        } else {
            parts.append("\(page.language), confidence \(String(format: "%.0f", page.meanConfidence))"
                         + (page.minimumWordConfidence.map { String(format: ", lowest word %.0f", $0) } ?? "") + ", \(page.words.count) words")
        }
        if let preparation = page.preparation {
            if preparation.rotation != 0 { parts.append("turned \(preparation.rotation)°") }
            if preparation.skewDegrees != 0 { parts.append(String(format: "deskewed %.2f°", preparation.skewDegrees)) }
            if preparation.sourceDPI == nil { parts.append("resolution estimated") }
            if let source = preparation.sourceDPI, source != preparation.preparedDPI {
                parts.append("\(source < preparation.preparedDPI ? "upscaled" : "reduced") from \(source) dpi")
            }
            if preparation.denoised == true { parts.append(String(format: "smoothed (pixel noise %.0f)", preparation.pixelNoise ?? 0)) }
            if let seals = preparation.sealsDropped, seals > 0 { parts.append("\(seals) red seal(s) whitened") }
            if let rings = preparation.sealRingsErased, rings > 0 { parts.append("\(rings) seal ring(s) erased") }
            if let specks = preparation.specksErased, specks > 0 { parts.append("\(specks) speck(s) of dust whitened") }
        }
        if let repairs = page.repairs, !repairs.isEmpty { parts.append("repaired from set phrases: " + repairs.joined(separator: ", ")) }
        return parts.joined(separator: ", ")
    }
}
