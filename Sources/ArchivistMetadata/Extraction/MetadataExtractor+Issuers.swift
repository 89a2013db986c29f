import ArchivistCore
import Foundation

/// Page 1, left column above the number line: the parent body and the issuing body, each
/// one or more lines of capitals.
extension MetadataExtractor {
    /// `placeRead`: the words of the place-date line before "ngày", a second reading of the locality.
    func readIssuers(_ page: PageLayout, lines: [LayoutLine], placeRead: [RecognizedWord] = [], into metadata: inout DocumentMetadata) {
        // Left-column capitals above the number line, continuation lines joined
        // ("ỦY BAN NHÂN DÂN" + "TỈNH BÌNH DƯƠNG", "ĐẢNG ỦY KHỐI" + "CÁC CƠ QUAN TỈNH").
        var groups: [[LayoutSegment]] = []
        var splitAtDash: (group: Int, note: String)?
        for segment in lines.flatMap(\.segments) where page.isLeft(segment) && Self.isCapitals(segment.text) {
            if let last = groups.last?.last, Self.isDashDebris(segment, after: last.text, below: unsureWords.minimumConfidence) {
                let word = segment.words[0]
                splitAtDash = (groups.count, "a new body after '\(last.text)' though '\(word.text)' (\(Int(word.confidence.rounded()))) starts with a dash")
                groups.append([segment])
            } else if let last = groups.last?.last, Self.sameLine(last, segment) || Self.continues(last.text, with: segment.text) {
                groups[groups.count - 1].append(segment)
            } else {
                groups.append([segment])
            }
        }
        guard let issuerGroup = groups.last else {
            metadata.issuer = .absent(confidence: 0.2, rule: "header.left: no issuing body")
            metadata.parentIssuer = .absent(confidence: 0.5, rule: "header.left: no issuing body")
            return
        }
        let issuer = issuerField(issuerGroup, page: page.number, rule: "header.left.issuer", placeRead: placeRead)
        metadata.issuer = issuer.field
        if let note = issuer.placeDoubt { metadata.place = doubted(metadata.place, note: note) }
        if groups.count >= 2 {
            let parent = issuerField(groups[groups.count - 2], page: page.number, rule: "header.left.parent", placeRead: placeRead)
            metadata.parentIssuer = parent.field
            if let note = parent.placeDoubt { metadata.place = doubted(metadata.place, note: note) }
            // Split at a doubtful dash: if it was one joint name after all, the parent is wrong.
            if let split = splitAtDash, split.group == groups.count - 1 { metadata.parentIssuer = doubted(metadata.parentIssuer, note: split.note) }
        } else {
            metadata.parentIssuer = .absent(confidence: 0.9, rule: "header.left: one body only")
        }
    }

    nonisolated(unsafe) private static let lopsidedCapitalsDash = #/(\p{Lu})(?:-\s+|\s+-)(\p{Lu})/#

