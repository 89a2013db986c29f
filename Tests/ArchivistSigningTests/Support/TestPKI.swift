import ArchivistSigning
import Foundation

/// A throwaway PKI made with the openssl command line in a temporary directory:
/// root CA → intermediate CA → signer (P-256, digitalSignature + nonRepudiation),
/// and a TSA certificate under the root. Files: root.pem, intermediate.pem,
/// signer.pem, signer.key, chain.pem (intermediate + root), tsa.pem, tsa.key.
final class TestPKI {
    let directory: TemporaryDirectory
    var url: URL { directory.url }
    func file(_ name: String) -> URL { directory.file(name) }
    func data(_ name: String) throws -> Data { try Data(contentsOf: file(name)) }

    /// The signer's identity with its chain, as a workspace would load it.
    func signerIdentity() throws -> SigningIdentity {
        try SigningIdentity(certificateFile: file("signer.pem"), keyFile: file("signer.key"), chainFile: file("chain.pem"))
    }

    init() throws {
        directory = try TemporaryDirectory()
        try makeCA("root", subject: "/CN=Archivist Test Root CA/O=Archivist Tests", issuer: nil)
        try makeCA("intermediate", subject: "/CN=Archivist Test Intermediate CA", issuer: "root")
        try makeLeaf("signer", subject: "/CN=Nguyễn Văn Thử/O=Lưu trữ Thử nghiệm", issuer: "intermediate",
                     extensions: "keyUsage=critical,digitalSignature,nonRepudiation")
        try makeLeaf("tsa", subject: "/CN=Archivist Test TSA", issuer: "root",
                     extensions: "keyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping")
        let chain = try data("intermediate.pem") + data("root.pem")
        try chain.write(to: file("chain.pem"))
    }

    /// A further leaf certificate under the intermediate, with the given extensions.
    func makeLeaf(_ name: String, subject: String, issuer: String = "intermediate", extensions: String) throws {
        try openssl(["req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                     "-keyout", "\(name).key", "-out", "\(name).csr", "-subj", subject, "-utf8"])
        try extensions.write(to: file("\(name).ext"), atomically: true, encoding: .utf8)
        try openssl(["x509", "-req", "-in", "\(name).csr", "-CA", "\(issuer).pem", "-CAkey", "\(issuer).key",
                     "-CAcreateserial", "-days", "90", "-sha256", "-extfile", "\(name).ext", "-out", "\(name).pem"])
    }

    private func makeCA(_ name: String, subject: String, issuer: String?) throws {
        let extensions = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash"
        guard let issuer else {
            return try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key",
                                "-out", "\(name).pem", "-subj", subject, "-days", "120", "-sha256",
                                "-addext", "basicConstraints=critical,CA:TRUE",
                                "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        }
        try openssl(["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key",
                     "-out", "\(name).csr", "-subj", subject])
        try extensions.write(to: file("\(name).ext"), atomically: true, encoding: .utf8)
        try openssl(["x509", "-req", "-in", "\(name).csr", "-CA", "\(issuer).pem", "-CAkey", "\(issuer).key",
                     "-CAcreateserial", "-days", "100", "-sha256", "-extfile", "\(name).ext", "-out", "\(name).pem"])
    }

    private func openssl(_ arguments: [String]) throws {
        try Tool.require("openssl", arguments, in: url)
    }
}
