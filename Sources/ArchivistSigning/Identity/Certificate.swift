import COpenSSL
import Foundation

/// An X.509 certificate (owns one `X509` reference).
public final class Certificate: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of one reference.
    init(taking pointer: OpaquePointer) { self.pointer = pointer }

    /// Adds a reference to a certificate owned elsewhere (a CMS structure, a stack).
    convenience init(retaining pointer: OpaquePointer) {
        X509_up_ref(pointer)
        self.init(taking: pointer)
    }

    deinit { X509_free(pointer) }

    /// Every certificate in PEM text, in order; none is an error.
    public static func all(fromPEM data: Data) throws -> [Certificate] {
        let source = try MemoryBIO(data)
        var certificates: [Certificate] = []
        while let certificate = PEM_read_bio_X509(source.pointer, nil, nil, nil) {
            certificates.append(Certificate(taking: certificate))
        }
        discardOpenSSLErrors()  // the read past the last certificate
        guard !certificates.isEmpty else { throw IdentityError.noCertificate }
        return certificates
    }

    /// One certificate in DER.
    public convenience init(der: Data) throws {
        let pointer = der.withUnsafeBytes { bytes -> OpaquePointer? in
            var start = bytes.bindMemory(to: UInt8.self).baseAddress
            return d2i_X509(nil, &start, bytes.count)
        }
        self.init(taking: try openSSL("d2i_X509", pointer))
    }

    /// The subject as one line, RFC 2253 style ("CN=…,O=…").
    public var subject: String { Self.describe(X509_get_subject_name(pointer)) }
    public var issuer: String { Self.describe(X509_get_issuer_name(pointer)) }
    public var isSelfIssued: Bool { X509_NAME_cmp(X509_get_subject_name(pointer), X509_get_issuer_name(pointer)) == 0 }

    public var notBefore: Date { Self.date(X509_get0_notBefore(pointer)) }
    public var notAfter: Date { Self.date(X509_get0_notAfter(pointer)) }

    /// Serial number in hex.
    public var serialNumber: String {
        guard let number = ASN1_INTEGER_to_BN(X509_get_serialNumber(pointer), nil) else { return "?" }
        defer { BN_free(number) }
        guard let hex = BN_bn2hex(number) else { return "?" }
        defer { archivist_OPENSSL_free(hex) }
        return String(cString: hex)
    }

    /// Whether the key usage extension allows digitalSignature or nonRepudiation
    /// (a certificate without the extension allows every use).
    public var allowsSigning: Bool {
        let flags = X509_get_extension_flags(pointer)
        guard flags & UInt32(EXFLAG_KUSAGE) != 0 else { return true }
        let usage = X509_get_key_usage(pointer)
        return usage & UInt32(KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION) != 0
    }

    public var derData: Data {
        var output: UnsafeMutablePointer<UInt8>?
        let length = i2d_X509(pointer, &output)
        guard length > 0, let output else { return Data() }
        defer { archivist_OPENSSL_free(output) }
        return Data(bytes: output, count: Int(length))
    }

    public var pemData: Data {
        guard let sink = try? MemoryBIO(), PEM_write_bio_X509(sink.pointer, pointer) == 1 else { return Data() }
        return sink.contents
    }

    static func describe(_ name: OpaquePointer?) -> String {
        guard let name, let sink = try? MemoryBIO() else { return "" }
        X509_NAME_print_ex(sink.pointer, name, 0, archivist_name_flags())
        return String(decoding: sink.contents, as: UTF8.self)
    }

    static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date {
        var moment = tm()
        guard let time, ASN1_TIME_to_tm(time, &moment) == 1 else { return .distantPast }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&moment)))
    }
}
