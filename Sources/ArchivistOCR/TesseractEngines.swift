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

    /// Reads the page in the request's language; a page whose first read is plainly English is
    /// read again, from the same prepared image, by the English engine when the request names one.
    mutating func recognize(_ request: PageRequest) throws -> RecognizedPage {
        var page = try PreparedPage(request)
        let reader = try engine(request.language)
        if reader.dateWitness == nil, let english = request.languageIfEnglish, english != request.language {
            reader.dateWitness = try engine(english)
        }
        let first = try reader.read(&page, request)
        // The language is told from the page's first read, before its lines are read again.
        guard let english = request.englishReading(of: first.text(pageWidth: page.image.width)) else {
            return reader.completed(first, page: page, request: request)
        }
        var second = try engine(english).recognize(&page, request)
        // The engine's time includes the read it discarded, as for a page tried upside down.
        second.recognizeSeconds += first.seconds
        return second
    }

    private mutating func engine(_ language: String) throws -> TesseractEngine {
        if let engine = engines[language] { return engine }
        let engine = try TesseractEngine(language: language, dataPath: dataPath)
        engines[language] = engine
        return engine
    }
}
