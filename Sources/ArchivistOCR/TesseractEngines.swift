import ArchivistCore

/// The engines of one worker (thread or process): one per language, made on first use and
/// reused for every page. Not thread-safe: it belongs to the worker that made it.
struct TesseractEngines {
    private let dataPath: String?
    private var engines: [String: TesseractEngine] = [:]

    /// - Parameter dataPath: a tessdata folder; nil uses Tesseract's default (or TESSDATA_PREFIX).
    init(dataPath: String?) {
        self.dataPath = dataPath
    }

    mutating func recognize(_ request: PageRequest) throws -> RecognizedPage {
        let engine = try engines[request.language] ?? TesseractEngine(language: request.language, dataPath: dataPath)
        engines[request.language] = engine
        return try engine.recognize(request)
    }
}