    /// The field, and a note when the first read of a locality word disagreed with the place-date
    /// line: the place goes to review with the name. A place word read at the capitals' floor
    /// vouches for a word as read; one read fairly (the plain floor) takes part in a vote with the
    /// second read (`remarked`), which still goes to review.
    private func issuerField(_ asRead: [LayoutSegment], page: Int, rule: String,
                             placeRead words: [RecognizedWord]) -> (field: ExtractedField<String>, placeDoubt: String?) {
        func cores(above floor: Double) -> [String] { words.filter { $0.confidence >= floor }.map { String(Token(Substring($0.text)).core) } }
        let placeRead = cores(above: unsureWords.minimumCapitalsConfidence)
        let (segments, remarks) = Self.remarked(asRead, placeRead: cores(above: unsureWords.minimumConfidence))
        let read = segments.map { Self.trim($0.text) }.joined(separator: " ")
        // Joint bodies are printed "SỞ NỘI VỤ - SỞ TÀI CHÍNH": a dash that lost one space to OCR gets it back.
        let (name, repaired) = IssuerNames.repair(read.replacing(Self.lopsidedCapitalsDash) { "\($0.output.1) - \($0.output.2)" })
        let opened = IssuerNames.openingRepaired(name)
        var reading = AdministrativeTerms.lexicon.read(opened.name)
        reading.repairs = opened.repairs + reading.repairs
        // The opening body noun counts as read sure (at least 80) once its letters are checked.
        let opening = Self.openingBody(of: read).union(Self.provinceUnit(of: read))
        let ocr = Self.spanConfidence(segments.map { segment in
            var checked = segment
            checked.words = segment.words.map { word in
                var word = word
                if opening.contains(VietnameseFolding.fold(String(Token(Substring(word.text)).core))), word.confidence >= unsureWords.minimumValidatedConfidence {
                    word.confidence = max(word.confidence, 80)
                }
                return word
            }
            return checked
        })
        let field = ExtractedField(value: reading.text, confidence: Self.confidence(repaired ? 0.85 : 0.97, ocr: ocr) * Self.repairFactor(reading.repairs),
                                   evidence: Evidence(text: asRead.map { Self.trim($0.text) }.joined(separator: " "), page: page,
                                                      rule: rule + (repaired ? " (gazetteer repair)" : "") + Self.repairNote(reading.repairs)
                                                          + (remarks.isEmpty ? "" : " (marks of a second read the place-date or unit list confirms: "
                                                              + remarks.map { "\($0.read)→\($0.reread)" }.joined(separator: ", ") + ")")))
        // Words the gazetteer rebuilt (glued, re-toned) are vouched for as well.
        let rebuilt = repaired ? Set((read + " " + name).split(separator: " ").map { VietnameseFolding.fold(String(Token($0).core)) }) : []
        // Words in the wrong order ("SỞ TẾ Y") are each read right: only the order tells.
        var ordered = Self.scrambledPhrase(in: reading.text).map { doubted(field, note: "the words of '\($0)' out of order") } ?? field
        // An opening read with more marks wrong than the lexicon repairs alone was no sure read.
        if !opened.repairs.isEmpty, AdministrativeTerms.lexicon.read(name).text != reading.text {
            ordered = doubted(ordered, note: "read " + opened.repairs.joined(separator: ", "))
        }
        let toneLost = Self.toneLost(in: reading.text)
        if !toneLost.isEmpty { ordered = doubted(ordered, note: toneLost.joined(separator: ", ")) }
        // Locality words the place-date line reads alike, marks and all, and sure: two readings of the
        // name in other faces (capitals, italics) that agree. One that disagrees is crossCheckPlace's.
        let locality = Self.locality(of: reading.text) ?? []
        let readAlike = Set(locality.filter { word in placeRead.contains { PhraseLexicon.samePrinting($0, word) } }.map(VietnameseFolding.fold))
        // The OCR stage read the name's lines twice: a word the reads disagree on goes to review,
        // but for words a closed list checks letter for letter as read: the body noun, the unit
        // ("THÀNH PHỐ"), a province or city of the gazetteer ("HÀ TĨNH", "CẦN THƠ": checked like the
        // body noun, however unsure the engine was of their strokes); and for words
        // the place-date line reads as the first read did (two readings against one: "HẢI" read
        // again "HÃI" under "Hải Châu, ngày …"). Marks with no letter read either way are no word.
        let places = Self.listedPlaceWords(in: reading.text)
        let listed = opening.union(places).union(readAlike)
        let disputed = segments.flatMap(\.words).compactMap { word -> String? in
            let read = String(Token(Substring(word.text)).core)
            guard let reread = word.reread, !listed.contains(VietnameseFolding.fold(read)),
                  (read + reread).contains(where: \.isLetter),
                  !PhraseLexicon.samePrinting(read, String(Token(Substring(reread)).core)) else { return nil }
            return "\(word.text)→\(reread)"
        }
        if !disputed.isEmpty { ordered = doubted(ordered, note: "a second read of the name gives " + disputed.joined(separator: ", ")) }
        let byPlace = remarks.filter(\.byPlace).map(\.read)
        let placeDoubt = byPlace.isEmpty ? nil : "the header's first read gives " + byPlace.joined(separator: " ")
        if let placeDoubt { ordered = doubted(ordered, note: placeDoubt) }
        var checked = doubting(ordered, words: segments.flatMap(\.words), value: read, storedAs: reading.text, check: .syllables,
                               vouched: reading.confirmed.union(rebuilt).union(readAlike).union(remarks.map { VietnameseFolding.fold($0.reread) }),
                               validated: opening.union(places))
        if !toneLost.isEmpty { checked.value = checked.value.map(Self.withUnitsAsListed) }
        if let listed = checked.value.flatMap(Self.withLocalityAsListed) {
            checked = doubted(checked, note: listed.note)
            checked.value = listed.name
        }
        return (checked, placeDoubt)
    }

