import ArchivistCore
import ArchivistMetadata

/// A page decoded and prepared once for every engine of a worker that reads it.
struct PreparedPage {
    var image: PixImage
    var dpi: Int
    var preparation: PagePreparation?

    init(_ request: PageRequest) throws {
        let loaded = try PageImageLoader.load(request)
        guard let options = request.preparation else {
            (image, dpi) = (loaded.image, loaded.dpi ?? PageImageLoader.estimatedDPI(width: loaded.image.width))
            return
        }
        let prepared = PagePreparer.prepare(loaded.image, dpi: loaded.dpi, options: options)
        (image, dpi, preparation) = (prepared.image, prepared.preparation.preparedDPI, prepared.preparation)
        preparation?.sealsDropped = loaded.sealsDropped
    }
}

extension PageRequest {
    /// The English model to read the page with again, when `text` (its first read) is plainly
    /// English and the request names one.
    func englishReading(of text: String) -> String? {
        guard let english = languageIfEnglish, english != language, LanguageGuess.guess(text).language == .english else { return nil }
        return english
    }
}
