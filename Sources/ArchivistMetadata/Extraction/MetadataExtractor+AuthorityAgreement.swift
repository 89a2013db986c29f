import ArchivistCore

/// The authority mark against the position under it: who signs for whom follows from the mark
/// (HD 36-HD/VPTW, Decree 30): K/T, a deputy of the position named ("K/T BÍ THƯ" / "PHÓ BÍ
/// THƯ"); T/M, the head of the body ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ"); T/L, an office or unit
/// head for the body ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG").
extension MetadataExtractor {
    /// True when a sure position is the one `mark` and `body` (as a known position or body) imply.
    func markAgrees(_ mark: String, body: String, position: ExtractedField<String>) -> Bool {
        guard position.confidence >= reviewThreshold, let signer = position.value else { return false }
        return Self.markAgrees(mark, body: body, signer: signer)
    }

    /// True when `signer` is the position `mark` and `body` imply.
    static func markAgrees(_ mark: String, body: String, signer: String) -> Bool {
        guard let (known, similarity) = SignerPositions.closestAuthority(to: body), similarity == 1 else { return false }
        switch mark.filter(\.isLetter) {
        case "KT": return SignerPositions.deputy(of: known) == signer
        case "TM": return SignerPositions.heads[known] == signer
        case "TL":
            return SignerPositions.collectives.contains(known)
                && (signer.hasSuffix("VĂN PHÒNG") || signer.hasPrefix("TRƯỞNG") || signer.hasPrefix("PHÓ TRƯỞNG"))
        default: return false
        }
    }

    /// True when the position is the deputy a K/T authority names ("K/T CHỦ TỊCH" / "PHÓ CHỦ
    /// TỊCH"): the one agreement that fixes the position word for word. (Under T/M the head or,
    /// with a nested KT., a deputy signs; under T/L any office head.)
    static func positionAgrees(_ position: String, authority: (mark: String, body: String, guessed: Bool)?) -> Bool {
        guard let authority, authority.mark.filter(\.isLetter) == "KT" else { return false }
        return markAgrees(authority.mark, body: authority.body, signer: position)
    }

    /// Under K/T the deputy's position names the principal again ("KT. GIÁM ĐỐC SỞ NỘI VỤ" / "PHÓ
    /// GIÁM ĐỐC"): the principal's words a sure position spells alike, marks and all, are read twice.
    static func principalReadAlike(mark: String, body: String, position: ExtractedField<String>, sureAbove threshold: Double) -> Set<String> {
        guard mark.filter(\.isLetter) == "KT", position.confidence >= threshold, let signer = position.value,
              signer.hasPrefix("PHÓ ") else { return [] }
        let principal = words(of: String(signer.dropFirst(4))), read = words(of: body)
        guard read.count >= principal.count, zip(read, principal).allSatisfy({ PhraseLexicon.samePrinting($0, $1) }) else { return [] }
        return Set(principal.map(VietnameseFolding.fold))
    }

    /// The authority mark as the document's system prints it: Party documents write "T/M", "K/T",
    /// "T/L" (HD 36-HD/VPTW), State ones "TM.", "KT.", "TL." (Decree 30/2020). Nil when the mark has
    /// one form only ("Q.", "TUQ.") or the system is not sure (motto and symbol disagree or unread).
    static func printedForm(of mark: String, system: ExtractedField<RecordSystem>) -> String? {
        let letters = mark.filter(\.isLetter)
        guard ["TM", "KT", "TL"].contains(letters) else { return nil }
        switch system.value {
        case .party? where system.confidence >= 0.85: return "\(letters.first!)/\(letters.last!)"
        case .state? where system.confidence >= 0.85: return letters + "."
        default: return nil
        }
    }
}
