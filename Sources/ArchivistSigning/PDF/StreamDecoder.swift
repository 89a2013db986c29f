import COpenSSL
import Foundation

/// Decodes the stream filters found in cross-reference and object streams:
/// FlateDecode with the PNG predictors.
enum StreamDecoder {
    static func decode(_ raw: Data, dictionary: PDFDictionary) throws -> Data {
        let filters: [String] = dictionary["Filter"]?.name.map { [$0] } ?? dictionary["Filter"]?.array?.compactMap(\.name) ?? []
        var data = raw
        for filter in filters {
            guard filter == "FlateDecode" else { throw PDFError.malformed("unsupported stream filter /\(filter)", offset: 0) }
            data = try inflate(data)
        }
        let parameters = dictionary["DecodeParms"]?.dictionary ?? dictionary["DecodeParms"]?.array?.first?.dictionary
        if let predictor = parameters?["Predictor"]?.integer, predictor >= 10 {
            data = try unpredictPNG(data, columns: parameters?["Columns"]?.integer ?? 1)
        }
        return data
    }

    static func inflate(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard archivist_zlib_inflateInit(&stream) == Z_OK else { throw PDFError.malformed("zlib init failed", offset: 0) }
        defer { inflateEnd(&stream) }
        var input = [UInt8](data)
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            var result = Z_OK
            repeat {
                result = buffer.withUnsafeMutableBufferPointer { sink in
                    stream.next_out = sink.baseAddress
                    stream.avail_out = uInt(sink.count)
                    return COpenSSL.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
            } while result == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            return result
        }
        guard status == Z_STREAM_END || (status == Z_OK || status == Z_BUF_ERROR) && !output.isEmpty else {
            throw PDFError.malformed("corrupt Flate stream", offset: 0)
        }
        return output
    }

    /// Undoes PNG row predictors (each row starts with its filter type byte).
    static func unpredictPNG(_ data: Data, columns: Int) throws -> Data {
        let bytes = [UInt8](data)
        let rowLength = columns + 1
        guard columns > 0, bytes.count % rowLength == 0 else { throw PDFError.malformed("bad PNG predictor data", offset: 0) }
        var previous = [UInt8](repeating: 0, count: columns)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / rowLength * columns)
        for rowStart in stride(from: 0, to: bytes.count, by: rowLength) {
            let type = bytes[rowStart]
            var row = Array(bytes[rowStart + 1..<rowStart + rowLength])
            for index in 0..<columns {
                let left = index > 0 ? Int(row[index - 1]) : 0
                let up = Int(previous[index])
                let upLeft = index > 0 ? Int(previous[index - 1]) : 0
                let add: Int
                switch type {
                case 0: add = 0
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    add = a <= b && a <= c ? left : (b <= c ? up : upLeft)
                default: throw PDFError.malformed("unknown PNG predictor \(type)", offset: 0)
                }
                row[index] = UInt8(truncatingIfNeeded: Int(row[index]) + add)
            }
            output += row
            previous = row
        }
        return Data(output)
    }
}
