import ArchivistCore
import Foundation

/// The foot of the last page: "Nơi nhận:" recipients in the left column, the signature block
/// (authority, position, name) in the right one.
extension MetadataExtractor {
    func readFoot(_ page: PageLayout, into metadata: inout DocumentMetadata) {
        let lines = page.lines
        let start = lines.lastIndex { VietnameseFolding.fold($0.text).contains("noi nhan") }
            ?? lines.lastIndex { $0.segments.contains { Self.authority(in: $0.text) != nil } }
        guard let start else {
            metadata.signerAuthority = .absent(confidence: 0.3, rule: "foot: no Nơi nhận or authority line")
            metadata.signerPosition = .absent(confidence: 0.3, rule: "foot: no Nơi nhận or authority line")
            metadata.signerName = .absent(confidence: 0.3, rule: "foot: no Nơi nhận or authority line")
            metadata.recipients = .absent(confidence: 0.3, rule: "foot: no Nơi nhận")
            return
        }
        let foot = Array(lines[start...])
        var left: [LayoutSegment] = [], right: [LayoutSegment] = []
        for segment in foot.flatMap(\.segments) {
            if page.isLeft(segment) { left.append(segment) } else { right.append(segment) }
        }
        readSignature(page, right: right, all: foot.flatMap(\.segments), into: &metadata)
        readRecipients(page, left: left, into: &metadata)
    }