    /// The name with its unit put as the unit list prints it where it was read with another tone
    /// ("ĐẢNG BỘ QUẦN NINH KIỀU": QUẬN), "QUÂN" aside, which heads military bodies.
    static func withUnitsAsListed(_ name: String) -> String {
        guard let unit = unitAndLocality(of: name) else { return name }
        var words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (read, printed) in zip(unit.unit, unit.printed)
        where !PhraseLexicon.samePrinting(read, printed) && !PhraseLexicon.samePrinting(read, "quân") {
            guard let index = words.firstIndex(of: read) else { continue }
            words[index] = PhraseLexicon.casing(of: read, applied: printed)
        }
        return words.joined(separator: " ")
    }

    /// Words of a body's name, its locality aside, that lost their tone ("KHU PHÔ" for KHU PHỐ): the
    /// words naming the body are the vocabulary's; a locality's may be printed with no tone ("VỌNG THÊ"),
    /// and so may a person's name a body bears ("TRƯỜNG THCS LÊ LỢI").
    /// So are the words of the unit a locality follows read with another tone than the unit's
    /// ("UBND QUẦN HẢI CHÂU": QUẬN; units are a short list), "QUÂN" of military bodies aside, and a
    /// province a letter from a real one (`misreadProvince`).
    static func toneLost(in name: String) -> [String] {
        name.components(separatedBy: " - ").flatMap { body -> [String] in
            let all = words(of: body)
            let unit = unitAndLocality(of: body)
            let named = all.dropLast(unit?.locality.count ?? 0)
            let lost = named.filter { !isPersonalNameWord($0) }
                .compactMap { word in UnmarkedSyllables.likelyToneLost(word).map { "\(word) (\($0)?)" } }
            let misread = zip(unit?.unit ?? [], unit?.printed ?? [])
                .filter { !PhraseLexicon.samePrinting($0, $1) && !PhraseLexicon.samePrinting($0, "quân") }.map { "\($0) (\($1)?)" }
            return lost + misread.filter { !lost.contains($0) } + [misreadProvince(in: body)].compactMap { $0 }
        }
    }

    /// A family, middle or given name as printed, whatever its case ("LÊ", "Thị").
    static func isPersonalNameWord(_ word: String) -> Bool {
        let printed = word.prefix(1).uppercased() + word.dropFirst().lowercased()
        return Surnames.known.contains(printed) || GivenNames.known.contains(printed)
    }

    /// A body name of the lexicon (three words or more) whose words open the name, or one of the
    /// names of a joint issue, in another order, as a layout misread puts them ("SỞ TẾ Y" for
    /// Sở Y tế); nil when there is none.
    static func scrambledPhrase(in name: String) -> String? {
        for body in name.components(separatedBy: " - ") {
            let words = self.words(of: body).map(VietnameseFolding.fold)
            for phrase in AdministrativeTerms.party + AdministrativeTerms.state {
                let known = self.words(of: phrase).map(VietnameseFolding.fold)
                guard known.count >= 3, known.count <= words.count else { continue }
                let opening = Array(words.prefix(known.count))
                if opening != known, opening.sorted() == known.sorted() { return phrase }
            }
        }
        return nil
    }

