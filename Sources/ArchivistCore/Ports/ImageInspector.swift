import Foundation

/// Reads an image file's headers (never its pixels) to learn its format and page geometry.
public protocol ImageInspector: Sendable {
    func inspect(_ url: URL) throws -> ImageInfo
}

/// Why a file was not accepted as a scan. Raised before any pixel is decoded.
public enum ImageInspectionError: ArchivistError, Equatable {
    case emptyFile(path: String)
    case notAnImage(path: String, leadingBytes: String)
    case unsupportedFormat(path: String, detected: String)
    case unreadableHeader(path: String, reason: String)
    case tooManyPixels(path: String, page: Int, width: Int, height: Int, limit: Int)

    public var problem: String {
        switch self {
        case .emptyFile(let path): "\(path): empty file (0 bytes)."
        case .notAnImage(let path, let lead): "\(path): not an image (content starts with \(lead))."
        case .unsupportedFormat(let path, let detected): "\(path): \(detected) images are not supported."
        case .unreadableHeader(let path, let reason): "\(path): unreadable image header (\(reason))."
        case .tooManyPixels(let path, let page, let w, let h, let limit):
            "\(path): page \(page) is \(w)×\(h) pixels, over the budget of \(limit) pixels."
        }
    }

    public var remedy: String? {
        switch self {
        case .emptyFile, .notAnImage, .unreadableHeader:
            "Rescan or recopy the file, then run the same ingest again."
        case .unsupportedFormat:
            "Convert it to TIFF, PNG or JPEG."
        case .tooManyPixels:
            "Check the scan's resolution, or raise max_pixels in the pipeline's ingest options."
        }
    }
}
