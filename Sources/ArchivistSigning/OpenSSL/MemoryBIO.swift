import COpenSSL
import Foundation

/// Owns an OpenSSL memory BIO: a source over bytes, or a sink to read back.
final class MemoryBIO {
    let pointer: OpaquePointer

    /// A writable, empty buffer.
    init() throws {
        pointer = try openSSL("BIO_new", BIO_new(BIO_s_mem()))
    }

    /// A buffer holding a copy of `data`, for OpenSSL to read.
    init(_ data: Data) throws {
        pointer = try openSSL("BIO_new", BIO_new(BIO_s_mem()))
        let written = data.withUnsafeBytes { BIO_write(pointer, $0.baseAddress, Int32($0.count)) }
        if !data.isEmpty { try openSSL("BIO_write", Int32(written == Int32(data.count) ? 1 : 0)) }
    }

    /// A read-only buffer over `bytes`, not copied: they must outlive this object.
    init(readingInPlace bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count <= Int(Int32.max) else {
            throw OpenSSLError(call: "BIO_new_mem_buf", reason: "\(bytes.count) bytes is more than a memory buffer holds (2 GiB)")
        }
        // OpenSSL refuses a null buffer even when empty: an empty one gets a valid address.
        let start = bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
        pointer = try openSSL("BIO_new_mem_buf", BIO_new_mem_buf(start, Int32(bytes.count)))
    }

    deinit { BIO_free(pointer) }

    /// Everything written so far.
    var contents: Data {
        var start: UnsafeMutablePointer<CChar>?
        let length = archivist_BIO_get_mem_data(pointer, &start)
        guard let start, length > 0 else { return Data() }
        return Data(bytes: start, count: length)
    }
}
