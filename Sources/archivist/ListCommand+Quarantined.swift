import ArchivistCore
import ArchivistRuntime
import Foundation

extension ListCommand {
    /// `list --quarantined`: where each Tuyệt mật document is and the evidence for its mark,
    /// never its text, for a reviewer cleared for toi-mat.
    func listQuarantined() async throws {
        let review = QuarantineReview(operatorName: try restricted.operatorOptions.resolved())
        let documents = try await review.documents(in: workspace.resolved.openExisting())
        if json { return try Terminal.printJSON(documents) }
        guard !documents.isEmpty else { return print("No document is quarantined.") }
        var table = TextTable(headers: ["id", "name", "box", "files", "mark", "evidence", "page", "conf", "rule"], rightAligned: [0, 6, 7])
        for document in documents {
            let mark = document.mark
            table.add(["\(document.id)", document.name.clipped(to: 36), document.boxes.isEmpty ? "-" : document.boxes.joined(separator: ", "),
                       document.files.joined(separator: ", ").clipped(to: 48), mark.value?.rawValue ?? "-",
                       mark.evidence.text.map { "\"\($0)\"" } ?? "-", mark.evidence.page.map(String.init) ?? "-",
                       String(format: "%.2f", mark.confidence), mark.evidence.rule])
        }
        print(table.render())
        print("A misread mark: 'archivist correct ID --field confidentiality --value Mật' (or 'Tối mật', or '-' for none),",
              "then run the same 'archivist ingest' again to carry the document through the remaining stages.")
    }
}
