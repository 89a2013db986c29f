import ArchivistCore
import Foundation

/// English memos and letters (correspondence with foreign partners): letterhead issuer,
/// "Subject:"/"Re:", "To:"/"From:"/"cc:", the date, and the signature at the end.
extension MetadataExtractor {
    func readEnglish(first: PageLayout, last: PageLayout, into metadata: inout DocumentMetadata) {
        let lines = first.lines.map { Self.trim($0.text) }
        let evidence = { (text: String, rule: String) in Evidence(text: text, page: first.number, rule: rule) }
        func labelled(_ labels: [String]) -> (String, String)? {
            for line in lines {
                for label in labels where line.lowercased().hasPrefix(label + ":") {
                    return (line, Self.trim(String(line.dropFirst(label.count + 1))))
                }
            }
            return nil
        }
        let isMemo = lines.prefix(12).contains { ["memorandum", "memo"].contains($0.lowercased()) }
        let isLetter = lines.contains { $0.hasPrefix("Dear ") }
        if isMemo || isLetter {
            let type = isMemo ? DocumentType(nativeName: "Memorandum", code: "32", abbreviation: nil)
                : DocumentType(nativeName: "Letter", code: "29", abbreviation: nil)
            metadata.documentType = ExtractedField(value: type, confidence: isMemo ? 0.95 : 0.85,
                                                   evidence: evidence(isMemo ? "MEMORANDUM" : "Dear …", "english.layout"))
        }
        metadata.system = .absent(confidence: 0.9, rule: "english: neither Party nor State format")
        metadata.number = .absent(confidence: 0.9, rule: "english: no number")
        metadata.symbol = .absent(confidence: 0.9, rule: "english: no number")
        metadata.place = .absent(confidence: 0.8, rule: "english: no place line")
        metadata.parentIssuer = .absent(confidence: 0.8, rule: "english: letterhead")
        metadata.confidentiality = .absent(confidence: 0.85, rule: "english: no mark")
        metadata.urgency = .absent(confidence: 0.85, rule: "english: no mark")
        metadata.signerAuthority = .absent(confidence: 0.9, rule: "english: no authority line")
        if let head = first.lines.first {
            metadata.issuer = ExtractedField(value: Self.trimKeepingAbbreviation(head.text), confidence: Self.confidence(0.85, ocr: head.segments.first?.confidence ?? 0),
                                             evidence: evidence(head.text, "english.letterhead"))
        }
        let dateLine = labelled(["date"]).map { $0.1 } ?? lines.prefix(15).first { IssueDateGrammar.englishDate(in: $0) != nil }
        if let dateLine, let date = IssueDateGrammar.englishDate(in: dateLine) {
            metadata.date = ExtractedField(value: date, confidence: 0.9, evidence: evidence(dateLine, "english.date"))
        }
        if let (line, subject) = labelled(["subject", "re", "subj"]) {
            metadata.subject = ExtractedField(value: subject, confidence: 0.9, evidence: evidence(line, "english.subject"))
        }
        var recipients: [String] = []
        if let (_, to) = labelled(["to"]) { recipients.append(to) }
        if let dateLine, recipients.isEmpty, let start = lines.firstIndex(of: dateLine),
           let end = lines.firstIndex(where: { $0.hasPrefix("Re:") || $0.hasPrefix("Dear ") }), start < end {
            // The inside address, without its street/city lines.
            let address = lines[(start + 1)..<end].filter { line in
                !line.contains(where: \.isNumber) && !["City", "Province", "Street", "District", "Viet Nam"].contains { line.contains($0) }
            }
            if !address.isEmpty { recipients.append(address.joined(separator: ", ")) }
        }
        let lastLines = last.lines.map { Self.trim($0.text) }
        if let cc = lastLines.first(where: { $0.lowercased().hasPrefix("cc:") }) {
            recipients += cc.dropFirst(3).split(separator: ";").map { Self.trim(String($0)) }.filter { !$0.isEmpty }
        }
        metadata.recipients = recipients.isEmpty ? .absent(confidence: 0.5, rule: "english: no addressee")
            : ExtractedField(value: recipients, confidence: 0.8, evidence: evidence(recipients.joined(separator: "; "), "english.addressees"))
        // Signature: the last name-shaped line, the position under it.
        if let index = lastLines.lastIndex(where: Self.isPersonalName) {
            metadata.signerName = ExtractedField(value: lastLines[index], confidence: 0.85, evidence: Evidence(text: lastLines[index], page: last.number, rule: "english.signature"))
            if index + 1 < lastLines.count, !lastLines[index + 1].contains(":") {
                metadata.signerPosition = ExtractedField(value: lastLines[index + 1], confidence: 0.8,
                                                         evidence: Evidence(text: lastLines[index + 1], page: last.number, rule: "english.signature"))
            }
        } else if let (line, from) = labelled(["from"]) {
            let parts = from.split(separator: ",", maxSplits: 1).map { Self.trim(String($0)) }
            metadata.signerName = ExtractedField(value: parts[0], confidence: 0.8, evidence: evidence(line, "english.from"))
            if parts.count > 1 { metadata.signerPosition = ExtractedField(value: parts[1], confidence: 0.8, evidence: evidence(line, "english.from")) }
        }
    }
}
