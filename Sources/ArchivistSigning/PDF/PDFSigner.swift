import Foundation

/// Signs PDFs with PAdES baseline signatures (B-B, or B-T with a timestamp
/// authority) by incremental update: earlier revisions and signatures stay intact.
public struct PDFSigner: Sendable {
    public let identity: SigningIdentity
    public var timestampAuthority: TimestampAuthority?
    /// Bytes reserved for the CMS in /Contents (written as twice as many hex digits).
    public var reservedSignatureBytes: Int
    /// The agency name and signing time at the top right of page 1; nil signs invisibly.
    public var visibleMark: VisibleMark?

    public init(identity: SigningIdentity, timestampAuthority: TimestampAuthority? = nil, reservedSignatureBytes: Int = 8_192,
                visibleMark: VisibleMark? = nil) {
        self.identity = identity
        self.timestampAuthority = timestampAuthority
        self.reservedSignatureBytes = reservedSignatureBytes
        self.visibleMark = visibleMark
    }

    /// Optional words shown by PDF readers beside the signature.
    public struct Details: Sendable {
        public var reason: String?
        public var location: String?
        public var contactInfo: String?

        public init(reason: String? = nil, location: String? = nil, contactInfo: String? = nil) {
            self.reason = reason
            self.location = location
            self.contactInfo = contactInfo
        }
    }

    /// Returns `pdf` with one more signature: a signature field on page 1, invisible unless
    /// `visibleMark` is set, whose lines then show `time` (as /M does, to the second).
    /// Throws `IdentityError` (signing nothing) when the identity cannot sign at `time`.
    public func sign(_ pdf: Data, details: Details = Details(), at time: Date = Date()) async throws -> Data {
        try identity.check(at: time)  // an unusable identity signs nothing
        let file = try PDFFile(pdf)
        guard file.trailer["Encrypt"] == nil else { throw PDFError.encrypted }
        var update = try IncrementalUpdate(file: file)
        let signatureReference = update.allocate()
        let fieldReference = update.allocate()
        let (pageReference, page) = try file.firstPage()
        let fieldName = try addField(fieldReference, to: file, update: &update)
        try addWidget(fieldReference, to: page, at: pageReference, file: file, update: &update)
        var widget = PDFDictionary([
            "Type": .name("Annot"), "Subtype": .name("Widget"), "FT": .name("Sig"),
            "T": PDFSerializer.textString(fieldName), "V": .reference(signatureReference),
            "F": .integer(132), "Rect": .array([.integer(0), .integer(0), .integer(0), .integer(0)]),  // Print + Locked
            "P": .reference(pageReference),
        ])
        if let visibleMark {
            let appearance = try MarkAppearance(mark: visibleMark, lines: visibleMark.lines(signer: identity.certificate, time: time))
            let (rect, form) = try appearance.write(into: &update, on: try PageGeometry(page: page, in: file))
            widget["Rect"] = rect
            widget["AP"] = .dictionary(PDFDictionary(["N": .reference(form)]))
        }
        update.set(fieldReference, .dictionary(widget))
        update.set(signatureReference, raw: signatureDictionary(details: details, time: time))
        var (output, offsets) = update.assemble()
        let placeholder = try SignaturePlaceholder(in: output, from: offsets[signatureReference] ?? 0)
        placeholder.writeByteRange(into: &output)
        let signed = try await CMSSigner(identity: identity).signature(
            over: Data(output[placeholder.coveredBefore]) + Data(output[placeholder.coveredAfter(fileLength: output.count)]),
            signingTime: nil, timestampAuthority: timestampAuthority)
        try placeholder.writeContents(signed, into: &output)
        return Data(output)
    }

    /// Adds the field to the AcroForm (made indirect if needed), keeping existing
    /// fields; returns a field name not yet used ("Signature1", "Signature2", …).
    private func addField(_ field: PDFReference, to file: PDFFile, update: inout IncrementalUpdate) throws -> String {
        var (catalogReference, catalog) = try file.catalog()
        let existing = catalog["AcroForm"]
        var form = try file.resolve(existing).dictionary ?? PDFDictionary()
        form.spans = [:]
        var fields = try file.resolve(form["Fields"]).array ?? []
        let names = Set(try fields.compactMap { try file.resolve($0).dictionary?["T"]?.string })
        let name = (1...).lazy.map { "Signature\($0)" }.first { !names.contains(Data($0.utf8)) }!
        fields.append(.reference(field))
        form["Fields"] = .array(fields)
        form["SigFlags"] = .integer(3)
        if let formReference = existing?.reference {
            update.set(formReference, .dictionary(form))
        } else {
            let formReference = update.allocate()
            update.set(formReference, .dictionary(form))
            catalog["AcroForm"] = .reference(formReference)
            update.set(catalogReference, .dictionary(catalog))
        }
        return name
    }

    private func addWidget(_ widget: PDFReference, to page: PDFDictionary, at reference: PDFReference,
                           file: PDFFile, update: inout IncrementalUpdate) throws {
        var page = page
        var annotations = try file.resolve(page["Annots"]).array ?? []
        annotations.append(.reference(widget))
        page["Annots"] = .array(annotations)
        update.set(reference, .dictionary(page))
    }

    /// The signature dictionary with a fixed-width /ByteRange and a zeroed /Contents.
    private func signatureDictionary(details: Details, time: Date) -> [UInt8] {
        var dictionary = PDFDictionary([
            "Type": .name("Sig"), "Filter": .name("Adobe.PPKLite"), "SubFilter": .name("ETSI.CAdES.detached"),
            "M": .string(Data(Self.pdfDate(time).utf8)),
        ])
        if let reason = details.reason { dictionary["Reason"] = PDFSerializer.textString(reason) }
        if let location = details.location { dictionary["Location"] = PDFSerializer.textString(location) }
        if let contact = details.contactInfo { dictionary["ContactInfo"] = PDFSerializer.textString(contact) }
        var output = PDFSerializer.bytes(.dictionary(dictionary))
        output.removeLast(2)  // ">>"
        output += Array("/ByteRange \(SignaturePlaceholder.byteRangeBlank)\n/Contents <".utf8)
        output += [UInt8](repeating: UInt8(ascii: "0"), count: reservedSignatureBytes * 2)
        output += Array(">\n>>".utf8)
        return output
    }

    /// "D:20250131093000Z": a PDF date in UTC.
    static func pdfDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "'D:'yyyyMMddHHmmss'Z'"
        return formatter.string(from: date)
    }
}
