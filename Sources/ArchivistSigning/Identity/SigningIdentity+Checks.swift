import Foundation

/// Something to tell the operator that does not stop signing.
public struct IdentityWarning: Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension SigningIdentity {
    /// Throws when the certificate cannot sign at `date` (expired, not yet valid, wrong
    /// key usage); returns warnings (near expiry, self-signed) otherwise.
    @discardableResult
    public func check(at date: Date = Date(), warningWithin window: TimeInterval = 30 * 86_400) throws -> [IdentityWarning] {
        let subject = certificate.subject
        guard date <= certificate.notAfter else {
            throw IdentityError.expired(subject: subject, notAfter: Self.format(certificate.notAfter))
        }
        guard date >= certificate.notBefore else {
            throw IdentityError.notYetValid(subject: subject, notBefore: Self.format(certificate.notBefore))
        }
        guard certificate.allowsSigning else { throw IdentityError.notForSigning(subject: subject) }
        var warnings: [IdentityWarning] = []
        let remaining = certificate.notAfter.timeIntervalSince(date)
        if remaining < window {
            let days = Int(remaining / 86_400)
            warnings.append(IdentityWarning(message: "The certificate of \(subject) expires in \(days) days (\(Self.format(certificate.notAfter))): import its successor soon."))
        }
        if certificate.isSelfIssued {
            warnings.append(IdentityWarning(message: "The certificate of \(subject) is self-signed: for testing only, verifiers will not trust it."))
        }
        return warnings
    }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
