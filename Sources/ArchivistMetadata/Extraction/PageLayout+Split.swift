import ArchivistCore

/// Splitting segments the engine ran together: a long parent body line ("UBND QUẬN NINH
/// KIỀU") can sit so close to the national motto that no wide gap separates the columns.
extension PageLayout {
    /// The page with every segment above `limit` (px) split before each word where `starts`
    /// says a new run begins (never before the first word).
    func splitting(above limit: Int, where starts: ([RecognizedWord], Int) -> Bool) -> PageLayout {
        var page = self
        page.lines = lines.map { line in
            guard line.top < limit else { return line }
            return LayoutLine(segments: line.segments.flatMap { $0.split { starts($0, $1) } })
        }
        return page
    }

    /// True when the national motto ("ĐẢNG CỘNG SẢN…", "CỘNG HÒA XÃ HỘI…") begins at word `index`.
    static func mottoStarts(_ words: [RecognizedWord], at index: Int) -> Bool {
        let run = words[index...].prefix(3)
        let letters = run.flatMap { $0.text.filter(\.isLetter) }
        // The motto is printed in capitals: "Đảng Cộng sản" inside a subject line is not it.
        guard run.count >= 2, letters.filter(\.isUppercase).count * 10 >= letters.count * 8 else { return false }
        let folded = run.map { VietnameseFolding.fold(String(Token(Substring($0.text)).core)) }
        return (folded[0] == "cong" && folded[1] == "hoa") || (folded[0] == "dang" && folded[1] == "cong" && folded.dropFirst(2).first == "san")
    }
}

extension LayoutSegment {
    /// The segment cut before each word index where `starts` is true (index 0 excluded).
    func split(where starts: ([RecognizedWord], Int) -> Bool) -> [LayoutSegment] {
        var parts: [LayoutSegment] = []
        for index in words.indices {
            if parts.isEmpty || starts(words, index) && index > 0 {
                var part = LayoutSegment(words: [words[index]], page: page)
                part.startsWithDash = parts.isEmpty && startsWithDash
                parts.append(part)
            } else {
                if dashBefore.contains(index) { parts[parts.count - 1].dashBefore.insert(parts[parts.count - 1].words.count) }
                parts[parts.count - 1].words.append(words[index])
            }
        }
        if !parts.isEmpty { parts[parts.count - 1].endsWithDash = endsWithDash }
        for mark in marks {
            let distance = { (part: LayoutSegment) in max(part.left - mark.box.right, mark.box.left - part.right, 0) }
            if let nearest = parts.indices.min(by: { distance(parts[$0]) < distance(parts[$1]) }) { parts[nearest].marks.append(mark) }
        }
        return parts
    }
}
