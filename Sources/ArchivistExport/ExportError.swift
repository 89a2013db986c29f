import ArchivistCore

/// A failure while writing an export (bag, METS, CSV), naming the file and what to do.
public enum ExportError: ArchivistError {
    case destinationExists(path: String)
    case unreadableSource(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case invalidBagPath(path: String, reason: String)
    case duplicateBagPath(path: String)
    case missingDigest(path: String, algorithm: String)
    case unsupportedAlgorithm(String)

    public var problem: String {
        switch self {
        case .destinationExists(let path): "\(path): already exists; a bag is never written over."
        case .unreadableSource(let path, let reason): "\(path): cannot read the file to export (\(reason))."
        case .unwritable(let path, let reason): "\(path): cannot write (\(reason))."
        case .invalidBagPath(let path, let reason): "\(path): not a usable path inside a bag (\(reason))."
        case .duplicateBagPath(let path): "\(path): two files were given the same place in the bag."
        case .missingDigest(let path, let algorithm): "\(path): the digester returned no \(algorithm) digest."
        case .unsupportedAlgorithm(let name): "The digester cannot compute \(name)."
        }
    }

    public var remedy: String? {
        switch self {
        case .destinationExists: "Choose another --out folder or move the old bag away first."
        case .unreadableSource: "Check that the object store is intact ('archivist verify') and readable, then export again."
        case .unwritable: "Check free space and permissions of the --out folder, then export again."
        case .invalidBagPath: "Use a relative path under data/ without '..', empty or '.' parts."
        case .duplicateBagPath: "Give each exported file its own name (document folder + file name)."
        case .missingDigest, .unsupportedAlgorithm: "Use the OpenSSL digester of the runtime (it supports md5, sha1, sha256, sha512)."
        }
    }
}
