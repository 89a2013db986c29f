import ArchivistCore
@testable import ArchivistOCR
import Foundation
import Testing

/// Both ends of a Unix stream socket, closed when the test is done with them.
private final class SocketPair {
    let left: Int32, right: Int32
    private var open: Set<Int32>

    init() throws {
        var ends: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0)
        (left, right, open) = (ends[0], ends[1], [ends[0], ends[1]])
    }

    func close(_ end: Int32) {
        if open.remove(end) != nil { _ = Glibc.close(end) }
    }

    /// Raw bytes, as a broken or foreign writer would send them.
    func write(_ bytes: [UInt8], to end: Int32) {
        _ = bytes.withUnsafeBytes { Glibc.write(end, $0.baseAddress, $0.count) }
    }

    deinit { open.forEach { _ = Glibc.close($0) } }
}

private let request = PageRequest(url: URL(fileURLWithPath: "/scans/hộp-03/biên bản.tif"), location: PageLocation(filePosition: 1, pageInFile: 2),
                                  number: 3, language: "vie", dpi: 300, preparation: PreparationOptions())

@Test func framesArriveWholeAndInOrder() throws {
    let sockets = try SocketPair()
    let sender = FrameChannel(descriptor: sockets.left)
    var receiver = FrameChannel(descriptor: sockets.right)
    var second = request
    second.number = 4
    second.preparation?.pageTimeBudget = 0.05
    try sender.send(request)
    try sender.send(second)
    guard case .value(let first) = try receiver.receive(PageRequest.self) else { Issue.record("no first frame"); return }
    guard case .value(let next) = try receiver.receive(PageRequest.self) else { Issue.record("no second frame"); return }
    #expect(first == request)
    #expect(next == second)
    #expect(first.url.path == "/scans/hộp-03/biên bản.tif")
}

@Test func recognitionErrorsAndNonFiniteConfidencesCrossTheChannel() throws {
    let sockets = try SocketPair()
    let sender = FrameChannel(descriptor: sockets.left)
    var receiver = FrameChannel(descriptor: sockets.right)
    let error = RecognitionError.overBudget(path: "/scans/noise.tif", page: 2, seconds: 0.0713, budget: 0.05)
    let word = RecognizedWord(text: "ĐẢNG", confidence: .nan, box: PixelBox(left: 1, top: 2, right: 3, bottom: 4), block: 1, line: 1)
    let page = RecognizedPage(number: 1, location: PageLocation(filePosition: 0, pageInFile: 0), width: 10, height: 10, dpi: 300,
                              language: "vie", text: "ĐẢNG", meanConfidence: 0, words: [word], recognizeSeconds: 0.5)
    try sender.send(WorkerReply.failed(error))
    try sender.send(WorkerReply.page(page))
    guard case .value(.failed(let received)) = try receiver.receive(WorkerReply.self) else { Issue.record("no error frame"); return }
    #expect("\(received)" == "\(error)")
    #expect("\(received)".contains("/scans/noise.tif: page 2 went over its time budget of 0.05 s"))
    guard case .value(.page(let read)) = try receiver.receive(WorkerReply.self) else { Issue.record("no page frame"); return }
    #expect(read.words.first?.text == "ĐẢNG" && read.words.first?.confidence.isNaN == true)
}

@Test func aFrameCutOffByTheOtherEndClosingIsTheEnd() throws {
    let sockets = try SocketPair()
    sockets.write([0, 0, 0, 100] + Array("{\"url\":".utf8), to: sockets.left)
    sockets.close(sockets.left)
    var receiver = FrameChannel(descriptor: sockets.right)
    guard case .closed = try receiver.receive(PageRequest.self) else { Issue.record("a cut-off frame was not the end"); return }
}

@Test func anImpossibleLengthIsAnErrorNotAnAllocation() throws {
    let sockets = try SocketPair()
    sockets.write([0xFF, 0xFF, 0xFF, 0xFF, 1, 2, 3], to: sockets.left)
    var receiver = FrameChannel(descriptor: sockets.right)
    #expect { try receiver.receive(PageRequest.self) } throws: { "\($0)".contains("a frame of 4294967295 bytes") }
}

@Test func nothingToReadByAPassedDeadlineIsATimeout() throws {
    let sockets = try SocketPair()
    var receiver = FrameChannel(descriptor: sockets.right)
    guard case .timedOut = try receiver.receive(PageRequest.self, until: .now) else { Issue.record("no timeout"); return }
    // The channel still works afterwards.
    try FrameChannel(descriptor: sockets.left).send(request)
    guard case .value(let page) = try receiver.receive(PageRequest.self, until: .now + .seconds(600)) else { Issue.record("no frame"); return }
    #expect(page == request)
}

@Test func sendingToAClosedEndThrowsInsteadOfRaisingSIGPIPE() throws {
    let sockets = try SocketPair()
    sockets.close(sockets.right)
    #expect { try FrameChannel(descriptor: sockets.left).send(request) } throws: { "\($0)".contains("Broken pipe") }
}
