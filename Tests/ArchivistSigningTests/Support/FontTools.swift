import Foundation

/// fontTools (pip install fonttools) as the outside judge of a subset font: it must read every
/// table with checksums enforced, the file must sum to 0xB1B0AFBA, and each character must
/// have the original's glyph id, advance width and outline (composites decomposed).
enum FontTools {
    static let isAvailable = Tool.isInstalled("python3") && (try? Tool.run("python3", ["-c", "import fontTools"]).succeeded) == true

    static func compare(original: URL, subset: URL, characters: String) throws -> (agreed: Bool, output: String) {
        let script = """
        import struct, sys
        from fontTools.ttLib import TTFont
        from fontTools.pens.recordingPen import DecomposingRecordingPen
        original, subset = TTFont(sys.argv[1]), TTFont(sys.argv[2], checkChecksums=2)
        problems = []
        for tag in subset.keys():
            subset[tag]
        for name in subset.getGlyphOrder():
            subset['glyf'][name]
        data = open(sys.argv[2], 'rb').read()
        data += b'\\0' * (-len(data) % 4)
        if sum(struct.unpack('>%dI' % (len(data) // 4), data)) & 0xFFFFFFFF != 0xB1B0AFBA:
            problems.append('whole-file checksum is wrong')
        original_map, subset_map = original.getBestCmap(), subset.getBestCmap()
        original_glyphs, subset_glyphs = original.getGlyphSet(), subset.getGlyphSet()
        for character in sys.argv[3]:
            code = ord(character)
            if code not in subset_map:
                problems.append('U+%04X: not in the subset cmap' % code)
                continue
            before, after = original_map[code], subset_map[code]
            if original.getGlyphID(before) != subset.getGlyphID(after):
                problems.append('U+%04X: glyph id changed' % code)
            if original['hmtx'][before] != subset['hmtx'][after]:
                problems.append('U+%04X: metrics %s became %s' % (code, original['hmtx'][before], subset['hmtx'][after]))
            pens = DecomposingRecordingPen(original_glyphs), DecomposingRecordingPen(subset_glyphs)
            original_glyphs[before].draw(pens[0])
            subset_glyphs[after].draw(pens[1])
            if pens[0].value != pens[1].value or (not pens[1].value and not character.isspace()):
                problems.append('U+%04X: outline differs or is empty' % code)
        print('\\n'.join(problems) or 'agreed on %d characters' % len(sys.argv[3]))
        sys.exit(1 if problems else 0)
        """
        let result = try Tool.run("python3", ["-c", script, original.path, subset.path, characters])
        return (result.succeeded, result.output)
    }
}
