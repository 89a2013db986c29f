import ArchivistCore
import Foundation

/// The place of issue against the header: it is most often the locality the issuing body or its
/// parent is named after ("Tân Phú Trung" / "ĐẢNG BỘ XÃ TÂN PHÚ TRUNG"), or the seat of the
/// province they name (Đà Lạt for Lâm Đồng). A place that is only the end of that locality lost
/// its first word to OCR; one a letter off was misread. Unknown places are kept, never rejected.
extension MetadataExtractor {
    /// `read`: the words OCR read before the date on the place-date line, debris included.
    func calibratePlace(_ metadata: inout DocumentMetadata, read: [RecognizedWord]) {
        guard let place = metadata.place.value else { return }
        let key = Self.words(of: place).map(VietnameseFolding.fold)
        let bodies = [metadata.issuer, metadata.parentIssuer].filter { $0.value != nil }
        let readWords = read.map { String(Token(Substring($0.text)).core) }.filter { !$0.isEmpty }
        for body in bodies {
            guard let locality = Self.locality(of: body.value!) else { continue }
            let wanted = locality.map(VietnameseFolding.fold)
            if wanted == key, let misread = Self.misreadProvince(in: body.value!) {
                metadata.place = doubted(metadata.place, note: "the header's province reads \(misread)")
                return
            }
            if wanted == key {
                // Read alike, marks and all, in both places: the header's sure read vouches for an unsure one here.
                let header = locality.joined(separator: " ")
                if PhraseLexicon.samePrinting(header, place) {
                    confirm(&metadata.place, by: body)
                } else if let unit = Self.unitAndLocality(of: body.value!), let level = Localities.level(ofUnit: unit.printed),
                          Localities.lists(header, at: level), !Localities.lists(place, at: level) {
                    // Marks read otherwise than the gazetteer's, which the header prints ("Củ Chỉ" under HUYỆN ỦY CỦ CHI).
                    let printed = Self.titleCased(locality)
                    metadata.place = placeRepaired(metadata.place, to: printed, from: body, note: "\(place)→\(printed) (header, gazetteer)")
                }
                return
            }
            let printed = Self.titleCased(locality)
            if wanted.count > key.count, Array(wanted.suffix(key.count)) == key {
                // The words before the place on the line, if OCR read the lost ones as something close ("lân" for "Tân").
                let missing = Array(wanted.prefix(wanted.count - key.count))
                let before = Array(readWords.dropLast(key.count).suffix(missing.count))
                guard before.count == missing.count,
                      zip(before, missing).allSatisfy({ EditDistance.between(VietnameseFolding.fold($0), $1) <= 1 }) else {
                    metadata.place = doubted(metadata.place, note: "'\(place)' is the end of '\(printed)' in the header")
                    return
                }
                metadata.place = placeRepaired(metadata.place, to: printed, from: body, note: "\(before.joined(separator: " ")) \(place)→\(printed) (header)")
                return
            }
            let differing = zip(wanted, key).filter { $0 != $1 }
            if wanted.count == key.count, differing.count == 1, differing.allSatisfy({ EditDistance.between($0.0, $0.1) <= 1 }) {
                metadata.place = placeRepaired(metadata.place, to: printed, from: body, note: "\(place)→\(printed) (header)")
                return
            }
        }
        let provinces = bodies.flatMap { body in Provinces.names.filter { IssuerNames.squash(body.value!).hasSuffix(IssuerNames.squash($0)) } }
        // The seat of the province a sure header body names, spelled as the gazetteer spells it ("Pleiku" under GIA LAI).
        if let body = bodies.first(where: { body in
            Provinces.names.contains { IssuerNames.squash(body.value!).hasSuffix(IssuerNames.squash($0))
                && Provinces.seats(of: $0).contains { PhraseLexicon.samePrinting($0, place) } }
        }) {
            confirm(&metadata.place, by: body)
            return
        }
        // A letter away from the seat of the header's province, or, when the header names none that
        // was read, from any province or city: one misread letter ("Miệt Trì" for Việt Trì).
        let lookAlikes = provinces.isEmpty ? PlaceNames.all : provinces.flatMap(Provinces.seats)
        if !PlaceNames.all.contains(where: { PhraseLexicon.samePrinting($0, place) }),
           let near = lookAlikes.first(where: { Self.letterApart($0, place) }) {
            let whose = provinces.isEmpty ? "and the header names no province" : "a seat of the province the header names"
            metadata.place = doubted(metadata.place, note: "'\(place)' is a letter away from \(near), \(whose)")
            return
        }
        if !provinces.isEmpty, Provinces.isProvincial(place) {
            metadata.place = doubted(metadata.place, note: "'\(place)' is no seat of \(provinces.joined(separator: ", ")) named in the header")
        } else if bodies.contains(where: { Self.locality(of: $0.value!) != nil }) {
            // The header names a locality and this is not it: possible (a meeting held elsewhere), less likely.
            metadata.place.confidence *= 0.9
            metadata.place.evidence.rule += " (not the header's locality)"
        }
    }

