import Foundation

/// One file to put in a bag's payload: where it is now and where it goes under data/.
public struct BagPayloadFile: Sendable, Hashable {
    public var source: URL
    /// Relative to data/, with "/" separators: "57-NQ-TW/document.pdf". Stored NFC.
    public var path: String

    public init(source: URL, path: String) {
        self.source = source
        self.path = path.precomposedStringWithCanonicalMapping
    }

    /// The path inside the bag: "data/" + path.
    public var bagPath: String { "data/" + path }
}

/// A payload file as written, with the digests of the bytes in the bag.
public struct BaggedFile: Sendable, Hashable {
    public var bagPath: String
    public var byteCount: Int64
    public var sha256: String
    public var sha512: String
}

/// What `BagWriter` produced.
public struct WrittenBag: Sendable, Hashable {
    public var url: URL
    public var payload: [BaggedFile]
    /// "octets.streams", as in bag-info.txt.
    public var payloadOxum: String
}

/// How payload bytes get into the bag.
public enum PayloadTransfer: Sendable {
    /// Always a new copy.
    case copy
    /// A hard link when source and bag share a file system (the object store never
    /// overwrites), a copy otherwise.
    case hardLinkWhenPossible
}
