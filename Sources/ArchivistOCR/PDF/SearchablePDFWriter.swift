import ArchivistCore
import Foundation

/// Writes one document as a two-layer PDF: each page's original image at its own resolution,
/// under an invisible OCR text layer. Built to PDF/A-2b by construction (XMP with pdfaid,
/// sRGB OutputIntent, CMYK images under an ICC profile, embedded font, file ID, no encryption),
/// not validated here.
public struct SearchablePDFWriter: Sendable {
    public var title: String
    public var producer: String
    public var created: Date
    /// Gray and colour pages that are not JPEG already are stored as JPEG of this quality;
    /// nil stores them losslessly (flate). Bilevel pages stay G4, JPEG pages pass through.
    public var grayJPEGQuality: Int?
    /// How JPEG pages are written: their coefficients always kept, their coding copied or re-done.
    public var jpegRecoding: JPEGRecoding

    public init(title: String, producer: String = "Archivist", created: Date = Date(), grayJPEGQuality: Int? = nil,
                jpegRecoding: JPEGRecoding = .copied) {
        self.title = title
        self.producer = producer
        self.created = created
        self.grayJPEGQuality = grayJPEGQuality
        self.jpegRecoding = jpegRecoding
    }

    /// Builds the PDF in memory.
    public func render(_ pages: [SearchablePDFPage]) throws -> SearchablePDF {
        guard !pages.isEmpty else { throw SearchablePDFError.noPages(title: title) }
        var pdf = PDFObjectWriter()
        var profiles: [Data: Int] = [:]
        let catalog = pdf.reserve(), pageTree = pdf.reserve(), info = pdf.reserve()
        let title = String(String.UnicodeScalarView(title.unicodeScalars.filter { $0.value >= 0x20 }))
        let metadata = PDFAMetadata(title: title, producer: producer, creator: producer, created: created)
        try writeDocumentObjects(&pdf, catalog: catalog, pageTree: pageTree, info: info, metadata: metadata, profiles: &profiles)
        let font = pdf.reserve()
        let pageNumbers = pages.map { _ in pdf.reserve() }
        var storage: [PDFImageStorage] = []
        var notes: [String] = []
        for (page, number) in zip(pages, pageNumbers) {
            let image = try writePage(page, number: number, parent: pageTree, font: font, into: &pdf, profiles: &profiles)
            storage.append(image.storage)
            if let note = image.note {
                notes.append("\(page.source.path): page \(page.pageInFile + 1) (document page \(page.recognized.number)): \(note)")
            }
        }
        let used = pages.flatMap { $0.recognized.words.flatMap { $0.text.precomposedStringWithCanonicalMapping.utf16 } }
        try writeFont(&pdf, number: font, usedCodeUnits: Set(used))
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        pdf.write(pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        do {
            let data = try pdf.finish(root: catalog, info: info, fileID: FileIdentifier.make(pdf.bytes))
            return SearchablePDF(data: data, imageStorage: storage, notes: notes)
        } catch let error as PDFAssemblyError {
            throw SearchablePDFError.assemblyFailed(title: title, reason: error.reason)
        }
    }

    /// Builds the PDF and writes it atomically to `url`.
    @discardableResult
    public func write(_ pages: [SearchablePDFPage], to url: URL) throws -> SearchablePDF {
        let pdf = try render(pages)
        do {
            try pdf.data.write(to: url, options: .atomic)
        } catch {
            throw SearchablePDFError.writeFailed(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return pdf
    }

    private func writeDocumentObjects(_ pdf: inout PDFObjectWriter, catalog: Int, pageTree: Int, info: Int,
                                      metadata: PDFAMetadata, profiles: inout [Data: Int]) throws {
        let xmp = pdf.reserve()
        let profile = try profileObject(SRGBProfile.bytes, components: 3, in: &pdf, profiles: &profiles)
        let intent = "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier \(PDFSyntax.literal(SRGBProfile.description)) "
            + "/Info \(PDFSyntax.literal(SRGBProfile.description)) /DestOutputProfile \(profile) 0 R >>"
        pdf.write(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R /Metadata \(xmp) 0 R /OutputIntents [\(intent)] >>")
        pdf.write(info, metadata.infoDictionary)
        pdf.writeStream(xmp, "/Type /Metadata /Subtype /XML", data: metadata.xmp)
    }

    /// The object number of an ICC profile's stream, written (flate) the first time it is used:
    /// a scanner's profile on every page of a document is stored once.
    private func profileObject(_ profile: Data, components: Int, in pdf: inout PDFObjectWriter,
                               profiles: inout [Data: Int]) throws -> Int {
        if let number = profiles[profile] { return number }
        let number = pdf.reserve()
        pdf.writeStream(number, "/N \(components) /Filter /FlateDecode", data: try compressed(profile, what: "an ICC profile"))
        profiles[profile] = number
        return number
    }

    /// Writes the glyphless Type0 font as object `type0`, mapping back the code units used.
    private func writeFont(_ pdf: inout PDFObjectWriter, number type0: Int, usedCodeUnits: Set<UInt16>) throws {
        let cidFont = pdf.reserve(), descriptor = pdf.reserve()
        let file = pdf.reserve(), glyphMap = pdf.reserve(), toUnicode = pdf.reserve()
        let name = GlyphlessFont.name
        pdf.write(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H "
            + "/DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        pdf.write(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name) "
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            + "/FontDescriptor \(descriptor) 0 R /CIDToGIDMap \(glyphMap) 0 R /DW \(GlyphlessFont.glyphWidth) >>")
        pdf.write(descriptor, "<< /Type /FontDescriptor /FontName /\(name) /Flags 5 /FontBBox [0 0 \(GlyphlessFont.glyphWidth) 1000] "
            + "/ItalicAngle 0 /Ascent 1000 /Descent -1 /CapHeight 1000 /StemV 80 /FontFile2 \(file) 0 R >>")
        pdf.writeStream(file, "/Filter /FlateDecode /Length1 \(GlyphlessFont.trueType.count)",
                        data: try compressed(GlyphlessFont.trueType, what: "the font"))
        pdf.writeStream(glyphMap, "/Filter /FlateDecode", data: try compressed(GlyphlessFont.cidToGlyphMap, what: "the CID map"))
        pdf.writeStream(toUnicode, "/Filter /FlateDecode",
                        data: try compressed(Data(GlyphlessFont.toUnicodeCMap(usedCodeUnits: usedCodeUnits).utf8),
                                             what: "the ToUnicode map"))
    }

    private func writePage(_ page: SearchablePDFPage, number: Int, parent: Int, font: Int,
                           into pdf: inout PDFObjectWriter, profiles: inout [Data: Int]) throws -> PDFPageImage {
        let path = page.source.path
        func unreadable(_ reason: String) -> SearchablePDFError {
            .unreadablePage(path: path, page: page.pageInFile + 1, documentPage: page.recognized.number, reason: reason)
        }
        guard page.dpi > 0 else { throw unreadable("its resolution is \(page.dpi) dpi") }
        let image: PDFPageImage
        do {
            image = try PDFImageEncoding.image(from: page.source, page: page.pageInFile, dpi: page.dpi, jpegQuality: grayJPEGQuality,
                                               jpegRecoding: jpegRecoding)
        } catch let error as PDFAssemblyError {
            throw unreadable(error.reason)
        } catch {
            throw unreadable((error as NSError).localizedDescription)
        }
        let frame = PageFrame(page: page, imageWidth: image.width, imageHeight: image.height)
        let text = PDFTextLayer(words: page.recognized.words, scaleX: frame.wordScaleX, scaleY: frame.wordScaleY,
                                pointsPerPixel: frame.pointsPerWordPixel, pageHeight: frame.height)
        let w = PDFSyntax.number(frame.width), h = PDFSyntax.number(frame.height)
        let content = "q \(frame.imageMatrix) cm /Im1 Do Q\n" + text.operators(font: "F1")
        let colorSpace: String
        switch image.color {
        case .device(let name): colorSpace = name
        case .iccBased(let profile, let components):
            let number = try profileObject(profile, components: components, in: &pdf, profiles: &profiles)
            colorSpace = "[/ICCBased \(number) 0 R]"
        }
        let imageObject = pdf.reserve(), contentObject = pdf.reserve()
        pdf.writeStream(imageObject, "/Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) "
                        + "/ColorSpace \(colorSpace) \(image.entries)", data: image.data)
        pdf.writeStream(contentObject, "/Filter /FlateDecode", data: try compressed(Data(content.utf8), what: "page text"))
        pdf.write(number, "<< /Type /Page /Parent \(parent) 0 R /MediaBox [0 0 \(w) \(h)] "
            + "/Resources << /XObject << /Im1 \(imageObject) 0 R >> /Font << /F1 \(font) 0 R >> >> "
            + "/Contents \(contentObject) 0 R >>")
        return image
    }

    private func compressed(_ data: Data, what: String) throws -> Data {
        guard let output = Flate.compress(data) else {
            throw SearchablePDFError.assemblyFailed(title: title, reason: "zlib could not compress \(what)")
        }
        return output
    }
}
