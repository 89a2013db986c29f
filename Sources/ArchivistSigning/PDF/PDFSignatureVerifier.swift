import Foundation

/// Verifies every signature in any PDF: byte-range coverage (the whole file, or a
/// whole earlier revision, except exactly the /Contents string), the CMS over the
/// covered bytes, and the signer's chain to the trust anchors.
public struct PDFSignatureVerifier: Sendable {
    public let trustAnchors: TrustAnchors
    /// When certificates must be valid; nil means now.
    public var validationTime: Date?
    static let supportedSubFilters: Set = ["ETSI.CAdES.detached", "adbe.pkcs7.detached"]

    public init(trustAnchors: TrustAnchors, validationTime: Date? = nil) {
        self.trustAnchors = trustAnchors
        self.validationTime = validationTime
    }

    /// One report per signature field with a value, in field order; empty when the
    /// PDF is unsigned. Throws only when the file is not a readable PDF.
    public func verify(_ pdf: Data) throws -> [PDFSignatureReport] {
        let file = try PDFFile(pdf)
        let fields = try SignatureFields.find(in: file)
        return try fields.map { try verify($0, in: file) }
    }

    private func verify(_ field: SignatureFields.Field, in file: PDFFile) throws -> PDFSignatureReport {
        var problems: [String] = []
        var dictionary = PDFDictionary()
        var contentsSpan: Range<Int>?
        if let offset = file.offset(of: field.value), let parsed = try? file.objectWithOffset(at: offset).object.dictionary {
            dictionary = parsed
            contentsSpan = parsed.spans["Contents"]
        } else if let resolved = try? file.resolve(.reference(field.value)).dictionary {
            dictionary = resolved
            problems.append("the signature dictionary is not a plain object in the file, so its /Contents cannot be located")
        } else {
            problems.append("the signature dictionary \(field.value.number) 0 R is missing")
        }
        let subFilter = dictionary["SubFilter"]?.name
        if let subFilter, !Self.supportedSubFilters.contains(subFilter) {
            problems.append("unsupported /SubFilter /\(subFilter)")
        }
        let byteRange = try file.resolve(dictionary["ByteRange"]).array
        let coverage = ByteRangeCoverage.judge(byteRange, contents: contentsSpan, fileLength: file.bytes.count,
                                               revisionEnds: file.revisionEnds)
        if case .invalid(let reason) = coverage { problems.append("coverage: \(reason)") }
        var cms: CMSVerification?
        if let signature = dictionary["Contents"]?.string, signature.allSatisfy({ $0 == 0 }) {
            problems.append("the field was prepared but never signed (/Contents is all zeros)")
        } else if let signature = dictionary["Contents"]?.string, let covered = Self.coveredBytes(byteRange, in: file.bytes) {
            let verifier = CMSSignatureVerifier(trustAnchors: trustAnchors, validationTime: validationTime)
            do {
                let result = try covered.withUnsafeBytes { try verifier.verify(signature: signature, content: $0) }
                cms = result
                if !result.isIntact { problems.append("integrity: the signed bytes or the signature were changed (\(result.integrityProblem ?? "digest mismatch"))") }
                if let trust = result.trustProblem { problems.append("trust: \(trust)") }
            } catch {
                problems.append("the /Contents is not a readable CMS signature (\(error))")
            }
        } else if dictionary["Contents"] == nil {
            problems.append("the signature has no /Contents")
        }
        return PDFSignatureReport(fieldName: field.name, subFilter: subFilter, coverage: coverage, cms: cms,
                                  claimedSigningTime: dictionary["M"]?.string.flatMap(PDFDate.parse),
                                  problems: problems)
    }

    /// The bytes the /ByteRange names, joined in one copy, when every range lies inside the file.
    static func coveredBytes(_ byteRange: [PDFObject]?, in bytes: [UInt8]) -> [UInt8]? {
        guard let numbers = byteRange?.compactMap(\.integer), numbers.count >= 2, numbers.count % 2 == 0 else { return nil }
        var ranges: [Range<Int>] = []
        for pair in stride(from: 0, to: numbers.count, by: 2) {
            let (start, length) = (numbers[pair], numbers[pair + 1])
            guard start >= 0, length >= 0, start <= bytes.count, length <= bytes.count - start else { return nil }
            ranges.append(start..<start + length)
        }
        var covered: [UInt8] = []
        covered.reserveCapacity(ranges.reduce(0) { $0 + $1.count })
        for range in ranges { covered.append(contentsOf: bytes[range]) }
        return covered
    }
}