    /// "T/M BAN THƯỜNG VỤ" → ("T/M", "BAN THƯỜNG VỤ").
    static func authority(in text: String) -> (mark: String, body: String)? {
        let cleaned = text.replacingOccurrences(of: "\\", with: " ").split(separator: " ").joined(separator: " ")
        guard let match = cleaned.firstMatch(of: #/^[^A-Za-zÀ-ỹ]*(?<mark>T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(?<body>[^a-z]{3,})$/#)
        else { return nil }
        let mark = match.output.mark.filter { !$0.isWhitespace }
        return (String(mark), trim(String(match.output.body)))
    }

    private func readSignature(_ page: PageLayout, right: [LayoutSegment], all: [LayoutSegment], into metadata: inout DocumentMetadata) {
        let authorityIndex = right.firstIndex { Self.authority(in: $0.text) != nil }
        let nameSegment = all.last { Self.isPersonalName(Self.trim($0.text)) }
        if let authorityIndex, let (mark, body) = Self.authority(in: right[authorityIndex].text) {
            let segment = right[authorityIndex]
            let reading = AdministrativeTerms.lexicon.read(body)
            let field = ExtractedField(value: "\(mark) \(reading.text)", confidence: Self.confidence(0.95, ocr: segment.confidence) * Self.repairFactor(reading.repairs),
                                       evidence: Evidence(text: segment.text, page: page.number, rule: "foot.authority" + Self.repairNote(reading.repairs)))
            metadata.signerAuthority = doubting(field, words: segment.words, value: body, check: .syllables, vouched: reading.confirmed)
        } else {
            metadata.signerAuthority = .absent(confidence: 0.6, rule: "foot: no authority line (signed in own name?)")
        }
        // Position: capitals between the authority line and the name (one or two lines).
        let positionStart = authorityIndex.map { $0 + 1 } ?? 0
        // Specks read as one or two letters ("Á", "Ă") are not position lines.
        let positionLines = Array(right[positionStart...].prefix { segment in
            segment != nameSegment && segment.bottom <= (nameSegment?.top ?? .max)
        }.filter { $0.text.filter(\.isLetter).count >= 3 }.prefix(2))
        let readings = [Array(positionLines.prefix(1)), positionLines.filter { Self.isCapitals($0.text) }, positionLines]
            .filter { !$0.isEmpty }
            .map { lines in (lines, lines.map { Self.trim($0.text) }.joined(separator: " ")) }
        let best = readings.compactMap { lines, text in SignerPositions.closest(to: text).map { (lines, text, $0) } }
            .max { $0.2.similarity < $1.2.similarity }
        let principal = authorityIndex.flatMap { Self.authority(in: right[$0].text) }
        if let (lines, reading, (position, similarity)) = best {
            let asPrinted = ToneMarks.equivalent(reading, position)
            let ocr = Self.spanConfidence(lines)
            let field = ExtractedField(value: asPrinted ? reading : position,
                                       confidence: Self.confidence(asPrinted ? 0.95 : 0.85 * similarity, ocr: ocr),
                                       evidence: Evidence(text: reading, page: page.number, rule: asPrinted ? "foot.position" : "foot.position (lexicon repair: \(reading)→\(position))"))
            // A reading that folds to the position is vouched for by the list; a looser one is not.
            let vouched = IssuerNames.squash(reading) == IssuerNames.squash(position)
                ? Set(reading.split(separator: " ").map { VietnameseFolding.fold(String(Token($0).core)) }) : []
            metadata.signerPosition = doubting(field, words: lines.flatMap(\.words), value: reading, check: .syllables, vouched: vouched)
        } else if let principal, principal.mark.hasPrefix("K"), let deputy = SignerPositions.deputy(of: principal.body) {
            metadata.signerPosition = ExtractedField(value: deputy, confidence: 0.6,
                                                     evidence: Evidence(text: readings.first?.1, page: page.number, rule: "foot.position inferred from K/T (deputy signs)"))
        } else if let reading = readings.first?.1 {
            metadata.signerPosition = ExtractedField(value: reading, confidence: 0.5, evidence: Evidence(text: reading, page: page.number, rule: "foot.position (unknown)"))
        } else {
            metadata.signerPosition = .absent(confidence: 0.4, rule: "foot: no position line")
        }
        if let nameSegment {
            let name = Self.trim(nameSegment.text)
            let field = ExtractedField(value: name, confidence: Self.confidence(0.95, ocr: nameSegment.confidence),
                                       evidence: Evidence(text: nameSegment.text, page: page.number, rule: "foot.name"))
            metadata.signerName = doubting(field, words: nameSegment.words, value: name, check: .personalName)
        } else {
            metadata.signerName = .absent(confidence: 0.3, rule: "foot: no name-shaped line")
        }
    }

    /// "Nguyễn Thị Hồng Đào": 2-6 capitalised words of letters.
    static func isPersonalName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.allSatisfy(\.isLetter) && word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase) && word.count <= 7
        }
    }

    private func readRecipients(_ page: PageLayout, left: [LayoutSegment], into metadata: inout DocumentMetadata) {
        var items: [String] = []
        var closed = true
        for segment in left.sorted(by: { Self.baseline($0) < Self.baseline($1) }) {
            var text = segment.text
            let folded = VietnameseFolding.fold(text)
            if let range = folded.range(of: "noi nhan") {
                text = String(text.dropFirst(folded.distance(from: folded.startIndex, to: range.upperBound)))
            }
            let opensItem = text.trimmingCharacters(in: .whitespaces).first.map { "-–—~_.".contains($0) } ?? false
            let item = Self.repairStutter(Self.trim(text))
            guard item.contains(where: \.isLetter), !Self.isPersonalName(item) else { continue }
            if opensItem || closed || items.isEmpty { items.append(item) } else { items[items.count - 1] += " " + item }
            closed = text.trimmingCharacters(in: CharacterSet(charactersIn: " '`\"-—_|¬")).last.map { ",;.".contains($0) } ?? true
        }
        guard !items.isEmpty else {
            metadata.recipients = .absent(confidence: 0.4, rule: "foot: Nơi nhận without items")
            return
        }
        let readings = items.map { AdministrativeTerms.lexicon.read($0) }
        let repairs = readings.flatMap(\.repairs)
        let ocr = Self.spanConfidence(left)
        let endsWithArchive = VietnameseFolding.fold(items.last!).hasPrefix("luu")
        let field = ExtractedField(value: readings.map(\.text), confidence: Self.confidence(endsWithArchive ? 0.92 : 0.75, ocr: ocr) * Self.repairFactor(repairs),
                                   evidence: Evidence(text: left.map(\.text).joined(separator: "\n"), page: page.number, rule: "foot.noi-nhan" + Self.repairNote(repairs)))
        metadata.recipients = doubting(field, words: left.flatMap(\.words), value: items.joined(separator: " "), check: .syllables,
                                       vouched: readings.reduce(into: Set<String>()) { $0.formUnion($1.confirmed) })
    }

    /// The median bottom of a segment's words: tall noise does not move it.
    static func baseline(_ segment: LayoutSegment) -> Int {
        let bottoms = segment.words.map(\.box.bottom).sorted()
        return bottoms[bottoms.count / 2]
    }

    /// OCR stutter: "Tỉnh ủ ủy" → "Tỉnh ủy"; "Tổ.chức" → "Tổ chức".
    static func repairStutter(_ text: String) -> String {
        var words: [String] = []
        let spaced = text.replacing(#/(\p{Ll})\.(\p{Ll})/#) { "\($0.output.1) \($0.output.2)" }
        for word in spaced.split(separator: " ").map(String.init) {
            if let last = words.last, last.count == 1, last.first!.isLetter, word.count > last.count,
               VietnameseFolding.fold(word).hasPrefix(VietnameseFolding.fold(last)) {
                words[words.count - 1] = word.lowercased() == word ? word : (last.first!.isLowercase ? word.lowercased() : word)
            } else {
                words.append(word)
            }
        }
        return words.joined(separator: " ")
    }
}