    /// The folded words of the body noun a header name opens with, read as printed ("ĐẢNG ỦY",
    /// "CHI BỘ", "ỦY BAN NHÂN DÂN"): the header grammar expects them there, letter for letter, so
    /// the strokes of Đ or Ỉ that lower the engine's confidence leave them right.
    /// "TỈNH" read as printed right before the name of a province the gazetteer knows ("UBND TỈNH
    /// TÂY NINH"): no other word stands there, so its letters are checked ("TĨNH" is not it).
    static func provinceUnit(of name: String) -> Set<String> {
        let words = words(of: name)
        let provinces = Set(Provinces.names.map(IssuerNames.squash))
        return words.indices.dropLast().contains { index in
            PhraseLexicon.samePrinting(words[index], "tỉnh") && words[(index + 1)...].indices.contains { end in
                provinces.contains(IssuerNames.squash(words[(index + 1)...end].joined(separator: " ")))
            }
        } ? ["tinh"] : []
    }

    static func openingBody(of name: String) -> Set<String> {
        let words = name.split(separator: " ").map { String(Token($0).core) }
        let phrases = (AdministrativeTerms.party + AdministrativeTerms.state).map { $0.split(separator: " ").map(String.init) }
            .filter { $0.count >= 2 && $0.count <= words.count && zip(words, $0).allSatisfy { PhraseLexicon.samePrinting($0, $1) } }
        return Set(phrases.max { $0.count < $1.count }?.map(VietnameseFolding.fold) ?? [])
    }

    /// True when a line's leading dash is more likely noise than the dash of a joint issue
    /// wrapped there: glued to a first word read unsure ("-ĐẢNG" at 31), under a body name that is
    /// complete with its place, starting a body of its own ("ĐẢNG ỦY KHỐI" under "ĐẢNG BỘ TỈNH
    /// ĐỒNG NAI").
    static func isDashDebris(_ segment: LayoutSegment, after previous: String, below minimum: Double) -> Bool {
        guard !segment.startsWithDash, let first = segment.words.first, first.confidence < minimum,
              let dash = first.text.first, "-–—".contains(dash), first.text.count > 1,
              !previous.trimmingCharacters(in: .whitespaces).hasSuffix("-"), mentionsPlace(previous) else { return false }
        return startsBody(trim(segment.text))
    }

