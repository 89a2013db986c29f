import ArchivistCore

/// The metadata table of `archivist show`: each field with its confidence and evidence.
struct MetadataView {
    let metadata: DocumentMetadata

    func render() -> String {
        var table = TextTable(headers: ["field", "value", "conf", "evidence"], rightAligned: [2])
        func add<Value>(_ name: String, _ field: ExtractedField<Value>, _ show: (Value) -> String) {
            let evidence = [field.evidence.page.map { "p\($0)" }, field.evidence.text.map { "“\($0.replacingOccurrences(of: "\n", with: " / ").clipped(to: 40))”" }, field.evidence.rule]
                .compactMap { $0 }.joined(separator: " ")
            table.add([name, field.value.map(show)?.clipped(to: 60) ?? "-", String(format: "%.2f", field.confidence), evidence])
        }
        add("type", metadata.documentType) { "\($0.nativeName) (\($0.code)\($0.abbreviation.map { ", \($0)" } ?? ""))" }
        add("system", metadata.system) { $0.rawValue }
        add("number", metadata.number) { $0 }
        add("symbol", metadata.symbol) { $0 }
        add("issuer", metadata.issuer) { $0 }
        add("parent issuer", metadata.parentIssuer) { $0 }
        add("place", metadata.place) { $0 }
        add("date", metadata.date) { $0 }
        add("subject", metadata.subject) { $0 }
        add("authority", metadata.signerAuthority) { $0 }
        add("signer position", metadata.signerPosition) { $0 }
        add("signer", metadata.signerName) { $0 }
        add("confidentiality", metadata.confidentiality) { $0.rawValue }
        add("urgency", metadata.urgency) { $0.rawValue }
        add("recipients", metadata.recipients) { $0.joined(separator: "; ") }
        add("language", metadata.language) { $0 }
        add("retention", metadata.retention) { $0 }
        var text = "Metadata (access: \(metadata.access.rawValue))\n" + table.render()
        if metadata.needsReview {
            text += "\nReview: " + metadata.reviewReasons.map { "\($0.field) (\(String(format: "%.2f", $0.confidence))): \($0.reason)" }
                .joined(separator: "; ")
        }
        return text
    }
}
