import Foundation

/// pyHanko and pdfsig, run on a signed PDF written into `directory`.
enum OutsideJudges {
    static let hasPyHanko = Tool.isInstalled("pyhanko")
    static let hasPdfsig = Tool.isInstalled("pdfsig")
    static let hasQpdf = Tool.isInstalled("qpdf")
    static let hasPdffonts = Tool.isInstalled("pdffonts")
    static let hasPdftotext = Tool.isInstalled("pdftotext")

    /// pyHanko's pretty-printed validation, and whether every one of `signatures`
    /// signatures was judged valid, sound and trusted.
    static func pyHanko(_ pdf: URL, trust root: URL, signatures: Int) throws -> (accepted: Bool, output: String) {
        let result = try Tool.run("pyhanko", ["sign", "validate", "--pretty-print", "--trust", root.path, "--trust-replace",
                                              "--no-revocation-check", pdf.path])
        let text = result.output
        let accepted = result.succeeded
            && occurrences("The signature is judged VALID.", in: text) == signatures
            && occurrences("The signature is cryptographically sound.", in: text) == signatures
            && occurrences("The signer's certificate is trusted.", in: text) == signatures
            && !text.contains("INVALID")
        return (accepted, text)
    }

    /// pdfsig's report, and whether every signature is valid and the last covers the whole file.
    static func pdfsig(_ pdf: URL, signatures: Int) throws -> (accepted: Bool, output: String) {
        let text = try Tool.run("pdfsig", [pdf.path]).output
        let lastSignature = text.components(separatedBy: "Signature #\(signatures):").last ?? ""
        let accepted = occurrences("Signature is Valid.", in: text) == signatures
            && lastSignature.contains("Total document signed")
            && !lastSignature.contains("Not total document signed")
        return (accepted, text)
    }

    static func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}
