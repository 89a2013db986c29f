import ArchivistExport
import ArchivistSigning
import Foundation

/// The adapter the runtime uses too: OpenSSL behind the export module's digester port.
struct OpenSSLFileDigester: FileDigester {
    let openSSL = OpenSSLDigester()

    func supports(_ algorithm: String) -> Bool { openSSL.supports(algorithm) }

    func digests(ofFileAt url: URL, algorithms: [String]) throws -> FileDigests {
        let result = try openSSL.digests(ofFileAt: url, algorithms: algorithms)
        return FileDigests(byteCount: result.byteCount, hex: result.hex)
    }
}
