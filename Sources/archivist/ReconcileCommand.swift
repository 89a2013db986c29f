import ArgumentParser
import ArchivistCore
import ArchivistMetadata
import ArchivistRuntime
import Foundation

struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Match a handover inventory (mục lục hồ sơ, CSV) against the catalog: missing, unlisted, page-count mismatches.",
        discussion: """
            The CSV has columns order, number-symbol, date, subject, pages, note, with Vietnamese \
            (STT, Số và ký hiệu, Ngày tháng, Trích yếu nội dung, Số tờ, Ghi chú) or English headers; \
            UTF-8 with or without BOM; TCVN3 or VNI files are converted, with a note.
            """
    )

    @Option(help: ArgumentHelp("The inventory CSV.", valueName: "file"))
    var inventory: String

    @Option(help: ArgumentHelp("Also write the table as CSV here.", valueName: "file"))
    var csv: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let catalog = try workspace.resolved.openExisting()
        let (parsed, report) = try await CatalogReports(catalog: catalog).reconcile(inventory: URL(fileURLWithPath: inventory))
        let view = ReconciliationView(inventory: parsed, report: report)
        print(view.render())
        if let csv { try view.writeCSV(to: URL(fileURLWithPath: csv)) }
    }
}

/// The reconciliation table, for the terminal and as CSV.
struct ReconciliationView {
    let inventory: Inventory
    let report: ReconciliationReport

    var rows: [[String]] {
        report.matched.map { ["matched", $0.row.order ?? "", $0.row.numberSymbol ?? "", $0.row.date ?? "", $0.documentID,
                              String(format: "%.2f", $0.score)] }
            + report.listedButMissing.map { ["listed but missing", $0.order ?? "", $0.numberSymbol ?? "", $0.date ?? "", "", ""] }
            + report.presentButUnlisted.map { ["present but unlisted", "", "", "", $0, ""] }
            + report.pageCountMismatches.map { ["page count: listed \($0.listed), found \($0.found)", $0.row.order ?? "",
                                                $0.row.numberSymbol ?? "", $0.row.date ?? "", $0.documentID, ""] }
            + report.unmarkedConfidential.map { ["listed confidential, no mark found", $0.row.order ?? "", $0.row.numberSymbol ?? "",
                                                 $0.row.date ?? "", $0.documentID, ""] }
    }

    static let headers = ["result", "order", "number-symbol", "date", "document", "score"]

    func render() -> String {
        var table = TextTable(headers: Self.headers)
        rows.forEach { table.add($0) }
        var lines = ["Inventory: \(inventory.rows.count) row(s); matched \(report.matched.count), listed but missing \(report.listedButMissing.count), "
                     + "present but unlisted \(report.presentButUnlisted.count), page-count mismatches \(report.pageCountMismatches.count)"]
        if let note = inventory.encodingNote { lines.append("Note: \(note)") }
        lines += inventory.warnings.map { "Warning: \($0)" }
        return (lines + [table.render()]).joined(separator: "\n")
    }

    func writeCSV(to url: URL) throws {
        func quoted(_ cell: String) -> String { "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let text = ([Self.headers] + rows).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw CommandFailure("\(url.path): cannot write the CSV (\((error as NSError).localizedDescription)).")
        }
    }
}
