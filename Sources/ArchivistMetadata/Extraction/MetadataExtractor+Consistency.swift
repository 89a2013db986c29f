import ArchivistCore

/// Cross-checks between fields read from different places on the page. The place of issue is
/// usually also the end of a body's name ("Hải Châu" / "QUẬN ỦY HẢI CHÂU"): when both fold the
/// same but differ in marks, OCR misread one of them, and neither can be trusted as it is.
extension MetadataExtractor {
    func crossCheckPlace(_ metadata: inout DocumentMetadata) {
        guard let place = metadata.place.value else { return }
        let placeWords = place.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        guard !placeWords.isEmpty else { return }
        for keyPath in [\DocumentMetadata.issuer, \DocumentMetadata.parentIssuer] {
            guard let body = metadata[keyPath: keyPath].value,
                  let printed = Self.foldedRun(of: placeWords, in: body),
                  !PhraseLexicon.samePrinting(printed, placeWords.joined(separator: " ")) else { continue }
            let note = "'\(place)' in the place-date but '\(printed)' in the header"
            metadata.place = doubted(metadata.place, note: note)
            metadata[keyPath: keyPath] = doubted(metadata[keyPath: keyPath], note: note)
        }
    }

    /// The words of `text` that fold like `words` (in a row), as printed, if any.
    static func foldedRun(of words: [String], in text: String) -> String? {
        let candidates = text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        let key = words.map(VietnameseFolding.fold)
        guard candidates.count >= key.count else { return nil }
        for start in 0...(candidates.count - key.count) {
            let run = Array(candidates[start..<(start + key.count)])
            if run.map(VietnameseFolding.fold) == key { return run.joined(separator: " ") }
        }
        return nil
    }
}
