import ArchivistCore
import ArchivistMetadata
import ArchivistOCR
import Foundation

/// Recognizes every page with Tesseract. The first page is read in the first configured
/// language; when its text is plainly English and `eng` is configured, the worker reads it
/// again in English and the document's other pages are read in English too. Pages go to the
/// engine pool in parallel.
struct OCRStage: Stage {
    static let name = "ocr"
    /// 2: grey paper made white, text lost to layout analysis read back (lines under a seal, a
    /// label merged into the next line), glued capitals cut. 3: seal rings erased, one line read
    /// as two and two lines read as one read again, personal names kept out of the phrase
    /// repair. 4: dust specks whitened, the number read twice, page numbers read "_2-" mended.
    /// 5: the date line read by the English model too. 6: words in a frame read, an issuer line
    /// ending in a number read twice, a misread word not cut as glued syllables. 7: a syllable
    /// read in two joined with either piece's mark ("ĐẢ ẲNG": ĐẢNG), red seals scanned pale whitened,
    /// the mark after VT in "Lưu: VT" as Decree 30 prints it, a star read at up to 90, no mark a
    /// heading, frames on bilevel pages whitened, a hyphen glued between two set phrases cut, a
    /// bilevel PDF page rendered gray and thresholded (pdftoppm's -mono dithers at random). 8: a
    /// page whose lines run across never turned on its side, seal rings found around their true
    /// centre, "Lưu." before the codes read "Lưu:", the foot's columns read apart when the engine took them together.
    /// 9: letters a seal's ring runs along keep their feet, a name line whose given names may bear
    /// another mark read again.
    /// Documents read by an older version are read again, with every later stage, when their
    /// box is ingested again.
    static let version = 9
    static let requires = ["ingest"]
    static let summary = "recognize each page with Tesseract: text, words with boxes and confidences"
    static let eventType = EventType.creation

    struct Options: StageOptions {
        static let keys = ["languages", "force_ocr", "binarization", "engine_image", "deskew", "orientation", "despeckle",
                           "remove_borders", "remove_rules", "drop_seals", "minimum_dpi", "maximum_dpi", "blank_ink_threshold",
                           "page_time_budget", "denoise_threshold"]
        /// Tesseract models, the default first. Use `vie` alone for Vietnamese pages, not
        /// `vie+eng`: the English model strips diacritics from capitals.
        var languages = ["vie", "eng"]
        var preparation = PreparationOptions()
        /// OCR PDF pages that already carry a text layer too (default: keep their text).
        var forceOCR = false

