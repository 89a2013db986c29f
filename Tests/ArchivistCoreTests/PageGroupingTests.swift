@testable import ArchivistCore
import Foundation
import Testing

@Test func pageFilesOfOneDocumentGroupInPageOrder() {
    let folder = URL(fileURLWithPath: "/box")
    let files = ["letter-p2.png", "letter-p10.png", "letter-p1.png", "memo.tif", "report_page01.jpg", "report_page02.jpg", "plan.png"]
        .map { folder.appendingPathComponent($0) }
    let groups = PageGrouping.group(files)
    let byName = Dictionary(uniqueKeysWithValues: groups.map { ($0.baseName, $0.files.map(\.lastPathComponent)) })
    #expect(byName["letter"] == ["letter-p1.png", "letter-p2.png", "letter-p10.png"])
    #expect(byName["report"] == ["report_page01.jpg", "report_page02.jpg"])
    #expect(byName["memo"] == ["memo.tif"])
    #expect(byName["plan"] == ["plan.png"])
    #expect(groups.count == 4)
}

@Test func sameNameInDifferentFoldersStaysApart() {
    let files = [URL(fileURLWithPath: "/a/scan-p1.png"), URL(fileURLWithPath: "/b/scan-p1.png")]
    #expect(PageGrouping.group(files).count == 2)
}

@Test func progressEstimatesRemainingTime() {
    let snapshot = ProgressSnapshot(pagesDone: 10, pagesTotal: 30, documentsDone: 1, documentsTotal: 3, failures: 0, elapsed: 5)
    #expect(snapshot.rate == 2)
    #expect(ProgressSnapshot(pagesDone: 1, pagesTotal: 9, documentsDone: 0, documentsTotal: 1, failures: 0, elapsed: 0.01).rate == 0)
    #expect(snapshot.estimatedRemaining == 10)
}
