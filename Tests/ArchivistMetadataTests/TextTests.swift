@testable import ArchivistMetadata
import Foundation
import Testing

@Suite struct ToneMarkTests {
    @Test(arguments: [("hoà", "hòa"), ("HUYỆN UỶ", "HUYỆN ỦY"), ("hoá", "hóa"), ("thuỷ", "thủy"), ("Khoẻ", "Khỏe"),
                      ("quý", "quý"), ("hoàng", "hoàng"), ("thuyền", "thuyền"), ("Uỷ ban", "Ủy ban"),
                      ("HOÀ BÌNH", "HÒA BÌNH"), ("Thuý", "Thúy"), ("xoè", "xòe"), ("hoạ", "họa"), ("toàn", "toàn"), ("Nguyễn", "Nguyễn")])
    func canonicalPlacement(old: String, canonical: String) {
        #expect(ToneMarks.canonical(old) == canonical)
        #expect(ToneMarks.canonical(canonical) == canonical)
    }

    @Test func keepsNFC() {
        let nfd = "Hoà Bình".decomposedStringWithCanonicalMapping
        #expect(Array(ToneMarks.canonical(nfd).utf8) == Array("Hòa Bình".utf8))
    }
}

@Suite struct LegacyEncodingTests {
    let detector = LegacyEncodingDetector()

    @Test func convertsTCVN3() {
        let conversion = detector.convert("Uû ban nh©n d©n tØnh B×nh D­¬ng")
        guard case .legacy(.tcvn3, let confidence) = conversion.verdict else {
            Issue.record("expected TCVN3, got \(conversion.verdict)")
            return
        }
        #expect(confidence >= 0.75)
        #expect(conversion.text == "Uỷ ban nhân dân tỉnh Bình Dương")
        #expect(ToneMarks.canonical(conversion.text) == "Ủy ban nhân dân tỉnh Bình Dương")
        #expect(conversion.note?.contains("TCVN3") == true)
    }

    @Test func convertsVNI() {
        #expect(detector.convert("Xin chaøo").text == "Xin chào")
        let conversion = detector.convert("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
        #expect(conversion.text == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        guard case .legacy(.vni, _) = conversion.verdict else {
            Issue.record("expected VNI, got \(conversion.verdict)")
            return
        }
        #expect(detector.convert("Ñaûng Coäng saûn Vieät Nam").text == "Đảng Cộng sản Việt Nam")
        #expect(detector.convert("Thöôøng tröïc Tænh uûy").text == "Thường trực Tỉnh ủy")
    }

    @Test func leavesUnicodeAlone() {
        #expect(detector.detect("Ủy ban nhân dân tỉnh Bình Dương") == .unicode)
        #expect(detector.detect("plain ASCII text") == .unicode)
        #expect(detector.detect("un café à Paris") == .unicode)
    }

    @Test func reportsUnsureInsteadOfGuessing() {
        // Latin-1 letters that decode to Vietnamese in neither encoding convincingly.
        let conversion = LegacyEncodingDetector(minimumConfidence: 0.95).convert("Xin chaøo")
        guard case .unsure = conversion.verdict else {
            Issue.record("expected unsure, got \(conversion.verdict)")
            return
        }
        #expect(conversion.text == "Xin chaøo")
        #expect(conversion.note != nil)
    }
}

@Suite struct TextCleanerTests {
    @Test func removesPageNumbersAndRunningHeaders() {
        let pages = ["ỦY BAN NHÂN DÂN\nNội dung trang một.\nBản sao lưu hành nội bộ",
                     "2\nNội dung trang hai.\nBản sao lưu hành nội bộ",
                     "- 3 -\nNội dung trang ba.\nBản sao lưu hành nội bộ"]
        let cleaned = TextCleaner().clean(pages)
        #expect(cleaned[1].text == "Nội dung trang hai.")
        #expect(cleaned[2].text == "Nội dung trang ba.")
        #expect(cleaned[1].removedLines == ["2", "Bản sao lưu hành nội bộ"])
    }

    @Test func dehyphenatesAndJoinsWrappedLines() {
        let cleaned = TextCleaner().clean(["The infor-\nmation  was   checked\nagainst the inventory.\nNext paragraph."])
        #expect(cleaned[0].text == "The information was checked against the inventory.\nNext paragraph.")
    }

    @Test func normalizesToNFCAndCanonicalTonesForMatching() {
        let cleaned = TextCleaner().clean(["Huyện uỷ Dầu Tiếng".decomposedStringWithCanonicalMapping])
        #expect(Array(cleaned[0].text.utf8) == Array("Huyện uỷ Dầu Tiếng".utf8))
        #expect(cleaned[0].matchingText == "Huyện ủy Dầu Tiếng")
    }
}
