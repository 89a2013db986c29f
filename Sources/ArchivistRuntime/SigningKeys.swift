import ArchivistCore
import ArchivistSigning
import Foundation

/// The workspace's signing identity under `keys/`: `key.pem` (0600), `certificate.pem` (the
/// certificate then its chain), `trust/*.pem` (extra trust anchors for verify). With no
/// identity, the first signing run makes a self-signed development one and says so loudly.
public struct SigningKeys: Sendable {
    public let folder: URL
    private var keyURL: URL { folder.appendingPathComponent("key.pem") }
    private var certificateURL: URL { folder.appendingPathComponent("certificate.pem") }
    private var developmentMarker: URL { folder.appendingPathComponent("DEVELOPMENT-IDENTITY") }
    public var trustFolder: URL { folder.appendingPathComponent("trust") }

    public init(workspace: Workspace) {
        folder = workspace.root.appendingPathComponent("keys")
    }

    public var hasIdentity: Bool { FileManager.default.fileExists(atPath: keyURL.path) }
    public var isDevelopment: Bool { FileManager.default.fileExists(atPath: developmentMarker.path) }

    public func load() throws -> SigningIdentity {
        try SigningIdentity(certificateFile: certificateURL, keyFile: keyURL)
    }

    /// A signer with the installed identity (audit checkpoints); nil when there is none yet.
    func installedSigner() throws -> IdentitySigner? {
        hasIdentity ? IdentitySigner(identity: try load()) : nil
    }

    /// The identity to sign with now: made first when there is none; `notice` is told
    /// whenever it is a development one.
    func identityForSigning(notice: (String) -> Void) throws -> SigningIdentity {
        let (identity, created) = try loadOrCreateDevelopment(organization: "Archivist")
        if created || isDevelopment { notice("Signing with the DEVELOPMENT identity in \(folder.path): import a real one with 'archivist keys import'.") }
        return identity
    }

    /// The identity, made first (self-signed, for testing only) when there is none.
    public func loadOrCreateDevelopment(organization: String) throws -> (identity: SigningIdentity, created: Bool) {
        if hasIdentity { return (try load(), false) }
        let identity = try SigningIdentity.generateDevelopment(commonName: "\(organization) (DEVELOPMENT, NOT FOR USE)",
                                                               organization: organization, algorithm: .p256, validFor: 730)
        try identity.write(to: folder)
        try Data("A self-signed identity made for testing. Import a real one: archivist keys import --p12 FILE\n".utf8)
            .write(to: developmentMarker)
        return (identity, true)
    }

    /// Replaces the identity with an imported one, after checking it can sign.
    @discardableResult
    public func install(_ identity: SigningIdentity, replacing: Bool) throws -> [IdentityWarning] {
        let warnings = try identity.check()
        if hasIdentity {
            guard replacing || isDevelopment else { throw KeysError.identityExists(path: folder.path) }
            let retired = folder.appendingPathComponent("retired-\(Int(Date().timeIntervalSince1970))-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: retired, withIntermediateDirectories: true)
            for file in [keyURL, certificateURL, developmentMarker] where FileManager.default.fileExists(atPath: file.path) {
                try FileManager.default.moveItem(at: file, to: retired.appendingPathComponent(file.lastPathComponent))
            }
        }
        try identity.write(to: folder)
        return warnings.filter { !$0.message.localizedCaseInsensitiveContains("self-signed") || isDevelopment }
    }

    /// Installs an identity from a PKCS#12 file (the password is used, never kept or shown).
    public func importPKCS12(_ file: URL, password: String, replacing: Bool) throws -> IdentitySummary {
        let identity = try SigningIdentity(pkcs12: Data(contentsOf: file), password: password, source: file.path)
        return IdentitySummary(identity, warnings: try install(identity, replacing: replacing), development: false)
    }

    /// Installs an identity from PEM files: certificate (maybe with its chain), key, chain.
    public func importPEM(certificate: URL, key: URL, chain: URL?, replacing: Bool) throws -> IdentitySummary {
        let identity = try SigningIdentity(certificateFile: certificate, keyFile: key, chainFile: chain)
        return IdentitySummary(identity, warnings: try install(identity, replacing: replacing), development: false)
    }

    /// The installed identity, described (never its key); nil when there is none.
    public func summary() throws -> IdentitySummary? {
        guard hasIdentity else { return nil }
        let identity = try load()
        return IdentitySummary(identity, warnings: try identity.check(), development: isDevelopment)
    }

    /// Certificates a signature must chain to: the identity's root (or itself when
    /// self-signed) and every PEM under keys/trust/.
    public func trustAnchors() throws -> TrustAnchors {
        var anchors: [Certificate] = []
        if hasIdentity {
            let identity = try load()
            anchors.append(identity.chain.last(where: \.isSelfIssued) ?? identity.certificate)
        }
        let extra = (try? FileManager.default.contentsOfDirectory(at: trustFolder, includingPropertiesForKeys: nil)) ?? []
        for file in extra.sorted(by: { $0.path < $1.path }) where file.pathExtension == "pem" {
            anchors += try Certificate.all(fromPEM: Data(contentsOf: file))
        }
        return TrustAnchors(certificates: anchors)
    }
}

/// What an operator may see of a signing identity.
public struct IdentitySummary: Sendable {
    public var subject: String
    public var issuer: String
    public var validFrom: Date
    public var validUntil: Date
    public var key: String
    public var chainLength: Int
    public var development: Bool
    public var warnings: [String]

    init(_ identity: SigningIdentity, warnings: [IdentityWarning], development: Bool) {
        subject = identity.certificate.subject
        issuer = identity.certificate.issuer
        validFrom = identity.certificate.notBefore
        validUntil = identity.certificate.notAfter
        key = identity.keyDescription
        chainLength = identity.chain.count
        self.development = development
        self.warnings = warnings.map(\.message)
    }
}

public enum KeysError: ArchivistError {
    case identityExists(path: String)

    public var problem: String {
        switch self {
        case .identityExists(let path): "\(path): an identity is already installed."
        }
    }

    public var remedy: String? { "Add --replace to retire it (it is moved aside, not deleted)." }
}
