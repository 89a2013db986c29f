import Foundation

/// One page to recognize: the file, the page inside it, and the languages to read it in.
public struct PageRequest: Sendable, Hashable, Codable {
    public var url: URL
    public var location: PageLocation
    public var number: Int
    /// Tesseract language codes joined with "+", e.g. "vie".
    public var language: String
    /// Resolution from the file's tags, if any.
    public var dpi: Int?
    /// How to prepare the image; nil reads it as it is.
    public var preparation: PreparationOptions?
    /// The English model (e.g. "eng") to read the page with instead when its first read is
    /// plainly English; nil keeps the first read. The worker reads the same prepared image again.
    public var languageIfEnglish: String?

    public init(url: URL, location: PageLocation, number: Int, language: String, dpi: Int?,
                preparation: PreparationOptions? = nil, languageIfEnglish: String? = nil) {
        self.url = url
        self.location = location
        self.number = number
        self.language = language
        self.dpi = dpi
        self.preparation = preparation
        self.languageIfEnglish = languageIfEnglish
    }

    /// Seconds the page may take: the pipeline's page_time_budget, else the default.
    public var timeBudget: Double { preparation?.pageTimeBudget ?? PreparationOptions().pageTimeBudget }
}

/// Turns page images into text with word boxes and confidences.
public protocol TextRecognizer: Sendable {
    func recognize(_ request: PageRequest) async throws -> RecognizedPage
}

public enum RecognitionError: ArchivistError, Codable {
    case undecodable(path: String, page: Int, reason: String)
    case languageUnavailable(language: String, reason: String)
    case engineFailed(path: String, page: Int, reason: String)
    case overBudget(path: String, page: Int, seconds: Double, budget: Double)
    case stopped

    public var problem: String {
        switch self {
        case .undecodable(let path, let page, let reason): "\(path): page \(page) could not be decoded (\(reason))."
        case .languageUnavailable(let language, let reason): "Tesseract could not load language '\(language)' (\(reason))."
        case .engineFailed(let path, let page, let reason): "\(path): Tesseract failed on page \(page) (\(reason))."
        case .stopped: "The OCR engines were shut down before this page was read."
        case .overBudget(let path, let page, let seconds, let budget):
            "\(path): page \(page) went over its time budget of \(Self.format(budget)) s (stopped after \(Self.format(seconds)) s; pure noise or a damaged scan?)."
        }
    }

    public var remedy: String? {
        switch self {
        case .undecodable: "The file is probably truncated or corrupt: rescan or recopy it, then run the same ingest again."
        case .languageUnavailable(let language, _):
            "Install its data (apt-get install tesseract-ocr-\(language.split(separator: "+").first ?? "vie")) or set TESSDATA_PREFIX."
        case .engineFailed: "Run the same ingest again; if it fails again, see 'archivist failures'."
        case .stopped: nil
        case .overBudget: "Look at the page; rescan it, or raise page_time_budget in the pipeline's ocr options."
        }
    }

    /// Whole seconds from 10 s up, two significant digits below (a budget may be 0.05 s).
    private static func format(_ seconds: Double) -> String {
        seconds >= 10 ? "\(Int(seconds))" : String(format: "%.2g", seconds)
    }
}