    /// An unsure place the header's sure body vouches for: as sure as the body, a little less.
    private func confirm(_ place: inout ExtractedField<String>, by body: ExtractedField<String>) {
        guard body.confidence >= reviewThreshold, place.confidence < body.confidence * 0.97, place.evidence.rule.contains("unsure: ") else { return }
        place.confidence = body.confidence * 0.97
        place.evidence.rule = place.evidence.rule.replacingOccurrences(of: "; unsure: ", with: "; confirmed by the header despite: ")
    }

    /// True when two place names differ in one letter, marks aside ("Miệt Trì", "Việt Trì").
    static func letterApart(_ a: String, _ b: String) -> Bool {
        let x = words(of: a).map(VietnameseFolding.fold), y = words(of: b).map(VietnameseFolding.fold)
        return x.count == y.count && zip(x, y).map { EditDistance.between($0, $1) }.reduce(0, +) == 1
    }

    private func placeRepaired(_ field: ExtractedField<String>, to place: String, from body: ExtractedField<String>, note: String)
        -> ExtractedField<String> {
        var repaired = field
        repaired.value = place
        // The header's read vouches for the place: as sure as the body's name, less the repair.
        repaired.confidence = body.confidence * Self.repairFactor([note])
        repaired.evidence.rule += " (repaired: \(note))"
        return repaired
    }

    static func words(of text: String) -> [String] {
        text.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
    }

    /// The locality a body is named after: the words after its last unit ("XÃ TÂN PHÚ TRUNG" →
    /// TÂN PHÚ TRUNG, "HUYỆN ỦY THOẠI SƠN" → THOẠI SƠN, "TP. HỒ CHÍ MINH"), nil when there is none
    /// ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "SỞ NỘI VỤ").
    static func locality(of body: String) -> [String]? {
        unitAndLocality(of: body)?.locality
    }

    /// The last administrative unit of a body's name as read ("QUẦN"), as the unit prints
    /// ("QUẬN"), and the locality after it.
    static func unitAndLocality(of body: String) -> (unit: [String], printed: [String], locality: [String])? {
        // The first body of a joint issuer ("SỞ NỘI VỤ - SỞ TÀI CHÍNH") is the one that counts.
        let first = body.components(separatedBy: " - ").first ?? body
        let words = self.words(of: first)
        // Tones dropped, vowel marks kept: "QUẬN" is a unit, the "QUAN" of "CƠ QUAN" is not.
        let keys = words.map { ToneMarks.toneless($0.lowercased()) }
        var unit: Range<Int>?
        for index in keys.indices {
            if index + 1 < keys.count, unitPairs[[keys[index], keys[index + 1]]] != nil { unit = index..<index + 2 }
            else if unitWords[keys[index]] != nil, index == 0 || unitPairs[[keys[index - 1], keys[index]]] == nil { unit = index..<index + 1 }
        }
        guard let unit else { return nil }
        let printed = unit.count == 2 ? unitPairs[Array(keys[unit])] ?? [] : [unitWords[keys[unit.lowerBound]] ?? ""]
        // "HUYỆN ỦY …", "TỈNH ỦY …": the committee of the unit, named after it.
        var from = unit.upperBound
        if from < keys.count, keys[from] == "uy" { from += 1 }
        let locality = Array(words[from...])
        return locality.isEmpty ? nil : (Array(words[unit]), printed, locality)
    }

