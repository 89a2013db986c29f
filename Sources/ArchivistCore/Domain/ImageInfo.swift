/// Container formats the ingest accepts.
public enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case tiff, png, jpeg

    /// File extensions (lowercased) that the scanner picks up for this format.
    public var extensions: [String] {
        switch self {
        case .tiff: ["tif", "tiff"]
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg"]
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

    public init(format: ImageFormat, pages: [PageGeometry]) {
        self.format = format
        self.pages = pages
    }
}
