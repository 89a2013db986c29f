import ArchivistCore
import Foundation

/// A document's canonical record, sealed by a detached signature: what the document is (its
/// files and derived PDFs by SHA-256) and what was read from it. JSON with sorted keys, NFC.
struct MetadataRecord: Encodable {
    struct File: Encodable {
        var name: String
        var sha256: String
        var pages: Int
    }

    var document: String
    var fonds: String?
    var files: [File]
    var searchablePDF: String
    var signedPDF: String
    var metadata: DocumentMetadata?

    init(document: DocumentState, pdf: StoredObject, signedPDF: StoredObject) {
        self.document = document.name
        fonds = document.provenance.fonds
        files = document.files.map { File(name: $0.fileName, sha256: $0.sha256 ?? "", pages: $0.info.pages.count) }
        searchablePDF = pdf.sha256
        self.signedPDF = signedPDF.sha256
        metadata = document.metadata
    }

    func canonicalJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(self), as: UTF8.self)
        return Data(json.precomposedStringWithCanonicalMapping.utf8)
    }
}
