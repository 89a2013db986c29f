import Foundation

/// The document's identity written twice, as PDF/A requires them to agree: the /Info
/// dictionary and the XMP packet (with pdfaid part 2, conformance B).
struct PDFAMetadata {
    var title: String
    var producer: String
    var creator: String
    var created: Date

    var infoDictionary: String {
        let date = PDFSyntax.date(created)
        return "<< /Title \(PDFSyntax.textString(title)) /Producer \(PDFSyntax.textString(producer)) "
            + "/Creator \(PDFSyntax.textString(creator)) /CreationDate (\(date)) /ModDate (\(date)) >>"
    }

    /// The XMP packet, UTF-8, to be stored uncompressed.
    var xmp: Data {
        let date = PDFSyntax.xmpDate(created)
        let packet = """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
           <pdfaid:part>2</pdfaid:part>
           <pdfaid:conformance>B</pdfaid:conformance>
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escaped(title))</rdf:li></rdf:Alt></dc:title>
           <xmp:CreateDate>\(date)</xmp:CreateDate>
           <xmp:ModifyDate>\(date)</xmp:ModifyDate>
           <xmp:MetadataDate>\(date)</xmp:MetadataDate>
           <xmp:CreatorTool>\(escaped(creator))</xmp:CreatorTool>
           <pdf:Producer>\(escaped(producer))</pdf:Producer>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
        return Data(packet.utf8)
    }

    /// XML text: control characters (which XML cannot hold) dropped, markup characters escaped.
    private func escaped(_ text: String) -> String {
        String(String.UnicodeScalarView(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.value >= 0x20 }))
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
