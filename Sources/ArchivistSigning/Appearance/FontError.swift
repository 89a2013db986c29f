import ArchivistCore

/// Why a font cannot serve for the visible signature mark.
public enum FontError: ArchivistError, Equatable {
    case unreadable(path: String, reason: String)
    case notTrueType(path: String, reason: String)
    case damaged(path: String, table: String)
    case notEmbeddable(path: String, reason: String)
    case missingGlyph(path: String, character: String)

    public var problem: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read the font (\(reason))."
        case .notTrueType(let path, let reason): "\(path): not a TrueType font (\(reason))."
        case .damaged(let path, let table): "\(path): the font's '\(table)' table is missing or damaged."
        case .notEmbeddable(let path, let reason): "\(path): the font's licence does not allow embedding it as a subset (\(reason))."
        case .missingGlyph(let path, let character):
            "\(path): the font has no glyph for '\(character)' (U+\(character.unicodeScalars.map { String(format: "%04X", $0.value) }.joined(separator: " U+")))."
        }
    }

    public var remedy: String? {
        switch self {
        case .unreadable: "Check the path, or install Debian's fonts-liberation2 for the default (Liberation Serif)."
        case .notTrueType: "Give a single TrueType font file (.ttf with glyf outlines), e.g. Liberation Serif from fonts-liberation2."
        case .damaged: "Use another copy of the font, e.g. Liberation Serif from fonts-liberation2."
        case .notEmbeddable: "Choose a font licensed for embedding, e.g. Liberation Serif from fonts-liberation2 (SIL OFL)."
        case .missingGlyph: "Choose a font that covers Vietnamese, or change the mark's agency name."
        }
    }
}
