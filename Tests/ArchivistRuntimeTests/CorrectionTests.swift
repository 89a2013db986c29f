@testable import ArchivistRuntime
import ArchivistCatalog
import ArchivistCore
import ArchivistSigning
import ArchivistTestSupport
import Foundation
import Testing

/// A catalog holding one classified document with an unsure date, made without OCR.
private func classifiedDocument() async throws -> (SQLiteCatalog, Int64) {
    let folder = try TestScratch.folder("correct")
    let catalog = try SQLiteCatalog(path: folder.appendingPathComponent("catalog.sqlite").path, hasher: SHA256Hasher())
    var file = SourceFile(url: folder.appendingPathComponent("scan.tif"),
                          info: ImageInfo(format: .tiff, pages: [PageGeometry(width: 100, height: 100, dpi: 300, bitsPerPixel: 1)]))
    (file.sha256, file.byteCount) = (String(repeating: "b", count: 64), 10)
    let id = try #require(try await catalog.register(DocumentState(name: "scan", provenance: Provenance(fonds: nil, box: nil), files: [file]),
                                                     key: file.sha256!, events: []).id)
    var metadata = DocumentMetadata()
    metadata.date = ExtractedField(value: "2019-08-02", confidence: 0.4, evidence: Evidence(text: "ngày 02 tháng 8", page: 1, rule: "header"))
    metadata.reviewReasons = [ReviewReason(field: "date", confidence: 0.4, reason: "digit read with low confidence")]
    try await catalog.saveMetadata(documentID: id, metadata: metadata, status: .classified)
    return (catalog, id)
}

@Test func reviewerCorrectionIsCertainLoggedAndClearsTheReview() async throws {
    let (catalog, id) = try await classifiedDocument()
    try await MetadataCorrection(field: "date", value: "20/08/2019", operatorName: "lan").apply(to: id, in: catalog)
    try await MetadataCorrection(field: "type", value: "Kết luận", operatorName: "lan").apply(to: id, in: catalog)
    let detail = try #require(try await catalog.document(id: id))
    let metadata = try #require(detail.metadata)
    #expect(metadata.date.value == "2019-08-20" && metadata.date.confidence == 1 && metadata.date.evidence.rule == "reviewer: lan")
    #expect(metadata.documentType.value?.code == "32")
    #expect(!metadata.needsReview && detail.summary.description?.needsReview == false)
    #expect(detail.events.last?.agent == "operator lan" && detail.events.last?.type == .metadataModification)
    #expect(detail.events.contains { $0.detail == "date: 2019-08-02 → 2019-08-20" })
    #expect(try await catalog.verifyAuditChain().isIntact)

    // A mark the OCR missed restricts the document at once, once added by a reviewer cleared for it.
    let marking = MetadataCorrection(field: "confidentiality", value: "MẬT", operatorName: "lan")
    await #expect(throws: ClearanceRequired(operatorName: "lan", held: nil, needed: .mat, action: "correct confidentiality of document \(id)")) {
        try await marking.apply(to: id, in: catalog)
    }
    #expect(try await catalog.documents(includeRestricted: false).map(\.id) == [id])
    #expect(try await catalog.document(id: id)?.events.last?.type == .accessDenied)
    try await catalog.grantClearance(.toiMat, to: "chief", by: "chief")
    try await catalog.grantClearance(.mat, to: "lan", by: "chief")
    try await marking.apply(to: id, in: catalog)
    #expect(try await catalog.documents(includeRestricted: false).isEmpty)
    #expect(try await catalog.document(id: id)?.metadata?.confidentiality.value == .mat)
}

@Test func badCorrectionsAreRefusedWithWhatIsExpected() async throws {
    let (catalog, id) = try await classifiedDocument()
    await #expect { try await MetadataCorrection(field: "date", value: "soon", operatorName: "lan").apply(to: id, in: catalog) } throws: {
        "\($0)".contains("YYYY-MM-DD")
    }
    await #expect { try await MetadataCorrection(field: "colour", value: "red", operatorName: "lan").apply(to: id, in: catalog) } throws: {
        "\($0)".contains("signer_name")
    }
}

@Test func classifyingAgainKeepsWhatAReviewerCorrected() {
    var reviewed = DocumentMetadata()
    reviewed.symbol = ExtractedField(value: "45-KL/HU", confidence: 1, evidence: Evidence(rule: "reviewer: lan"))
    var extracted = DocumentMetadata()
    extracted.symbol = ExtractedField(value: "45-KL/HƯ", confidence: 0.5, evidence: Evidence(rule: "header.symbol"))
    extracted.date = ExtractedField(value: "2019-08-20", confidence: 0.95, evidence: Evidence(rule: "header.place-date"))
    extracted.reviewReasons = [ReviewReason(field: "symbol", confidence: 0.5, reason: "unsure")]
    let merged = MetadataCorrection.keepingReviewed(reviewed, in: extracted)
    #expect(merged.symbol.value == "45-KL/HU" && merged.date.value == "2019-08-20" && merged.reviewReasons.isEmpty)
}
