import ArchivistCore
import Foundation
@testable import ArchivistMetadata
import Testing

@Suite struct InventoryTests {
    @Test func parsesTheSampleInventory() throws {
        let inventory = try InventoryParser().parse(Fixtures.data("muc-luc.csv"))
        #expect(inventory.rows.count == 8)
        #expect(inventory.encodingNote == nil)
        let row = inventory.rows[2]
        #expect(row.numberSymbol == "08-KH/BTCTU")
        #expect(row.date == "2025-05-14")
        #expect(row.pages == 2)
        #expect(row.confidentiality == .mat)
        #expect(inventory.rows[1].subject?.contains("công tác văn thư, lưu trữ") == true)
    }

    @Test func acceptsEnglishHeadersLFAndNoBOM() throws {
        let csv = "order,number-symbol,date,subject,pages,note\n1,\"15/UBND-VP\",5/3/2024,\"Re: archives, 2024\",2,\n"
        let inventory = try InventoryParser().parse(Data(csv.utf8))
        #expect(inventory.rows.first?.numberSymbol == "15/UBND-VP")
        #expect(inventory.rows.first?.date == "2024-03-05")
        #expect(inventory.rows.first?.subject == "Re: archives, 2024")
    }

    @Test func convertsTCVN3FileWithANote() throws {
        let line = "STT,Sè vµ ký hiÖu,Ngµy th¸ng,TrÝch yÕu néi dung,Sè tê,Ghi chó\r\n1,15-NQ/TU,12/03/2024,NghÞ quyÕt vÒ chuyÓn ®æi sè,2,MËt\r\n"
        // Bytes as a TCVN3 editor writes them: one byte per character.
        let bytes = line.unicodeScalars.map { UInt8($0.value) }
        let inventory = try InventoryParser().parse(Data(bytes))
        #expect(inventory.encodingNote?.contains("TCVN3") == true)
        #expect(inventory.rows.first?.subject == "Nghị quyết về chuyển đổi số")
        #expect(inventory.rows.first?.confidentiality == .mat)
    }

    @Test func rejectsAFileWithoutKeyColumns() {
        #expect(throws: InventoryError.self) { try InventoryParser().parse(Data("a,b\n1,2\n".utf8)) }
    }

    @Test func reconcilesABoxWithOneMissingAndOneUnlisted() throws {
        let inventory = try InventoryParser().parse(Fixtures.data("muc-luc.csv"))
        let documents = try Fixtures.ocrDocuments()
        let extractor = MetadataExtractor()
        let found = documents.map { id, pages in
            let m = extractor.extract(pages)
            return InventoryDocument(id: id, symbol: m.symbol.value, date: m.date.value, subject: m.subject.value,
                                     pageCount: pages.count, confidentiality: m.confidentiality.value)
        }.filter { $0.symbol != nil }.sorted { $0.id < $1.id }
        var report = InventoryReconciler().reconcile(inventory.rows, with: found)
        // "Số: 05CT-UBND" (slash lost by OCR) matches once the grammar restores the slash.
        #expect(report.matched.count == 7)
        #expect(report.listedButMissing.map(\.numberSymbol) == ["19-BC/HU"])
        #expect(report.presentButUnlisted == ["box-02/tb-230-tu"])
        #expect(report.pageCountMismatches.isEmpty)
        // The MẬT box OCR did not read: the inventory's note catches it.
        #expect(report.unmarkedConfidential.map(\.documentID) == ["box-01/kh-08-btctu"])
        var shortened = found
        shortened[0].pageCount += 1
        report = InventoryReconciler().reconcile(inventory.rows, with: shortened)
        #expect(report.pageCountMismatches.map(\.documentID) == [shortened[0].id])
    }
}

@Suite struct EvaluationTests {
    @Test func classifiesErrorKinds() throws {
        let record = try #require(try Fixtures.truth().first)
        var m = DocumentMetadata()
        m.date = ExtractedField(value: "2024-12-03", confidence: 0.9, evidence: Evidence(rule: "test"))
        m.number = ExtractedField(value: "16", confidence: 0.5, evidence: Evidence(rule: "test"))
        m.reviewReasons = [ReviewReason(field: "number", confidence: 0.5, reason: "low")]
        let evaluation = MetadataEvaluation.evaluate(truth: [record], extracted: [record.id: m])
        let date = try #require(evaluation.errors.first { $0.field == "date" })
        #expect(date.kind == "day-month-swapped")
        #expect(!date.routedToReview)
        let number = try #require(evaluation.errors.first { $0.field == "number" })
        #expect(number.kind == "character-substitution")
        #expect(number.routedToReview)
        #expect(evaluation.reviewPrecision == 1)
        #expect(evaluation.typeConfusions["Nghị quyết → none"] == 1)
        #expect(evaluation.accuracy(of: "date") == 0)
    }
}

@Suite struct HeaderlessInventoryTests {
    @Test func readsAHeaderlessFileInStandardOrder() throws {
        let inventory = try InventoryParser().parse(Data("1,15-NQ/TU,12/03/2024,Nghị quyết,2,\n".utf8))
        #expect(inventory.rows.first?.numberSymbol == "15-NQ/TU")
        #expect(inventory.warnings.count == 1)
    }
}
