import ArchivistCore

/// A body's name is printed in bold capitals, whose tone marks the engine misreads most ("XA ĐÓNG
/// THỊNH" for XÃ ĐÔNG THỊNH). The OCR stage reads the name's lines a second time; where that read
/// gives a word other marks, and a third witness prints the word as the second read does, two
/// readings agree against one and the second read's marks are taken. The place-date line is read
/// by the same model, which can misread a mark there as the second read did ("Kiểu" for Kiều,
/// both, on seed 6400): a word re-marked on its word goes to review with the place.
extension MetadataExtractor {
    /// `segments` with such words re-marked, and the changes ("ĐÓNG→ĐÔNG"). The witnesses:
    /// - `placeRead`, the sure words of the place-date line: the locality a body is named after is
    ///   printed there again, in another face ("Đông Thịnh");
    /// - the unit list, for the unit of the name ("XA" read again "XÃ"): only units stand there.
    ///   "QUẬN" aside, since "QUÂN" heads military bodies' names.
    static func remarked(_ segments: [LayoutSegment], placeRead: [String])
        -> (segments: [LayoutSegment], changes: [(read: String, reread: String, byPlace: Bool)]) {
        let unitRead = Set(unitAndLocality(of: segments.map(\.text).joined(separator: " "))?.unit ?? [])
        var changes: [(read: String, reread: String, byPlace: Bool)] = []
        let remarked = segments.map { segment in
            var segment = segment
            segment.words = segment.words.map { word in
                let read = String(Token(Substring(word.text)).core)
                guard let reread = word.reread.map({ String(Token(Substring($0)).core) }), !read.isEmpty,
                      VietnameseFolding.sameLetters(read, reread), !PhraseLexicon.samePrinting(read, reread)
                else { return word }
                let placeAgrees = placeRead.contains { PhraseLexicon.samePrinting($0, reread) }
                let unitAgrees = unitRead.contains(read) && remarkableUnits.contains(reread.uppercased())
                guard placeAgrees || unitAgrees else { return word }
                var word = word
                word.text = word.text.replacingOccurrences(of: read, with: reread.uppercased())
                changes.append((read, reread.uppercased(), !unitAgrees))
                return word
            }
            return segment
        }
        return (remarked, changes)
    }

    private static let remarkableUnits: Set<String> = ["XÃ", "HUYỆN", "PHƯỜNG", "TỈNH", "THỊ", "TRẤN", "THÀNH", "PHỐ"]
}
