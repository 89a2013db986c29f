import ArchivistCore
import ArchivistMetadata
import Foundation

/// The samples' real Tesseract output (v2 pipeline: binarized, deskewed, upright, reading
/// order; `pages` of the DocumentDetail JSON) and truth, copied under Fixtures/.
enum Fixtures {
    struct OCRDocument: Decodable {
        var name: String
        var pages: [RecognizedPage]
    }

    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    static func truth() throws -> [TruthRecord] {
        try TruthRecord.records(jsonl: String(decoding: data("truth.jsonl"), as: UTF8.self))
    }

    /// Every OCR fixture, keyed by the truth id ("box-01/nq-15-tu").
    static func ocrDocuments() throws -> [String: [RecognizedPage]] {
        let decoder = JSONDecoder()
        var documents: [String: [RecognizedPage]] = [:]
        for record in try truth() {
            let file = "ocr-" + (record.id.split(separator: "/").last.map(String.init) ?? record.id) + ".json"
            let document = try decoder.decode(OCRDocument.self, from: data(file))
            documents[document.name] = document.pages
        }
        return documents
    }
}
