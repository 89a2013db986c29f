@testable import ArchivistMetadata
import Testing

@Suite struct DuplicateTests {
    /// The truth text of a sample and its real OCR are two renderings of one document.
    @Test func ocrAndTruthOfOneDocumentGroupTogether() throws {
        let truth = try Fixtures.truth()
        let ocr = try Fixtures.ocrDocuments()
        var documents: [(id: String, signature: MinHashSignature)] = []
        for record in truth where record.language == "vi" {
            documents.append(("truth:" + record.id, MinHashSignature(text: record.pages.joined(separator: "\n"))))
            documents.append(("ocr:" + record.id, MinHashSignature(text: ocr[record.id]!.map(\.text).joined(separator: "\n"))))
        }
        let groups = DuplicateGrouping(threshold: 0.4).groups(documents)
        #expect(groups.count == truth.filter { $0.language == "vi" }.count)
        for group in groups {
            #expect(group.members.count == 2)
            #expect(Set(group.members.map { $0.split(separator: ":")[1] }).count == 1)
            print("duplicate group \(group.members) similarity \(group.similarity)")
        }
    }

    @Test func noisyCopiesAreSimilarAndDifferentTextsAreNot() {
        let text = "Ban Thường vụ Tỉnh ủy yêu cầu các đồng chí bí thư cấp ủy trực thuộc tập trung chỉ đạo thực hiện tốt một số nội dung sau đây về số hóa tài liệu lưu trữ có giá trị bảo quản vĩnh viễn"
        let noisy = "Ban Thường vu Tinh ủy yêu cầu các đồng chí bí thư cấp ủy trực thuộc tập trung chỉ đạo thực hiện tốt một Số nội dung sau đây về số hoá tài liệu lưu trữ có giá trị bảo quản vĩnh viễn"
        let other = "Ủy ban nhân dân thành phố báo cáo kết quả thực hiện công tác cải cách hành chính và chuyển đổi số năm 2021 như sau"
        let a = MinHashSignature(text: text), b = MinHashSignature(text: noisy), c = MinHashSignature(text: other)
        #expect(a.similarity(to: b) > 0.5)
        #expect(a.similarity(to: c) < 0.1)
        #expect(a.similarity(to: a) == 1)
    }
}
