/// Container formats the ingest accepts.
public enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case tiff, png, jpeg, pdf

    /// File extensions (lowercased) that the scanner picks up for this format.
    public var extensions: [String] {
        switch self {
        case .tiff: ["tif", "tiff"]
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg"]
        case .pdf: ["pdf"]
        }
    }

    public var mimeType: String {
        switch self {
        case .tiff: "image/tiff"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .pdf: "application/pdf"
        }
    }

    public init?(fileExtension: String) {
        let ext = fileExtension.lowercased()
        guard let match = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = match
    }
}

/// What an image file's headers say about one page, read before any pixel is decoded.
public struct PageGeometry: Sendable, Codable, Hashable {
    public var width: Int
    public var height: Int
    /// Resolution from the file's tags; nil when the file does not say.
    public var dpi: Int?
    public var bitsPerPixel: Int

    public init(width: Int, height: Int, dpi: Int?, bitsPerPixel: Int) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.bitsPerPixel = bitsPerPixel
    }

    public var pixelCount: Int { width * height }
}

/// An image file as inspected from its headers: format and the geometry of each page.
public struct ImageInfo: Sendable, Codable, Hashable {
    public var format: ImageFormat
    public var pages: [PageGeometry]
    /// For PDFs: what must be respected (encryption, signatures) and which pages have text.
    public var pdf: PDFSource?

    public init(format: ImageFormat, pages: [PageGeometry], pdf: PDFSource? = nil) {
        self.format = format
        self.pages = pages
        self.pdf = pdf
    }
}

/// A PDF received as a scan or a born-digital file.
public struct PDFSource: Sendable, Codable, Hashable {
    /// Encrypted PDFs are kept as received: not read, never rewritten.
    public var encrypted: Bool
    /// Signed PDFs are never rewritten: their text is read, the original is what is kept.
    public var signed: Bool
    /// 0-based pages that already carry a text layer (kept unless OCR is forced).
    public var pagesWithText: [Int]

    public init(encrypted: Bool, signed: Bool, pagesWithText: [Int]) {
        self.encrypted = encrypted
        self.signed = signed
        self.pagesWithText = pagesWithText
    }

    /// True when the PDF is taken as it is, with no searchable copy made of it.
    public var keptAsReceived: Bool { encrypted || signed || !pagesWithText.isEmpty }
}
