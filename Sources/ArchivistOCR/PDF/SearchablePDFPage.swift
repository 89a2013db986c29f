import ArchivistCore
import Foundation

/// One page of a searchable PDF: where its original image is and what OCR read on it.
public struct SearchablePDFPage: Sendable, Hashable {
    public var source: URL
    /// 0-based page inside the file (multi-page TIFF); 0 for PNG and JPEG.
    public var pageInFile: Int
    /// Words with boxes in the recognized image's pixels; scaled if that image was resized.
    public var recognized: RecognizedPage
    /// Resolution of the original image, which sets the page size (points = pixels × 72 / dpi).
    public var dpi: Int

    public init(source: URL, pageInFile: Int, recognized: RecognizedPage, dpi: Int) {
        self.source = source
        self.pageInFile = pageInFile
        self.recognized = recognized
        self.dpi = dpi
    }
}

/// A finished searchable PDF, how each page's image was stored, and what the caller should
/// record about it (a page whose embedded colour profile could not be used, naming file and page).
public struct SearchablePDF: Sendable {
    public var data: Data
    public var imageStorage: [PDFImageStorage]
    public var notes: [String]
}
