import COpenSSL
import Foundation

/// Owns a `CMS_ContentInfo` (a SignedData, for us).
final class CMSContentInfo {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) { self.pointer = pointer }

    /// Parses DER; trailing zero padding (as in a PDF /Contents) is ignored.
    convenience init(der: Data) throws {
        let pointer = der.withUnsafeBytes { bytes -> OpaquePointer? in
            var start = bytes.bindMemory(to: UInt8.self).baseAddress
            return d2i_CMS_ContentInfo(nil, &start, bytes.count)
        }
        self.init(taking: try openSSL("d2i_CMS_ContentInfo", pointer))
    }

    deinit { CMS_ContentInfo_free(pointer) }

    var der: Data {
        get throws {
            let sink = try MemoryBIO()
            try openSSL("i2d_CMS_bio", i2d_CMS_bio(sink.pointer, pointer))
            return sink.contents
        }
    }

    /// The SignerInfo structures; they live as long as this object.
    var signerInfos: [OpaquePointer] {
        guard let stack = CMS_get0_SignerInfos(pointer) else { return [] }
        return (0..<archivist_sk_CMS_SignerInfo_num(stack)).compactMap { archivist_sk_CMS_SignerInfo_value(stack, $0) }
    }

    /// Every certificate carried in the SignedData.
    var certificates: [Certificate] {
        SigningIdentity.takeStack(CMS_get1_certs(pointer))
    }
}
