/// The text of a ToUnicode CMap (PDF 32000 §9.10.3) for two-byte codes: the fixed frame
/// around the mappings. Shared by the OCR text layer's font and the signature mark's font,
/// which live in adapters that may not import each other.
public enum ToUnicodeCMap {
    public enum Section: String, Sendable {
        /// "<code> <unicode>" lines.
        case bfchar
        /// "<first> <last> <unicode of first>" lines (a range may vary only in its last byte).
        case bfrange
    }

    /// The CMap with `entries` written in sections of at most 100, as the format allows.
    public static func text(_ section: Section, entries: [String]) -> String {
        let kind = section.rawValue
        let sections = stride(from: 0, to: entries.count, by: 100).map { start in
            let part = entries[start..<min(start + 100, entries.count)]
            return "\(part.count) begin\(kind)\n" + part.map { $0 + "\n" }.joined() + "end\(kind)\n"
        }
        return """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        \(sections.joined())endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end

        """
    }
}
