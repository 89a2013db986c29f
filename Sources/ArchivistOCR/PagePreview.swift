import ArchivistCore
import CLeptonica
import Foundation

/// What the engine reads of a page: the page prepared exactly as for OCR, written as PNG, so
/// that an archivist can see why a page reads badly and tune the `ocr` options.
public enum PagePreview {
    public static func write(_ request: PageRequest, to output: URL) throws -> PagePreparation {
        var request = request
        request.preparation = request.preparation ?? PreparationOptions()
        let prepared = try PreparedPage(request)
        guard let preparation = prepared.preparation, pixWrite(output.path, prepared.image.pointer, Int32(IFF_PNG)) == 0 else {
            throw RecognitionError.engineFailed(path: output.path, page: request.number,
                                                reason: "Leptonica could not write the prepared page there; check the folder exists and is writable")
        }
        return preparation
    }
}
