import ArchivistSigning
import Foundation
import Testing

private let sha256sum = "/usr/bin/sha256sum"

@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sha256sum), "needs coreutils' sha256sum as the outside judge"))
func digestMatchesCoreutils() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("hash-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: file) }
    // 3 MiB and a bit: several 1 MiB reads and a partial one.
    var bytes = [UInt8](repeating: 0, count: 3 * (1 << 20) + 12345)
    for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 2654435761 >> 13) }
    try Data(bytes).write(to: file)

    let ours = try SHA256Hasher().sha256(ofFileAt: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sha256sum)
    process.arguments = [file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let theirs = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
    #expect(ours.sha256 == String(theirs))
    #expect(ours.byteCount == Int64(bytes.count))
}

@Test func emptyFileHasTheWellKnownDigest() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data().write(to: file)
    #expect(try SHA256Hasher().sha256(ofFileAt: file).sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
}

@Test func missingFileNamesThePath() {
    #expect {
        try SHA256Hasher().sha256(ofFileAt: URL(fileURLWithPath: "/nonexistent/scan.tif"))
    } throws: { error in
        "\(error)".contains("/nonexistent/scan.tif")
    }
}
