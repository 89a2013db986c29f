import ArchivistCore

/// Why a PDF cannot be read or signed.
public enum PDFError: ArchivistError, Equatable {
    case notAPDF
    case malformed(String, offset: Int)
    case missing(String)
    case encrypted
    case signatureTooLarge(needed: Int, available: Int)

    public var problem: String {
        switch self {
        case .notAPDF: "Not a PDF file (no %PDF- header)."
        case .malformed(let what, let offset): "Damaged PDF: \(what) (at byte \(offset))."
        case .missing(let what): "The PDF has no \(what)."
        case .encrypted: "The PDF is encrypted; it cannot be signed by incremental update here."
        case .signatureTooLarge(let needed, let available):
            "The signature needs \(needed) bytes but the reserved /Contents holds \(available)."
        }
    }

    public var remedy: String? {
        switch self {
        case .notAPDF, .malformed, .missing: "Re-create the PDF (for example with the OCR stage), or check it with 'qpdf --check'."
        case .encrypted: "Sign the unencrypted PDF."
        case .signatureTooLarge: "Reserve more space for the signature (contentsCapacity), e.g. for a long chain or timestamp."
        }
    }
}
