import Foundation

/// Finds the signature fields of a PDF's interactive form.
enum SignatureFields {
    struct Field {
        let name: String?
        /// The signature dictionary (/V).
        let value: PDFReference
    }

    static func find(in file: PDFFile) throws -> [Field] {
        let catalog = try file.catalog().1
        guard let form = try file.resolve(catalog["AcroForm"]).dictionary else { return [] }
        var found: [Field] = []
        var visited: Set<PDFReference> = []
        func walk(_ items: [PDFObject], inheritedType: String?, prefix: String?) throws {
            for item in items {
                if let reference = item.reference, !visited.insert(reference).inserted { continue }
                guard let field = try file.resolve(item).dictionary else { continue }
                let type = field["FT"]?.name ?? inheritedType
                let partial = field["T"]?.string.map(PDFDate.text)
                let name = [prefix, partial].compactMap { $0 }.joined(separator: ".")
                if type == "Sig", let value = field["V"]?.reference {
                    found.append(Field(name: name.isEmpty ? nil : name, value: value))
                }
                if let kids = try file.resolve(field["Kids"]).array {
                    try walk(kids, inheritedType: type, prefix: name.isEmpty ? nil : name)
                }
            }
        }
        try walk(try file.resolve(form["Fields"]).array ?? [], inheritedType: nil, prefix: nil)
        return found
    }
}
