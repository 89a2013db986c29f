/// The districts and communes of Vietnam before the 2025 reorganisation (the names the records
/// of dissolved committees carry), to check the locality a body is named after: "QUẬN ỦY NINH
/// KIỂU" names no district, Ninh Kiều does. Names are matched by their letters, marks aside; a
/// name the list prints otherwise is put as listed only when one listed name has its letters
/// (Thanh Trì and Thạnh Trị share theirs: neither is chosen).
public enum Localities {
    public enum Level: Sendable { case district, commune }

    /// The level of the unit a locality follows, as the unit prints ("HUYỆN", "THỊ XÃ"); nil for
    /// any other (a province, a hamlet: ẤP, THÔN).
    public static func level(ofUnit printed: [String]) -> Level? {
        switch printed.joined(separator: " ") {
        case "QUẬN", "HUYỆN", "THỊ XÃ", "THÀNH PHỐ", "TP": .district
        case "XÃ", "PHƯỜNG", "THỊ TRẤN": .commune
        default: nil
        }
    }

    /// True when a level lists the name as printed (tone placement aside).
    public static func lists(_ name: String, at level: Level) -> Bool {
        printings(level)[VietnameseFolding.fold(name)]?.contains { PhraseLexicon.samePrinting($0, name) } == true
    }

    /// The name as the level lists it, when it lists the name otherwise printed and no other
    /// name with its letters ("Ninh Kiểu", "NINH KIEU" → Ninh Kiều); nil otherwise.
    public static func asListed(_ name: String, at level: Level) -> String? {
        guard !lists(name, at: level), let listed = printings(level)[VietnameseFolding.fold(name)], listed.count == 1 else { return nil }
        return listed.first
    }

    /// Every word of a listed name, a province's or a city's, as printed ("Pleiku", "Kiều").
    static let words: Set<String> = Set((districts.values.flatMap { $0 } + communes.values.flatMap { $0 } + PlaceNames.all)
        .flatMap { $0.split(separator: " ") }.map { ToneMarks.canonical(String($0)) })

    private static func printings(_ level: Level) -> [String: Set<String>] {
        level == .district ? districts : communes
    }

    private static let districts = indexed(districtNames)
    private static let communes = indexed(communeNames)

    /// Printings (new-style tone placement: Hòa, Thủy) by their letters.
    private static func indexed(_ names: String) -> [String: Set<String>] {
        var index: [String: Set<String>] = [:]
        for name in names.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
            let printed = ToneMarks.canonical(String(name))
            index[VietnameseFolding.fold(printed), default: []].insert(printed)
        }
        return index
    }
}
