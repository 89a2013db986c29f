/// Party or State records: they follow different formats (HD 36-HD/VPTW, Decree 30/2020).
public enum RecordSystem: String, Sendable, Codable, Hashable {
    case party, state
}

public enum Confidentiality: String, Sendable, Codable, Hashable, CaseIterable {
    case mat = "Mật", toiMat = "Tối mật", tuyetMat = "Tuyệt mật"
}

public enum Urgency: String, Sendable, Codable, Hashable, CaseIterable {
    case khan = "Khẩn", thuongKhan = "Thượng khẩn", hoaToc = "Hỏa tốc"
}

/// What the catalog must do with a document given its confidentiality mark.
public enum AccessDecision: String, Sendable, Codable, Hashable {
    /// No mark found.
    case open
    /// Mật or Tối mật: restricted access, digitized only with approval. So is a document whose
    /// mark was not read surely, until a reviewer settles it.
    case restricted
    /// Tuyệt mật: not to be digitized (HD 40-HD/VPTW); the caller quarantines it.
    case quarantine
}

/// The document type as the standard names it.
public struct DocumentType: Sendable, Codable, Hashable {
    /// Native name: "Nghị quyết", "Kết luận", "Công văn", "Memorandum".
    public var nativeName: String
    /// TT 05/2025 typeName code, "01"..."32" (Kết luận, Thông tri → "32").
    public var code: String
    /// The abbreviation in the symbol, if any ("NQ", "QĐ", "KL").
    public var abbreviation: String?

    public init(nativeName: String, code: String, abbreviation: String?) {
        self.nativeName = nativeName
        self.code = code
        self.abbreviation = abbreviation
    }
}

/// Why a document goes to the review queue.
public struct ReviewReason: Sendable, Codable, Hashable {
    public var field: String
    public var confidence: Double
    public var reason: String

    public init(field: String, confidence: Double, reason: String) {
        self.field = field
        self.confidence = confidence
        self.reason = reason
    }
}

/// Everything extracted from one document, each field with its confidence and evidence.
public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var system = ExtractedField<RecordSystem>.absent(confidence: 0, rule: "none")
    public var documentType = ExtractedField<DocumentType>.absent(confidence: 0, rule: "none")
    public var number = ExtractedField<String>.absent(confidence: 0, rule: "none")
    /// The full "Số" value without the prefix: "57-NQ/TW", "45/QĐ-UBND", "113/2025/NĐ-CP".
    public var symbol = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var issuer = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var parentIssuer = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var place = ExtractedField<String>.absent(confidence: 0, rule: "none")
    /// ISO 8601 date, "2024-03-12".
    public var date = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var subject = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var signerAuthority = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var signerPosition = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var signerName = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var confidentiality = ExtractedField<Confidentiality>.absent(confidence: 0, rule: "none")
    public var urgency = ExtractedField<Urgency>.absent(confidence: 0, rule: "none")
    public var recipients = ExtractedField<[String]>.absent(confidence: 0, rule: "none")
    /// ISO 639-1 code, "vi" or "en".
    public var language = ExtractedField<String>.absent(confidence: 0, rule: "none")
    public var pageCount = 0
    /// TT 05 maintenance code suggested from the type ("01" permanent ... "07" other).
    public var retention = ExtractedField<String>.absent(confidence: 0, rule: "none")
    /// Fields below the review threshold, with the reason.
    public var reviewReasons: [ReviewReason] = []

    public init() {}

    public var access: AccessDecision {
        switch confidentiality.value {
        case .tuyetMat: .quarantine
        case .mat, .toiMat: .restricted
        // A mark region left unread or a mark read unsure ("MẠT" at 20) may hide a Mật: the
        // document is held as restricted, needing the highest clearance, until a reviewer
        // settles the field (`archivist correct ID confidentiality -`).
        case nil: reviewReasons.contains { $0.field == "confidentiality" } ? .restricted : .open
        }
    }

    public var needsReview: Bool { !reviewReasons.isEmpty }

    /// Each field's name with its confidence, for review routing and display.
    public var fieldConfidences: [(name: String, confidence: Double)] {
        [("system", system.confidence), ("type", documentType.confidence), ("number", number.confidence),
         ("symbol", symbol.confidence), ("issuer", issuer.confidence), ("parent_issuer", parentIssuer.confidence),
         ("place", place.confidence), ("date", date.confidence), ("subject", subject.confidence),
         ("signer_authority", signerAuthority.confidence), ("signer_position", signerPosition.confidence),
         ("signer_name", signerName.confidence), ("confidentiality", confidentiality.confidence),
         ("urgency", urgency.confidence), ("recipients", recipients.confidence), ("language", language.confidence)]
    }
}
