import ArchivistCore
import Foundation

/// The foot of the last page: "Nơi nhận:" recipients in the left column, the signature block
/// (authority, position, name) in the right one.
extension MetadataExtractor {
    func readFoot(_ page: PageLayout, into metadata: inout DocumentMetadata) {
        let lines = page.lines
        let label = lines.lastIndex { Self.recipientsLabel(in: $0.text) != nil }
        let authority = lines.lastIndex { $0.segments.contains { Self.authority(in: $0.text) != nil } }
        // The foot starts at "Nơi nhận" beside the signature, or higher where the signature block
        // stands above it (joint documents) or alone (minutes signed by chair and secretary).
        guard let start = [label, authority, signatureTop(page)].compactMap({ $0 }).min() else {
            metadata.signerAuthority = .absent(confidence: 0.3, rule: "foot: no Nơi nhận, authority line or signer's name")
            metadata.signerPosition = .absent(confidence: 0.3, rule: "foot: no Nơi nhận, authority line or signer's name")
            metadata.signerName = .absent(confidence: 0.3, rule: "foot: no Nơi nhận, authority line or signer's name")
            metadata.recipients = .absent(confidence: 0.3, rule: "foot: no Nơi nhận")
            return
        }
        let foot = Array(lines[start...])
        let right = foot.flatMap(\.segments).filter { !page.isLeft($0) }
        readSignature(page, right: right, all: foot.flatMap(\.segments), into: &metadata)
        if let label {
            readRecipients(page, left: lines[label...].flatMap(\.segments).filter { page.isLeft($0) }, into: &metadata)
        } else {
            // Minutes (biên bản) are often kept without a distribution list; anything else should have one.
            let minutes = metadata.documentType.value?.code == "20"
            metadata.recipients = .absent(confidence: minutes ? 0.9 : 0.5, rule: "foot: no Nơi nhận")
        }
    }

    /// The range of "Nơi nhận" in a line, also as OCR reads it glued or with marks lost ("Nơinhận", "Noi nhan").
    static func recipientsLabel(in text: String) -> Range<String.Index>? {
        let folded = Array(text.precomposedStringWithCanonicalMapping)
        let key = String(folded.map { VietnameseFolding.fold(String($0)).first ?? $0 })
        guard let match = key.firstMatch(of: #/noi\s*nhan\s*:?/#) else { return nil }
        let lower = key.distance(from: key.startIndex, to: match.range.lowerBound)
        let upper = key.distance(from: key.startIndex, to: match.range.upperBound)
        let original = text.precomposedStringWithCanonicalMapping
        return original.index(original.startIndex, offsetBy: lower)..<original.index(original.startIndex, offsetBy: upper)
    }

    /// The first line of the signature block above the last name in the right half of the page:
    /// lines of one column (no full-width body line) within about five lines and the signature's room.
    func signatureTop(_ page: PageLayout) -> Int? {
        let lines = page.lines
        guard let nameLine = lines.lastIndex(where: { $0.segments.contains { !page.isLeft($0) && Self.isPersonalName(Self.trim($0.text)) } })
        else { return nil }
        var top = nameLine
        while top > 0, lines[top - 1].top >= lines[nameLine].top - page.height * 15 / 100,
              lines[top - 1].segments.allSatisfy({ $0.right - $0.left < page.width * 55 / 100 }) {
            top -= 1
        }
        return top
    }

    private func readRecipients(_ page: PageLayout, left: [LayoutSegment], into metadata: inout DocumentMetadata) {
        var items: [String] = []
        var closed = true
        var doubts: [String] = []
        for segment in left.sorted(by: { Self.baseline($0) < Self.baseline($1) }) {
            var text = segment.text.precomposedStringWithCanonicalMapping
            if let range = Self.recipientsLabel(in: text) { text = String(text[range.upperBound...]) }
            let opensItem = segment.startsWithDash || (text.trimmingCharacters(in: .whitespaces).first.map { "-–—~_.".contains($0) } ?? false)
            let item = Self.repairStutter(Self.trim(text))
            guard item.contains(where: \.isLetter), !Self.isPersonalName(item) else { continue }
            if opensItem || closed || items.isEmpty {
                // Items end with "," or ";": one that does not lost its end to OCR ("Ban Chấp" for "Ban Chấp hành,").
                if opensItem && !closed, let last = items.last { doubts.append("'\(last)' lost its end") }
                items.append(item)
            } else {
                // A wrapped item goes on in lower case; a capital suggests an item whose dash and comma OCR lost.
                if item.first?.isUppercase == true { doubts.append("'\(item)' joined to the line above") }
                items[items.count - 1] += " " + item
            }
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
        // An item of one word is a fragment of a line OCR cut ("rên" for "Như trên"); a period before
        // lower case ("Chủ tịch. các PCT") or a one-letter code in the archive line ("Lưu: V NV") is misread punctuation.
        doubts += readings.map(\.text).filter { $0.split(separator: " ").count < 2 }.map { "fragment \($0)" }
        doubts += readings.map(\.text).filter { $0.contains(#/\.\s+\p{Ll}/#) }.map { "period inside '\($0)'" }
        if let archive = readings.last?.text, VietnameseFolding.fold(archive).hasPrefix("luu") {
            let codes = archive.split(separator: " ").dropFirst().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":,;")) }
                .filter { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { !$0.isLowercase } }
            // Codes are one or more letters of the Vietnamese alphabet (no F, J, W, Z), comma-separated.
            if codes.contains(where: { $0.count == 1 || $0.contains(".") || $0.contains(where: "FJWZ".contains) }) {
                doubts.append("archive codes '\(archive)'")
            }
            // A code not among the usual ones ("VI" for "VT") needs a sure read.
            let words = left.flatMap(\.words)
            for code in codes where !AdministrativeTerms.archiveCodes.contains(code) {
                if let word = words.last(where: { String(Token(Substring($0.text)).core) == code }), word.confidence < unsureWords.minimumCodeConfidence {
                    doubts.append("archive code \(code) read at \(Int(word.confidence))")
                }
            }
        }
        metadata.recipients = doubting(doubts.isEmpty ? field : doubted(field, note: doubts.joined(separator: "; ")),
                                       words: left.flatMap(\.words), value: items.joined(separator: " "), check: .syllables,
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
