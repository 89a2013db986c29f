import ArchivistCore
import Foundation
import Testing

/// A classified document with this mark.
private func document(_ id: Int64, _ mark: Confidentiality?) -> DocumentSummary {
    var metadata = DocumentMetadata()
    metadata.confidentiality = ExtractedField(value: mark, confidence: 0.9, evidence: Evidence(rule: "test"))
    return DocumentSummary(id: id, name: "doc-\(id)", fonds: nil, status: .classified, pageCount: 1, language: "vi",
                           meanConfidence: 90, sourceFiles: [], createdAt: Date(), description: DocumentDescription(metadata))
}

@Test func theHighestMarkConcernedDecidesAllOrNothing() {
    let documents = [document(1, nil), document(2, .mat), document(3, .toiMat), document(4, .tuyetMat)]
    let notAsked = AccessRule(operatorName: "lan", clearance: .toiMat, includeRestricted: false).decide(documents)
    #expect(notAsked.visible == [1] && notAsked.restrictedHidden == 2 && notAsked.quarantinedLeftOut == 1 && notAsked.denial == nil)

    let mat = AccessRule(operatorName: "lan", clearance: .mat, includeRestricted: true)
    #expect(mat.decide(documents).denial == AccessDenied(operatorName: "lan", held: .mat, needed: .toiMat, documentIDs: [3]))
    #expect(mat.decide(documents).visible.isEmpty)
    #expect(mat.decide(Array(documents.prefix(2))).visible == [1, 2])

    let toiMat = AccessRule(operatorName: "lan", clearance: .toiMat, includeRestricted: true).decide(documents)
    #expect(toiMat.visible == [1, 2, 3] && toiMat.restrictedShown == [2, 3] && toiMat.quarantinedLeftOut == 1)
    #expect(AccessRule(operatorName: "lan", clearance: .toiMat, includeRestricted: true).decide(one: documents[3]).denial?.needed == .tuyetMat)
}

@Test func aRestrictedDocumentWithoutAKnownMarkNeedsTheHighestClearance() {
    var unknown = document(5, .mat)
    unknown.description?.confidentiality = nil
    let verdict = AccessRule(operatorName: "lan", clearance: .mat, includeRestricted: true).decide([unknown])
    #expect(verdict.denial?.needed == .toiMat)
    #expect(ClearanceLevel.toiMat.covers(.mat) && !ClearanceLevel.mat.covers(.toiMat))
    #expect(ClearanceLevel(needing: .tuyetMat) == nil)
}

@Test func aDocumentWhoseMarkWasNotReadSurelyIsHeldRestrictedUntilReviewed() {
    // Held-out seed 9200: a boxed "MẬT" read as nothing; the mark area's unread ink routed the field.
    var metadata = DocumentMetadata()
    metadata.confidentiality = .absent(confidence: 0.4, rule: "header.mark: unread region under the number line")
    #expect(metadata.access == .open)
    metadata.reviewReasons = [ReviewReason(field: "confidentiality", confidence: 0.4, reason: "confidence 0.40 below 0.75")]
    #expect(metadata.access == .restricted)
    let summary = DocumentSummary(id: 6, name: "doc-6", fonds: nil, status: .classified, pageCount: 1, language: "vi",
                                  meanConfidence: 90, sourceFiles: [], createdAt: Date(), description: DocumentDescription(metadata))
    #expect(AccessRule(operatorName: "lan", clearance: .mat, includeRestricted: true).decide([summary]).denial?.needed == .toiMat)
    // Another field under review leaves it open.
    metadata.reviewReasons = [ReviewReason(field: "subject", confidence: 0.5, reason: "unsure")]
    #expect(metadata.access == .open)
}
