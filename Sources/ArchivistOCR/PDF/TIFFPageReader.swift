import CTIFF
import Foundation

/// Owns one open libtiff handle and reads a page's tags and raw (still compressed) strips.
final class TIFFPageReader {
    private let handle: OpaquePointer
    private let errors: UnsafeMutablePointer<archivist_tiff_errors>

    /// Opens `path`; nil with libtiff's message when it cannot.
    init(path: String) throws {
        errors = .allocate(capacity: 1)
        errors.initialize(to: archivist_tiff_errors())
        guard let handle = archivist_tiff_open(path, errors) else {
            let message = Self.message(errors)
            errors.deallocate()
            throw PDFAssemblyError(reason: "libtiff: \(message)")
        }
        self.handle = handle
    }

    deinit {
        TIFFClose(handle)
        errors.deallocate()
    }

    /// Makes page `index` (0-based) current.
    func select(page index: Int) throws {
        guard TIFFSetDirectory(handle, tdir_t(index)) == 1 else {
            throw PDFAssemblyError(reason: "the file has no page \(index + 1)")
        }
    }

    func u32(_ tag: Int32) -> UInt32? {
        var value: UInt32 = 0
        return archivist_tiff_get_u32(handle, UInt32(tag), &value) == 1 ? value : nil
    }

    func u16(_ tag: Int32) -> UInt16? {
        var value: UInt16 = 0
        return archivist_tiff_get_u16(handle, UInt32(tag), &value) == 1 ? value : nil
    }

    var stripCount: Int { Int(TIFFNumberOfStrips(handle)) }

    /// The strip's bytes exactly as stored in the file.
    func rawStrip(_ index: Int) throws -> Data {
        let sizes = TIFFGetStrileByteCount(handle, UInt32(index))
        guard sizes > 0, sizes < UInt64(Int32.max) else { throw PDFAssemblyError(reason: "strip \(index) has no bytes") }
        var data = Data(count: Int(sizes))
        let read = data.withUnsafeMutableBytes { buffer in
            TIFFReadRawStrip(handle, UInt32(index), buffer.baseAddress, tmsize_t(sizes))
        }
        guard read > 0 else { throw PDFAssemblyError(reason: "libtiff: \(Self.message(errors))") }
        return data.prefix(Int(read))
    }

    private static func message(_ errors: UnsafeMutablePointer<archivist_tiff_errors>) -> String {
        withUnsafeBytes(of: &errors.pointee.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