        init() {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            languages = try container.decodeIfPresent([String].self, forKey: .languages) ?? languages
            guard !languages.isEmpty, languages.allSatisfy({ $0.wholeMatch(of: /[a-z_]{3,}(\+[a-z_]{3,})*/) != nil }) else {
                throw DecodingError.dataCorruptedError(forKey: .languages, in: container,
                                                       debugDescription: "give Tesseract language codes such as [vie, eng]")
            }
            forceOCR = try container.decodeIfPresent(Bool.self, forKey: .forceOCR) ?? forceOCR
            var prepare = PreparationOptions()
            prepare.binarization = try container.decodeChoiceIfPresent(PreparationOptions.Binarization.self, forKey: .binarization) ?? prepare.binarization
            prepare.engineImage = try container.decodeChoiceIfPresent(PreparationOptions.EngineImage.self, forKey: .engineImage) ?? prepare.engineImage
            prepare.deskew = try container.decodeIfPresent(Bool.self, forKey: .deskew) ?? prepare.deskew
            prepare.orientation = try container.decodeIfPresent(Bool.self, forKey: .orientation) ?? prepare.orientation
            prepare.despeckle = try container.decodeIfPresent(Bool.self, forKey: .despeckle) ?? prepare.despeckle
            prepare.removeBorders = try container.decodeIfPresent(Bool.self, forKey: .removeBorders) ?? prepare.removeBorders
            prepare.removeRules = try container.decodeIfPresent(Bool.self, forKey: .removeRules) ?? prepare.removeRules
            prepare.dropSeals = try container.decodeIfPresent(Bool.self, forKey: .dropSeals) ?? prepare.dropSeals
            prepare.minimumDPI = try container.decodeIfPresent(Int.self, forKey: .minimumDPI) ?? prepare.minimumDPI
            prepare.maximumDPI = try container.decodeIfPresent(Int.self, forKey: .maximumDPI) ?? prepare.maximumDPI
            guard prepare.maximumDPI == 0 || prepare.maximumDPI >= 300 else {
                throw DecodingError.dataCorruptedError(forKey: .maximumDPI, in: container,
                                                       debugDescription: "a resolution of 300 dpi or more, e.g. 400 (0 keeps every resolution)")
            }
            prepare.blankInkThreshold = try container.decodeIfPresent(Double.self, forKey: .blankInkThreshold) ?? prepare.blankInkThreshold
            prepare.pageTimeBudget = try container.decodeIfPresent(Double.self, forKey: .pageTimeBudget) ?? prepare.pageTimeBudget
            prepare.denoiseThreshold = try container.decodeIfPresent(Double.self, forKey: .denoiseThreshold) ?? prepare.denoiseThreshold
            guard prepare.denoiseThreshold >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .denoiseThreshold, in: container,
                                                       debugDescription: "gray levels of pixel noise, e.g. 25 (0 turns smoothing off)")
            }
            guard prepare.pageTimeBudget > 0 else {
                throw DecodingError.dataCorruptedError(forKey: .pageTimeBudget, in: container, debugDescription: "seconds per page, more than 0")
            }
            guard (0..<0.5).contains(prepare.blankInkThreshold) else {
                throw DecodingError.dataCorruptedError(forKey: .blankInkThreshold, in: container,
                                                       debugDescription: "a share of ink pixels, e.g. 0.0015 (0 turns blank detection off)")
            }
            preparation = prepare
        }

        private enum Key: String, CodingKey {
            case languages, binarization, deskew, orientation, despeckle, forceOCR = "force_ocr", engineImage = "engine_image"
            case removeBorders = "remove_borders", removeRules = "remove_rules", dropSeals = "drop_seals", minimumDPI = "minimum_dpi", maximumDPI = "maximum_dpi"
            case blankInkThreshold = "blank_ink_threshold"
            case pageTimeBudget = "page_time_budget", denoiseThreshold = "denoise_threshold"
        }
    }

    /// ISO 639-1 codes for the catalog.
    static let isoCodes = ["vie": "vi", "eng": "en", "fra": "fr", "rus": "ru", "chi_sim": "zh"]

    let options: Options
    let services: Services

    init(options: Options, services: Services) {
        self.options = options
        self.services = services
    }

    func run(_ document: DocumentState, context: StageContext) async throws -> DocumentState {
        guard let id = document.id else { return document }
        if let encrypted = document.files.first(where: { $0.info.pdf?.encrypted == true }) {
            var state = document
            state.heldBack = "\(encrypted.fileName) is an encrypted PDF: kept as received, not read and never rewritten"
            return state
        }
        let locations = document.pageLocations
        guard let firstLocation = locations.first else { return document }
        let english = options.languages.first { $0 == "eng" }
        let first = try await recognize(document, firstLocation, number: 1, language: options.languages[0], languageIfEnglish: english)
        // A text layer was not read by any model: its language is guessed from its text.
        let textIsEnglish = first.language == PDFTextReader.language && LanguageGuess.guess(first.text).language == .english
        let language = first.language != PDFTextReader.language ? first.language : (textIsEnglish ? english : nil) ?? options.languages[0]
        await context.pageFinished()
        var pages = [first]
        try await withThrowingTaskGroup(of: RecognizedPage.self) { group in
            for (offset, location) in locations.enumerated().dropFirst() {
                group.addTask { try await recognize(document, location, number: offset + 1, language: language) }
            }
            for try await page in group {
                pages.append(page)
                await context.pageFinished()
            }
        }
        pages.sort { $0.number < $1.number }
        let numbered = SectionNumbering.repair(pages.map(\.words))
        for index in pages.indices where !numbered.repairs[index].isEmpty {
            pages[index].words = numbered.pages[index]
            pages[index].text = ReadingOrder.text(of: pages[index].words, pageWidth: pages[index].width)
            pages[index].repairs = (pages[index].repairs ?? []) + numbered.repairs[index]
        }
        let iso = Self.isoCodes[language] ?? language
        try await services.catalog.saveRecognition(documentID: id, pages: pages, language: iso)
        var state = document
        state.pages = pages
        state.language = iso
        state.status = .recognized
        return state
    }

    private func recognize(_ document: DocumentState, _ location: PageLocation, number: Int, language: String,
                           languageIfEnglish: String? = nil) async throws -> RecognizedPage {
        let file = document.files[location.filePosition]
        let dpi = file.info.pages[location.pageInFile].dpi
        let request = PageRequest(url: file.url, location: location, number: number, language: language, dpi: dpi,
                                  preparation: options.preparation, languageIfEnglish: languageIfEnglish)
        if !options.forceOCR, file.info.pdf?.pagesWithText.contains(location.pageInFile) == true {
            return try PDFTextReader.page(request, dpi: dpi ?? 300)
        }
        return try await services.recognizer.recognize(request)
    }

    func eventDetail(for document: DocumentState) -> String {
        let read = document.pages.filter { !$0.isBlank }
        let confidence = read.isEmpty ? 0 : read.map(\.meanConfidence).reduce(0, +) / Double(read.count)
        let blank = document.pages.filter(\.isBlank).count
        return "\(document.pages.count) page(s) recognized\(blank > 0 ? " (\(blank) blank)" : ""), language \(document.language ?? "?"), mean confidence \(Int(confidence.rounded()))"
    }
}
