import ArgumentParser
import ArchivistCore
import ArchivistRuntime
import Foundation

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents in the catalog.",
        discussion: """
            --json prints an array of {id, name, fonds, status, pageCount, language, meanConfidence, sourceFiles, createdAt}: \
            a stable interface (see README). With --quarantined, {id, name, fonds, boxes, files, status, mark: {value, confidence, \
            evidence: {text, page, rule}}}.
            """
    )

    @Flag(help: "Print documents as JSON.")
    var json = false

    @Flag(help: "Only documents waiting for review, with the reasons.")
    var review = false

    @Flag(help: "Only the quarantined (Tuyệt mật) documents, with the evidence for their mark (never their text): needs a toi-mat clearance; each look is logged.")
    var quarantined = false

    @OptionGroup var restricted: RestrictedOptions
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if quarantined && (review || restricted.includeRestricted) {
            throw ValidationError("--quarantined lists the quarantined documents alone: leave out --review and --include-restricted.")
        }
    }

    func run() async throws {
        if quarantined { return try await listQuarantined() }
        let review = review
        let (documents, verdict) = try await restricted.access().documents(in: workspace.resolved.openExisting()) {
            !review || $0.description?.needsReview == true
        }
        restricted.noteQuarantined(verdict)
        if json { return try Terminal.printJSON(documents) }
        guard !documents.isEmpty else {
            if verdict.restrictedHidden > 0 {
                return print("No open document\(review ? " waits for review" : ""); \(verdict.restrictedHidden) restricted document(s) hidden: "
                    + "--include-restricted, with a clearance ('archivist clearance list').")
            }
            return print(review ? "Nothing waits for review." : "The catalog is empty: run 'archivist ingest PATH'.")
        }
        var table = TextTable(headers: ["id", "name", "fonds", "pages", "lang", "conf", "status", "type", "symbol", "date",
                                        review ? "review" : "access"], rightAligned: [0, 3, 5])
        for document in documents {
            let description = document.description
            let reasons = description?.reviewReasons.map { "\($0.field) \(String(format: "%.2f", $0.confidence))" }.joined(separator: ", ")
            table.add(["\(document.id)", document.name.clipped(to: 36), document.fonds ?? "-", "\(document.pageCount)", document.language ?? "-",
                       document.meanConfidence.map { String(format: "%.0f", $0) } ?? "-", document.status.rawValue,
                       description?.typeName ?? "-", description?.symbol ?? "-", description?.issuedDate ?? "-",
                       review ? reasons ?? "" : document.access.rawValue + (description?.needsReview == true ? ", review" : "")])
        }
        print(table.render())
        if !restricted.includeRestricted {
            print("(restricted and quarantined documents hidden: --include-restricted; the evidence for Tuyệt mật marks: --quarantined)")
        }
    }
}
