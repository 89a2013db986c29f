import ArchivistCore
import ArchivistMetadata
import CLeptonica
import CTesseract
import Foundation

/// Owns one TessBaseAPI for one language. Not thread-safe: a worker thread creates it and is
/// the only one to use it, for every page it reads.
final class TesseractEngine {
    let handle: OpaquePointer
    let language: String
    /// An engine of another model (English) that reads the date line a second time: its
    /// errors on a glyph are not this model's (an italic 8 that `vie` reads 6 on a clean page
    /// at 96, `eng` reads 8). Nil reads it again with this engine.
    var dateWitness: TesseractEngine?
    /// Seconds this engine has spent reading regions again (lines, blocks), all pages together.
    var secondReadSeconds = 0.0

    init(language: String, dataPath: String?) throws {
        guard let handle = TessBaseAPICreate() else {
            throw RecognitionError.languageUnavailable(language: language, reason: "TessBaseAPICreate failed")
        }
        self.handle = handle
        self.language = language
        // Tesseract writes diagnostics to stderr unless told otherwise.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        // On failure deinit still runs (every property is set) and frees the handle.
        guard TessBaseAPIInit3(handle, dataPath, language) == 0 else {
            throw RecognitionError.languageUnavailable(language: language, reason: "no traineddata found in \(dataPath ?? "the default tessdata folder")")
        }
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        // The fixed-pitch test serves only the legacy engine: about 3% of a page's time, the
        // same text without it.
        _ = TessBaseAPISetVariable(handle, "textord_disable_pitch_test", "1")
        // The C API defaults to one uniform block (PSM 6); documents need layout analysis.
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// A page's read as layout analysis gave it, before the lines and regions read again.
    struct PageRead {
        var words: [RecognizedWord]
        var confidence: Double
        var seconds: Double

        /// The words in reading order, for a first look at the page's language.
        func text(pageWidth: Int) -> String { ReadingOrder.text(of: words, pageWidth: pageWidth) }
    }

    /// Reads a page prepared for the engines of this worker, then completes the read.
    func recognize(_ page: inout PreparedPage, _ request: PageRequest) throws -> RecognizedPage {
        completed(try read(&page, request), page: page, request: request)
    }

    /// The page read once (nothing for a blank page). A page that reads poorly and was not
    /// turned is tried upside down; when that reads far better, `page` stays turned.
    func read(_ page: inout PreparedPage, _ request: PageRequest) throws -> PageRead {
        if page.preparation?.blank == true { return PageRead(words: [], confidence: 0, seconds: 0) }
        var result = try read(page.image, dpi: page.dpi, request: request)
        // Layout statistics can miss an upside-down page; the engine's confidence does not.
        if let options = request.preparation, options.orientation, page.preparation?.rotation == 0,
           result.confidence < Self.doubtfulConfidence, let turned = PixImage(taking: pixRotate180(nil, page.image.pointer)) {
            let second = try read(turned, dpi: page.dpi, request: request)
            if second.confidence > result.confidence + 15 {
                (page.image, result) = (turned, second)
                page.preparation?.rotation = 180
            }
            result.seconds += second.seconds
        }
        return result
    }

    /// The page as recognized: its read with what the first read missed or got wrong read again
    /// and repaired. The engine's time reading parts of the page again counts as recognizing it.
    func completed(_ read: PageRead, page: PreparedPage, request: PageRequest) -> RecognizedPage {
        let secondReads = { self.secondReadSeconds + (self.dateWitness?.secondReadSeconds ?? 0) }
        let before = secondReads()
        let (words, repairs) = page.preparation?.blank == true ? ([], nil) : completed(read.words, image: page.image, dpi: page.dpi)
        var recognized = RecognizedPage(number: request.number, location: request.location, width: page.image.width,
                                        height: page.image.height, dpi: page.dpi, language: language,
                                        text: ReadingOrder.text(of: words, pageWidth: page.image.width), meanConfidence: read.confidence,
                                        words: words, recognizeSeconds: read.seconds + secondReads() - before, preparation: page.preparation)
        recognized.repairs = repairs
        return recognized
    }

    /// The words with what layout analysis dropped read back (a lone page number, lines under a
    /// seal) or got wrong read again (the foot's columns, one line made two, two lines made one) and, on Vietnamese
    /// pages, the date, number and issuer lines read twice, a name line whose given names may bear
    /// another mark read again, the Party star and tone marks inside set phrases repaired.
    private func completed(_ read: [RecognizedWord], image: PixImage, dpi: Int) -> (words: [RecognizedWord], repairs: [String]?) {
        let foot = rereadFootColumns(on: image, dpi: dpi, words: read)
        var words = foot.words
        if let number = pageNumber(on: image, dpi: dpi, words: words) {
            words.insert(number, at: number.box.top < image.height / 2 ? 0 : words.endIndex)
        }
        let doubled = rereadDoubledLines(on: image, dpi: dpi, words: words)
        let unread = readUnreadInk(on: image, dpi: dpi, words: doubled.words)
        words = unread.words
        let found = foot.repairs + doubled.repairs + unread.repairs
        guard language.split(separator: "+").contains("vie") else { return (words, found.isEmpty ? nil : found) }
        let merged = rereadMergedWords(on: image, dpi: dpi, words: words)
        let regions = rereadMergedRegions(on: image, dpi: dpi, words: merged.words)
        words = rereadDate(on: image, dpi: dpi, words: regions.words, witness: dateWitness)
        words = rereadIssuerLines(on: image, dpi: dpi, words: rereadNumber(on: image, dpi: dpi, words: words))
        let star = PartyAsterisk.restore(words, pageHeight: image.height, dpi: dpi)
        let lost = lostPartyStar(on: image, dpi: dpi, words: star.words)
        let names = rereadNameLines(on: image, dpi: dpi, words: lost.words)
        let phrases = PageTextRepair.standard.repair(names.words)
        return (phrases.words, found + merged.repairs + regions.repairs + names.repairs + phrases.repairs + [star.repair, lost.repair].compactMap { $0 })
    }

    /// Mean word confidence under which a page that was not turned is tried upside down.
    static let doubtfulConfidence = 60.0

    private func read(_ image: PixImage, dpi: Int, request: PageRequest) throws -> PageRead {
        let started = Date()
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
        defer { TessBaseAPIClear(handle) }
        // The deadline stops recognition but not layout analysis, which can overrun it: the
        // elapsed time is checked again afterwards. In a worker process (OCRWorkerPool) the
        // parent also kills the worker once the whole page is over its budget.
        let budget = request.timeBudget
        let monitor = TessMonitorCreate()
        defer { TessMonitorDelete(monitor) }
        TessMonitorSetDeadlineMSecs(monitor, Int32(min(budget * 1000, Double(Int32.max))))
        let status = TessBaseAPIRecognize(handle, monitor)
        let elapsed = Date().timeIntervalSince(started)
        if elapsed > budget {
            throw RecognitionError.overBudget(path: request.url.path, page: request.number, seconds: elapsed, budget: budget)
        }
        guard status == 0 else {
            throw RecognitionError.engineFailed(path: request.url.path, page: request.number, reason: "TessBaseAPIRecognize returned an error")
        }
        let words = readWords(dpi: dpi)
        return PageRead(words: words, confidence: Double(TessBaseAPIMeanTextConf(handle)), seconds: Date().timeIntervalSince(started))
    }

    /// The words read, without "words" smaller than any letter (under 1/40 inch both ways): a
    /// speck the engine took for a letter.
    func readWords(dpi: Int) -> [RecognizedWord] {
        let smallest = max(dpi / 40, 2)
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let page = TessResultIteratorGetPageIterator(iterator)
        var words: [RecognizedWord] = []
        var block = 0, line = 0
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_BLOCK) != 0 { block += 1 }
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 { line += 1 }
            let text = takeText(TessResultIteratorGetUTF8Text(iterator, RIL_WORD))
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard !text.allSatisfy(\.isWhitespace), TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0,
                  Int(right - left) >= smallest || Int(bottom - top) >= smallest else { continue }
            words.append(RecognizedWord(text: text, confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD)),
                                        box: PixelBox(left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom)),
                                        block: block, line: line))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }

    /// Copies a string Tesseract allocated, frees it, and normalizes it to NFC.
    private func takeText(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { TessDeleteText(pointer) }
        return String(cString: pointer).precomposedStringWithCanonicalMapping
    }
}