    /// The name with the locality after its district or commune unit put as the gazetteer lists
    /// it, where the list prints those letters otherwise ("QUẬN ỦY NINH KIỂU", "NINH KIEU": NINH
    /// KIỀU), and the note for review; nil otherwise.
    static func withLocalityAsListed(_ name: String) -> (name: String, note: String)? {
        guard let unit = unitAndLocality(of: name), let level = Localities.level(ofUnit: unit.printed) else { return nil }
        let read = unit.locality.joined(separator: " ")
        guard let listed = Localities.asListed(read, at: level), let range = name.range(of: read) else { return nil }
        let kind = level == .district ? "district" : "commune"
        return (name.replacingCharacters(in: range, with: PhraseLexicon.casing(of: read, applied: listed)),
                "no \(kind) is '\(read)'; the gazetteer lists \(listed)")
    }

    /// The province a body names after "TỈNH" when that is no province but one a letter away
    /// ("TỈNH LÀO GAI": Lào Cai), as "LÀO GAI (Lào Cai?)": only provinces follow "TỈNH", so
    /// the name is misread, however the place-date line reads it (it misread it alike on seed 5700).
    static func misreadProvince(in body: String) -> String? {
        guard let unit = unitAndLocality(of: body), unit.printed == ["TỈNH"] else { return nil }
        let name = unit.locality.joined(separator: " ")
        guard !Provinces.names.contains(where: { IssuerNames.squash($0) == IssuerNames.squash(name) }),
              let near = Provinces.names.first(where: { letterApart($0, name) }) else { return nil }
        return "\(name) (\(near)?)"
    }

    /// Folded words of a name's unit and place read as their lists print them: the unit as the
    /// unit list does ("THÀNH PHỐ"), a province or city the gazetteer knows ending it ("HÀ TĨNH").
    static func listedPlaceWords(in name: String) -> Set<String> {
        let words = self.words(of: name)
        let units = Set(unitWords.values).union(unitPairs.values.map { $0.joined(separator: " ") })
        let unit = words.indices.flatMap { index -> [String] in
            if units.contains(words[index]) { return [words[index]] }
            guard index + 1 < words.count, units.contains(words[index] + " " + words[index + 1]) else { return [] }
            return [words[index], words[index + 1]]
        }
        // The gazetteer lists names longest first ("Thủ Dầu Một" before "Dầu Một").
        let place = PlaceNames.all.lazy.map { $0.split(separator: " ") }.first { name in
            name.count <= words.count && PhraseLexicon.samePrinting(name.joined(separator: " "), words.suffix(name.count).joined(separator: " "))
        }
        return Set((unit + words.suffix(place?.count ?? 0)).map(VietnameseFolding.fold))
    }

    /// Units by their toneless key, as printed.
    private static let unitWords = ["tinh": "TỈNH", "huyên": "HUYỆN", "quân": "QUẬN", "xa": "XÃ", "phương": "PHƯỜNG", "tp": "TP",
                                    "âp": "ẤP", "thôn": "THÔN"]
    private static let unitPairs = [["thanh", "phô"]: ["THÀNH", "PHỐ"], ["thi", "xa"]: ["THỊ", "XÃ"], ["thi", "trân"]: ["THỊ", "TRẤN"]]

    /// Capitals as a place is printed in the place-date line: "TÂN PHÚ TRUNG" → "Tân Phú Trung";
    /// the gazetteer's spelling where it knows the name.
    static func titleCased(_ words: [String]) -> String {
        let text = words.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
        return PlaceNames.all.first { PhraseLexicon.samePrinting($0, text) } ?? text
    }
}