    /// Mostly capital letters, at least two of them: a header body line, not noise ("+»", ">k").
    static func isCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 3 && Double(letters.filter(\.isUppercase).count) >= 0.8 * Double(letters.count)
    }

    /// Words a body name starts with (folded): "ĐẢNG ỦY…", "SỞ…", "BAN…".
    static let bodyNouns = [
        "dang bo", "dang uy", "dang doan", "chi bo", "chi uy", "ban", "uy ban", "ubnd", "hdnd", "hoi dong", "van phong",
        "so", "bo", "cuc", "tong cuc", "chi cuc", "trung tam", "phong", "truong", "vien", "hoc vien", "dai hoc",
        "benh vien", "cong an", "thanh tra", "mat tran", "doan", "hoi", "lien minh", "lien hiep", "lien doan", "kho bac",
        "chi nhanh", "cong ty", "tong cong ty", "ngan hang", "chinh phu", "quoc hoi", "thu tuong", "kiem toan", "toa an",
    ]

    /// Administrative units: a line led by one is the place of the body above ("TỈNH BÌNH DƯƠNG").
    static let units = ["thanh pho", "thi xa", "thi tran", "tinh", "huyen", "quan", "xa", "phuong", "tp"]
    /// Party committees named by their unit: "TỈNH ỦY …", "THÀNH ỦY …" are bodies, not places.
    static let committees = ["tinhuy", "thanhuy", "huyenuy", "quanuy", "thiuy"]

    /// True when `next` goes on the line of `segment`, to its right: a bold name spaced wide
    /// ("TỈNH ỦY    CÀ MAU", blind seed 9400) is one name cut at a gap, not two bodies.
    static func sameLine(_ segment: LayoutSegment, _ next: LayoutSegment) -> Bool {
        let shared = min(segment.bottom, next.bottom) - max(segment.top, next.top)
        return next.left >= segment.right && 2 * shared >= min(segment.bottom - segment.top, next.bottom - next.top)
    }

    /// True when `line` continues the body name on the line before rather than starting a new
    /// one: a joint issue wrapped at its dash ("BAN TỔ CHỨC -" / "BAN DÂN VẬN"), the place of a
    /// body that has none ("ỦY BAN NHÂN DÂN" / "TỈNH BÌNH DƯƠNG", even glued "TỈNHGIA LAI"), or a
    /// line no body name starts with ("ĐẢNG ỦY KHỐI" / "CÁC CƠ QUAN TỈNH"). "HUYỆN UỶ DẦU TIẾNG"
    /// under "ĐẢNG BỘ TỈNH BÌNH DƯƠNG" starts a body of its own.
    static func continues(_ previous: String, with line: String) -> Bool {
        if previous.trimmingCharacters(in: .whitespaces).hasSuffix("-") || line.trimmingCharacters(in: .whitespaces).hasPrefix("-") {
            return true
        }
        // A body name that already has its place is complete: what follows is another body.
        guard !mentionsPlace(previous) else { return false }
        let squashed = IssuerNames.squash(line)
        guard !squashed.isEmpty, !committees.contains(where: { squashed.hasPrefix($0) }) else { return false }
        let folded = VietnameseFolding.fold(line).split(separator: " ").map { String($0.filter(\.isLetter)) }
        let ledByUnit = units.contains { unit in
            let parts = unit.split(separator: " ").map(String.init)
            // Whole words, or a unit of four letters or more glued to the name ("tinhgia").
            return folded.starts(with: parts) || (parts.count == 1 && unit.count >= 4 && (folded.first?.hasPrefix(unit) ?? false))
        }
        if ledByUnit { return true }
        // "PHÒNG, CHỐNG …" continues a steering committee's name; "PHÒNG NỘI VỤ" is a body.
        if squashed.hasPrefix("phongchong") { return true }
        return !startsBody(line)
    }

    /// True when a line starts with a body noun ("ĐẢNG ỦY", "SỞ", "BAN"), glued or a letter off.
    static func startsBody(_ line: String) -> Bool {
        let squashed = IssuerNames.squash(line)
        let folded = VietnameseFolding.fold(line).split(separator: " ").map { String($0.filter(\.isLetter)) }
        return bodyNouns.contains { noun in
            let parts = noun.split(separator: " ").map(String.init)
            if folded.starts(with: parts) { return true }
            // Multi-word nouns also glued or with one letter misread ("ĐÁẢNG ỦY" → "daanguy").
            let key = parts.joined()
            return parts.count > 1 && (key.count - 1...key.count + 1).contains { EditDistance.between(String(squashed.prefix($0)), key) <= 1 }
        }
    }

    /// True when a body line already names its place: a unit word or a province or city.
    static func mentionsPlace(_ text: String) -> Bool {
        // Tones dropped, vowel marks kept: "QUẬN" is a unit, the "QUAN" of "CƠ QUAN" is not.
        let words = ToneMarks.toneless(text.lowercased()).split(separator: " ").map { String($0.filter(\.isLetter)) }
        // A unit followed by its name ("TỈNH BÌNH DƯƠNG"); a bare unit at the end ("ĐẢNG BỘ TỈNH") is not yet a place.
        let named = words.dropLast().indices.filter { !words[$0 + 1].isEmpty }
        if named.contains(where: { ["tinh", "huyên", "quân", "xa", "phương", "tp"].contains(words[$0]) }) { return true }
        if named.dropLast().contains(where: { (words[$0] == "thanh" && words[$0 + 1] == "phô") || (words[$0] == "thi" && words[$0 + 1] == "trân") }) {
            return true
        }
        let squashed = IssuerNames.squash(text)
        return PlaceNames.all.contains { squashed.hasSuffix(IssuerNames.squash($0)) }
    }
}
