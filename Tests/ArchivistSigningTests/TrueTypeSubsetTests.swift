import Foundation
import Testing
@testable import ArchivistSigning

/// The TrueType reader and subsetter, on Liberation Serif (fonts-liberation2).
@Suite(.enabled(if: MarkFont.url != nil, "Liberation Serif not installed: apt-get install fonts-liberation2"))
struct TrueTypeSubsetTests {
    let font: TrueTypeFont
    let text = "Lưu trữ Lịch sử Đảng bộ tỉnh Quảng Nam 2026-11-29T11:42:07+07:00 ĐẢNG CỘNG SẢN VIỆT NAM ỹ Ữ"

    init() throws { font = try TrueTypeFont(contentsOf: MarkFont.url!) }

    @Test func readsTheFontsNameMetricsAndVietnameseCharacters() throws {
        #expect(font.postScriptName == "LiberationSerif")
        #expect(font.unitsPerEm == 2048)
        for scalar in text.unicodeScalars { #expect(font.glyph(for: scalar) != nil, "no glyph for \(scalar)") }
        // Metric-compatible with Times New Roman: "a" advances 0.444 em, the space 0.25 em.
        #expect(font.thousandths(font.advance(ofGlyph: font.glyph(for: "a")!)) == 444)
        #expect(font.thousandths(font.advance(ofGlyph: font.glyph(for: " ")!)) == 250)
    }

    @Test func subsetParsedAgainHasTheSameGlyphsWidthsAndOutlines() throws {
        let subset = try TrueTypeSubset(font: font, characters: text.unicodeScalars)
        let reparsed = try TrueTypeFont(data: subset.data, path: "subset")
        var composites = 0
        for scalar in Set(text.unicodeScalars) {
            let glyph = try #require(font.glyph(for: scalar))
            #expect(reparsed.glyph(for: scalar) == glyph, "U+\(String(scalar.value, radix: 16))")
            #expect(subset.glyphs[scalar] == glyph && subset.advances[glyph] == font.advance(ofGlyph: glyph))
            #expect(reparsed.advance(ofGlyph: glyph) == font.advance(ofGlyph: glyph))
            #expect(try reparsed.outline(ofGlyph: glyph) == font.outline(ofGlyph: glyph))
            let components = try font.components(ofGlyph: glyph)
            composites += components.isEmpty ? 0 : 1
            for component in components { #expect(try reparsed.outline(ofGlyph: component) == font.outline(ofGlyph: component)) }
        }
        #expect(composites > 0, "no composite glyph was exercised")
        #expect(try reparsed.outline(ofGlyph: 0) == font.outline(ofGlyph: 0))  // .notdef kept
    }

    @Test func subsetIsSmallAndDropsOtherGlyphs() throws {
        let subset = try TrueTypeSubset(font: font, characters: text.unicodeScalars)
        let original = try Data(contentsOf: MarkFont.url!)
        #expect(subset.data.count * 10 < original.count, "\(subset.data.count) of \(original.count) bytes")
        let reparsed = try TrueTypeFont(data: subset.data, path: "subset")
        let unused = try #require(font.glyph(for: "Z"))
        #expect(!text.contains("Z"))
        #expect(try unused >= reparsed.glyphCount || reparsed.outline(ofGlyph: unused).isEmpty)
        #expect(reparsed.glyph(for: "Z") == nil)
        #expect(reparsed.tables["GPOS"] == nil && reparsed.tables["kern"] == nil && reparsed.tables["fpgm"] != nil)
    }

    @Test func subsetNameCarriesASixLetterTagThatFollowsTheGlyphs() throws {
        let one = try TrueTypeSubset(font: font, characters: "Lưu trữ".unicodeScalars)
        let again = try TrueTypeSubset(font: font, characters: "trữ Lưu".unicodeScalars)
        let other = try TrueTypeSubset(font: font, characters: "Hà Nội".unicodeScalars)
        #expect(one.name.wholeMatch(of: /[A-Z]{6}\+LiberationSerif/) != nil, "\(one.name)")
        #expect(one.name == again.name && one.name != other.name)
    }

    @Test func tableChecksumsAndTheWholeFileSumAreRight() throws {
        let bytes = [UInt8](try TrueTypeSubset(font: font, characters: text.unicodeScalars).data)
        let reparsed = try TrueTypeFont(data: Data(bytes), path: "subset")
        #expect(TrueTypeSubset.checksum(bytes) == 0xB1B0_AFBA)
        for index in 0..<(Int(bytes[4]) << 8 | Int(bytes[5])) {
            let record = 12 + index * 16
            let tag = String(decoding: bytes[record..<record + 4], as: UTF8.self)
            var table = Array(bytes[reparsed.tables[tag]!])
            if tag == "head" { table.set(uint32: 0, at: 8) }
            let stored = bytes[record + 4..<record + 8].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(TrueTypeSubset.checksum(table) == stored, "\(tag)")
        }
    }

    @Test(.enabled(if: FontTools.isAvailable, "fontTools not installed: pip install fonttools==4.68.0"))
    func fontToolsAgreesWithTheSubset() throws {
        let folder = try TemporaryDirectory()
        try TrueTypeSubset(font: font, characters: text.unicodeScalars).data.write(to: folder.file("subset.ttf"))
        let judged = try FontTools.compare(original: MarkFont.url!, subset: folder.file("subset.ttf"), characters: text)
        #expect(judged.agreed, "\(judged.output)")
    }

    @Test func characterTheFontLacksIsNamed() throws {
        #expect(throws: FontError.missingGlyph(path: font.path, character: "漢")) {
            try TrueTypeSubset(font: font, characters: "Lưu 漢".unicodeScalars)
        }
    }

    @Test func fontWhoseLicenceForbidsEmbeddingIsRefused() throws {
        var bytes = [UInt8](try Data(contentsOf: MarkFont.url!))
        let os2 = try #require(font.tables["OS/2"]).lowerBound
        #expect(bytes[os2 + 8] == 0 && bytes[os2 + 9] == 0, "Liberation is installable (fsType 0)")
        for fsType in [0x0002, 0x0100, 0x0200] {
            bytes.set(uint16: fsType, at: os2 + 8)
            #expect(throws: FontError.notEmbeddable(path: "x", reason: fsType == 2 ? "fsType: restricted license"
                                                     : fsType == 0x100 ? "fsType: no subsetting" : "fsType: bitmap embedding only")) {
                try TrueTypeFont(data: Data(bytes), path: "x")
            }
        }
        bytes.set(uint16: 0x0004, at: os2 + 8)  // preview & print: embeddable
        #expect(try TrueTypeFont(data: Data(bytes), path: "x").postScriptName == "LiberationSerif")
    }

    @Test func notTrueTypeOrDamagedFontsAreErrorsNotCrashes() throws {
        for (bytes, what) in [(Data(), "empty"), (Data("OTTO".utf8) + Data(count: 60), "CFF"), (Data("ttcf".utf8) + Data(count: 60), "collection"),
                              (Data("%PDF-1.7 not a font at all".utf8), "PDF")] {
            #expect(throws: FontError.self, "\(what)") { try TrueTypeFont(data: bytes, path: what) }
        }
        let original = try Data(contentsOf: MarkFont.url!)
        for length in [20, 300, 5_000, 50_000, original.count - 1_000] {
            #expect(throws: FontError.self, "cut at \(length)") {
                let cut = try TrueTypeFont(data: original.prefix(length), path: "cut")
                _ = try TrueTypeSubset(font: cut, characters: "Lưu trữ Z".unicodeScalars)
            }
        }
    }
}

/// Liberation Serif Regular, where fonts-liberation2 puts it (or elsewhere under /usr/share/fonts).
enum MarkFont {
    static let url = VisibleMark.defaultFontURL()
}
