import ArchivistCore
import Foundation

/// ALTO 4.2 XML (Library of Congress) of a document's pages: Page / PrintSpace / TextBlock /
/// TextLine / String with HPOS, VPOS, WIDTH, HEIGHT in pixels of the page image the engine
/// read (prepared: turned upright, deskewed, upscaled under 200 dpi) and word confidences
/// (WC, 0-1). How the words were made is in Processing elements (ALTO 4 deprecates
/// OCRProcessing): Tesseract with its version, or the text layer a received PDF already had.
public struct ALTODocument: Sendable {
    public static let namespace = "http://www.loc.gov/standards/alto/ns-v4#"

    public var identifier: String
    public var pages: [RecognizedPage]
    /// The scanned files the pages come from, in order.
    public var files: [FileRecord]
    /// ISO 639-1 code of the text, if known.
    public var language: String?
    /// The Tesseract library's version, as TessVersion() gives it.
    public var tesseractVersion: String

    public init(identifier: String, pages: [RecognizedPage], files: [FileRecord], language: String?, tesseractVersion: String) {
        self.identifier = identifier
        self.pages = pages
        self.files = files
        self.language = language
        self.tesseractVersion = tesseractVersion
    }

    public init(detail: DocumentDetail, tesseractVersion: String) {
        self.init(identifier: "document \(detail.summary.id): \(detail.summary.name)", pages: detail.pages, files: detail.files,
                  language: detail.summary.language, tesseractVersion: tesseractVersion)
    }

    /// Pages whose words came from a PDF's own text layer, not from recognition.
    static let pdfTextLanguage = "pdf-text"

    public var xml: String {
        var xml = XMLWriter()
        xml.start("alto", [("xmlns", Self.namespace), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                           ("xsi:schemaLocation", "\(Self.namespace) http://www.loc.gov/standards/alto/v4/alto-4-2.xsd"),
                           ("SCHEMAVERSION", "4.2")])
        writeDescription(into: &xml)
        xml.start("Layout")
        for page in pages { writePage(page, into: &xml) }
        xml.end()
        xml.end()
        return xml.text
    }

    private func writeDescription(into xml: inout XMLWriter) {
        xml.start("Description")
        xml.leaf("MeasurementUnit", "pixel")
        xml.start("sourceImageInformation")
        xml.leaf("fileName", files.count == 1 ? files[0].name : nil)
        for file in files { xml.leaf("fileIdentifier", file.sha256, [("fileIdentifierLocation", "sha256")]) }
        xml.leaf("documentIdentifier", identifier, [("documentIdentifierLocation", "archivist")])
        xml.end()
        let recognized = pages.filter { $0.language != Self.pdfTextLanguage }
        if !recognized.isEmpty {
            xml.start("Processing", [("ID", "ocr")])
            xml.leaf("processingCategory", "contentGeneration")
            xml.leaf("processingStepDescription",
                     "Page preparation with Leptonica (turned upright, deskewed, binarized, upscaled under 200 dpi), then recognition; "
                     + "coordinates are pixels of the prepared page image, origin top left")
            xml.leaf("processingStepSettings", "language: " + Set(recognized.map(\.language)).sorted().joined(separator: ", "))
            xml.start("processingSoftware")
            xml.leaf("softwareName", "Tesseract")
            xml.leaf("softwareVersion", tesseractVersion)
            xml.end()
            xml.end()
        }
        if recognized.count < pages.count {
            xml.start("Processing", [("ID", "pdf-text")])
            xml.leaf("processingCategory", "other")
            xml.leaf("processingStepDescription", "Words read from the text layer the received PDF already had (pdftotext -bbox-layout); not recognized")
            xml.end()
        }
        xml.end()
    }

    private func writePage(_ page: RecognizedPage, into xml: inout XMLWriter) {
        let id = "p\(page.number)"
        xml.start("Page", [("ID", id), ("PHYSICAL_IMG_NR", "\(page.number)"), ("WIDTH", "\(page.width)"), ("HEIGHT", "\(page.height)"),
                           ("PAGECLASS", page.isBlank ? "blank" : nil),
                           ("PROCESSINGREFS", page.language == Self.pdfTextLanguage ? "pdf-text" : "ocr"),
                           ("PC", page.isBlank || page.words.isEmpty ? nil : Self.confidence(page.meanConfidence))])
        if !page.words.isEmpty {
            xml.start("PrintSpace", Self.position(WordRuns.bounds(page.words)))
            for (blockIndex, block) in WordRuns.grouped(page.words, by: \.block).enumerated() {
                let blockID = "\(id)_b\(blockIndex + 1)"
                xml.start("TextBlock", [("ID", blockID)] + Self.position(WordRuns.bounds(block)) + [("LANG", language)])
                for (lineIndex, line) in WordRuns.grouped(block, by: \.line).enumerated() {
                    let lineID = "\(blockID)_l\(lineIndex + 1)"
                    xml.start("TextLine", [("ID", lineID)] + Self.position(WordRuns.bounds(line)))
                    for (wordIndex, word) in line.enumerated() {
                        if wordIndex > 0 { xml.empty("SP") }
                        xml.empty("String", [("ID", "\(lineID)_w\(wordIndex + 1)"), ("CONTENT", word.text)] + Self.position(word.box)
                                  + [("WC", Self.confidence(word.confidence))])
                    }
                    xml.end()
                }
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private static func position(_ box: PixelBox) -> [(String, String?)] {
        [("HPOS", "\(box.left)"), ("VPOS", "\(box.top)"), ("WIDTH", "\(max(box.right - box.left, 0))"),
         ("HEIGHT", "\(max(box.bottom - box.top, 0))")]
    }

    /// An engine confidence (0-100) as ALTO's 0-1.
    private static func confidence(_ value: Double) -> String {
        String(format: "%.2f", min(max(value / 100, 0), 1))
    }
}
