import ArchivistCore
import Foundation

/// The set items of a "Nơi nhận" list (Decree 30/2020, HD 36-HD/VPTW): "Như trên", "Như Điều 3",
/// and the archive line that closes it ("Lưu: VT, TH", "Lưu VT", "Lưu Văn phòng"). OCR reads them
/// short and badly ("ư tren", "Lu VT", "Lưu VL", "Lưu: VT; NV"); they are few and fixed, so a
/// close reading is rewritten to the standard form, and the rewrite is named.
public enum StandardRecipients {
    public struct Repair: Sendable, Hashable {
        /// The item in its standard form.
        public var text: String
        /// "ư tren→Như trên"; nil when the item was read as printed.
        public var note: String?
    }

    /// The standard form of `item` if it is one of the set items, else nil.
    public static func repair(_ item: String) -> Repair? {
        let words = item.split(separator: " ").map { String(Token($0).core) }.filter { !$0.isEmpty }
        let folded = words.map(VietnameseFolding.fold)
        guard let first = folded.first else { return nil }
        let text: String?
        if isArchiveWord(words[0], folded: first) {
            text = archiveLine(item)
        } else if folded.count == 2, !folded[1].contains(where: \.isNumber),
                  (folded[1] == "tren" && isNhu(first, loose: true)) || (first == "nhu" && EditDistance.between(folded[1], "tren") <= 1) {
            text = "Như trên"
        } else if folded.count == 3, isNhu(first, loose: false), EditDistance.between(folded[1], "dieu") <= 1,
                  folded[2].allSatisfy(\.isNumber) {
            text = "Như Điều \(words[2])"
        } else {
            text = nil
        }
        guard let text else { return nil }
        return Repair(text: text, note: text == item ? nil : "\(item)→\(text)")
    }

    /// "Như" as OCR reads it: exactly, or (`loose`) with its first letters lost or one letter off ("ư", "hư", "Nhu").
    static func isNhu(_ folded: String, loose: Bool) -> Bool {
        folded == "nhu" || (loose && (["u", "hu", "nh"].contains(folded) || EditDistance.between(folded, "nhu") <= 1))
    }

    /// "Lưu", "Lu", "Luu", "Lưư": a capital L (or l) and one letter's edit from "luu".
    static func isArchiveWord(_ word: String, folded: String) -> Bool {
        guard let head = word.first, head == "L" || head == "l", (2...4).contains(folded.count) else { return false }
        return EditDistance.between(folded, "luu") <= 1
    }

    /// The archive line in standard form: "Lưu" (with its colon if printed), then "Văn phòng" or
    /// the codes comma-separated, the first one "VT" when OCR read it one letter off ("VL", "VĨ",
    /// "VŨ") and it is no other known code. Nil when the rest is not codes (left as read).
    static func archiveLine(_ item: String) -> String? {
        guard let space = item.firstIndex(of: " ") else { return nil }
        let head = item[..<space]
        let colon = head.hasSuffix(":") || head.hasSuffix(";")
        let rest = item[space...].trimmingCharacters(in: CharacterSet(charactersIn: " :;,.-"))
        if EditDistance.between(IssuerNames.squash(rest), "vanphong") <= 1 { return "Lưu" + (colon ? ":" : "") + " Văn phòng" }
        var codes = rest.split(whereSeparator: { " ,;.".contains($0) }).map(String.init)
        guard !codes.isEmpty, codes.allSatisfy({ code in code.count <= 5 && code.allSatisfy { $0.isUppercase } }) else { return nil }
        if !AdministrativeTerms.archiveCodes.contains(codes[0]), codes[0].count == 2,
           EditDistance.between(VietnameseFolding.fold(codes[0]), "vt") <= 1 {
            codes[0] = "VT"
        }
        return "Lưu" + (colon ? ":" : "") + " " + codes.joined(separator: ", ")
    }
}
