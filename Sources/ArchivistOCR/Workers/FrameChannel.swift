import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Length-prefixed JSON frames on one end of a Unix stream socket: a 4-byte big-endian length,
/// then that many bytes of JSON. Blocking: use it from a dedicated thread, never from Swift's
/// cooperative pool.
struct FrameChannel {
    /// What a receive gave: a value, the other end closed, or the deadline passed first.
    enum Received<Value> {
        case value(Value)
        case closed
        case timedOut
    }

    /// Frames are pages of words: far below this. A larger length means a broken stream.
    static let maximumLength = 64 << 20

    let descriptor: Int32
    private var buffer: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes one frame. Throws when the other end is gone (never raises SIGPIPE).
    func send(_ value: some Encodable) throws {
        let payload = try Self.encoder.encode(value)
        var bytes = withUnsafeBytes(of: UInt32(payload.count).bigEndian, Array.init)
        bytes.append(contentsOf: payload)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FrameError.unwritable(reason: String(cString: strerror(errno)))
            }
            sent += count
        }
    }

    /// Reads the next frame as a `Value`, waiting until `deadline` (nil: as long as it takes).
    mutating func receive<Value: Decodable>(_ type: Value.Type, until deadline: ContinuousClock.Instant? = nil) throws -> Received<Value> {
        while true {
            if buffer.count >= 4 {
                let length = buffer[0..<4].reduce(0) { $0 << 8 | Int($1) }
                guard length <= Self.maximumLength else { throw FrameError.unreadable(reason: "a frame of \(length) bytes") }
                if buffer.count >= 4 + length {
                    let payload = Data(buffer[4..<(4 + length)])
                    buffer.removeFirst(4 + length)
                    do {
                        return .value(try Self.decoder.decode(Value.self, from: payload))
                    } catch {
                        throw FrameError.unreadable(reason: "not a \(Value.self): \(error)")
                    }
                }
            }
            guard try waitForInput(until: deadline) else { return .timedOut }
            var chunk = [UInt8](repeating: 0, count: 64 << 10)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                // A peer that died with our frame unread resets the connection: that is its end too.
                if errno == ECONNRESET { return .closed }
                throw FrameError.unreadable(reason: String(cString: strerror(errno)))
            }
            if count == 0 { return .closed }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// True when there is something to read (data or the end of the stream); false once the
    /// deadline has passed.
    private func waitForInput(until deadline: ContinuousClock.Instant?) throws -> Bool {
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - .now
                guard left > .zero else { return false }
                let (seconds, attoseconds) = left.components
                timeout = Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, Int64(Int32.max)))
            }
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, timeout)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { throw FrameError.unreadable(reason: String(cString: strerror(errno))) }
        }
    }

    // Non-finite numbers cannot be JSON; a NaN confidence must not fail a page.
    private static let encoder = {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }()

    private static let decoder = {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }()
}

enum FrameError: Error, CustomStringConvertible {
    case unwritable(reason: String)
    case unreadable(reason: String)

    var description: String {
        switch self {
        case .unwritable(let reason): "could not send a frame (\(reason))"
        case .unreadable(let reason): "an unreadable frame (\(reason))"
        }
    }
}
