import ArchivistCore

/// Why a signing identity cannot be used. Never carries key material or passwords.
public enum IdentityError: ArchivistError, Equatable {
    case unreadable(path: String, reason: String)
    case corruptPKCS12(source: String)
    case wrongPassword(source: String)
    case noPrivateKey(source: String)
    case noCertificate
    case unreadableKey(source: String)
    case keyDoesNotMatchCertificate(subject: String)
    case expired(subject: String, notAfter: String)
    case notYetValid(subject: String, notBefore: String)
    case notForSigning(subject: String)
    case unsupportedKey(summary: String)

    public var problem: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read (\(reason))."
        case .corruptPKCS12(let source): "\(source): not a readable PKCS#12 file (damaged or another format)."
        case .wrongPassword(let source): "\(source): the PKCS#12 password is wrong."
        case .noPrivateKey(let source): "\(source): holds no private key."
        case .noCertificate: "No certificate found in the PEM text."
        case .unreadableKey(let source): "\(source): not a readable private key (PEM, unencrypted)."
        case .keyDoesNotMatchCertificate(let subject): "The private key does not belong to the certificate of \(subject)."
        case .expired(let subject, let notAfter): "The certificate of \(subject) expired on \(notAfter)."
        case .notYetValid(let subject, let notBefore): "The certificate of \(subject) is not valid before \(notBefore)."
        case .notForSigning(let subject): "The certificate of \(subject) does not allow digitalSignature or nonRepudiation."
        case .unsupportedKey(let summary): "Unsupported signing key (\(summary)); use RSA (2048 bits or more) or EC P-256/P-384."
        }
    }

    public var remedy: String? {
        switch self {
        case .unreadable: "Check the path and permissions."
        case .corruptPKCS12: "Export the identity again as PKCS#12 (.p12/.pfx), or import PEM files with --cert/--key."
        case .wrongPassword: "Give the password the file was exported with."
        case .noPrivateKey, .unreadableKey: "Export the identity with its private key."
        case .noCertificate: "Give a PEM file that starts with -----BEGIN CERTIFICATE-----."
        case .keyDoesNotMatchCertificate: "Import the key and the certificate issued for it together."
        case .expired, .notYetValid: "Import a currently valid certificate; nothing was signed."
        case .notForSigning: "Ask the CA for a signing certificate (key usage digitalSignature, nonRepudiation)."
        case .unsupportedKey: nil
        }
    }
}
