import ArchivistCore
import ArchivistOCR
import ArchivistTestSupport
import CLeptonica
import Foundation
import Testing

/// A sample page on gray paper with Gaussian pixel noise of deviation `sigma` (seeded), the
/// grain of a poor photocopy or a noisy sensor. Unprepared, Tesseract reads nothing on it.
private func grainy(_ sample: String, sigma: Double, name: String) throws -> URL {
    var generator = SplitMix(seed: 20261129)
    return try transformed(sample, name: name) { source in
        guard let page = pixConvertTo8(source, 0) else { return nil }
        for y in 0..<pixGetHeight(page) {
            for x in 0..<pixGetWidth(page) {
                var value: UInt32 = 0
                pixGetPixel(page, x, y, &value)
                let noisy = Double(value) * 0.85 + 20 + sigma * generator.nextGaussian()
                pixSetPixel(page, x, y, UInt32(min(max(noisy.rounded(), 0), 255)))
            }
        }
        return page
    }
}

@Test func grainyPageIsSmoothedAndReads() async throws {
    let file = try grainy("box-01/kl-45-hu.png", sigma: 60, name: "grainy.png")
    let page = try await recognize(file, dpi: 200)
    let preparation = try #require(page.preparation)
    #expect(preparation.denoised == true)
    #expect((preparation.pixelNoise ?? 0) > 35)
    let recall = wordRecall(page.text, reference: noisyPageReference)
    print("[grainy kl-45, sigma 60] word recall \(recall)")
    #expect(recall > 0.85)
}

@Test func cleanPageIsNotSmoothed() async throws {
    let page = try await recognize(Samples.file("box-01/kl-45-hu.png"), dpi: 200)
    #expect(page.preparation?.denoised == false)
    #expect((page.preparation?.pixelNoise ?? 99) < 10)
}

private let noisyPageReference = """
    Ngày 15 tháng 8 năm 2019, Ban Thường vụ Huyện ủy đã nghe Văn phòng Huyện ủy báo cáo kết quả kiểm tra công tác văn thư,
    lưu trữ tại các tổ chức cơ sở đảng năm 2019. Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận như sau
    """

/// SplitMix64, for reproducible test noise and specks.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal value (Box-Muller).
    mutating func nextGaussian() -> Double {
        let u1 = max(Double(next() >> 11) / Double(1 << 53), .leastNonzeroMagnitude)
        let u2 = Double(next() >> 11) / Double(1 << 53)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}
