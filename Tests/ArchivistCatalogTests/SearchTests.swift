import ArchivistCatalog
import ArchivistCore
import Foundation
import Testing

@Test func findsVietnameseWithOrWithoutDiacritics() async throws {
    let fixture = try CatalogFixture()
    let id = try await fixture.addDocument("nq-57", pages: ["Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."])
    try await fixture.addDocument("other", pages: ["Báo cáo tổng kết công tác lưu trữ năm 2024."])
    for query in ["chuyen doi so", "chuyển đổi số", "CHUYỂN ĐỔI SỐ", "doi moi", "đổi"] {
        let hits = try await fixture.catalog.search(SearchQuery(text: query))
        #expect(hits.map(\.documentID) == [id], "query \(query)")
    }
    let hit = try #require(try await fixture.catalog.search(SearchQuery(text: "chuyen doi so")).first)
    #expect(hit.snippet.contains("«chuyển đổi số»"))
    #expect(hit.page == 1)
    #expect(hit.documentName == "nq-57")
}

@Test func exactDiacriticsRankFirst() async throws {
    let fixture = try CatalogFixture()
    let folded = try await fixture.addDocument("duong", pages: ["Ông Dương Văn Minh phát biểu tại hội nghị."])
    let exact = try await fixture.addDocument("duong-exact", pages: ["Mở rộng đường giao thông nông thôn."])
    let hits = try await fixture.catalog.search(SearchQuery(text: "đường"))
    #expect(hits.map(\.documentID) == [exact, folded])
    #expect(hits.first?.exactMatch == true)
    #expect(hits.last?.exactMatch == false)
}

@Test func wordsSideBySideRankAboveScatteredWords() async throws {
    let fixture = try CatalogFixture()
    let scattered = try await fixture.addDocument("scattered", pages: ["Công tác lưu trữ hồ sơ; kho dữ liệu số hóa được chuyển giao."])
    let phrase = try await fixture.addDocument("phrase", pages: ["Đẩy mạnh chuyển đổi số trong công tác lưu trữ."])
    let hits = try await fixture.catalog.search(SearchQuery(text: "chuyen so"))
    #expect(Set(hits.map(\.documentID)).isSubset(of: [scattered, phrase]))
    let quoted = try await fixture.catalog.search(SearchQuery(text: "\"doi so\""))
    #expect(quoted.map(\.documentID) == [phrase])
}

@Test func queriesNeverRaiseSyntaxErrors() async throws {
    let fixture = try CatalogFixture()
    try await fixture.addDocument("a", pages: ["Quyết định số 45/QĐ-UBND"])
    for query in ["\"", "AND", "45/QĐ-UBND", "NEAR(", "col:value", "*", "qd-ubnd*", "---"] {
        _ = try await fixture.catalog.search(SearchQuery(text: query))
    }
    #expect(try await fixture.catalog.search(SearchQuery(text: "45/QĐ-UBND")).count == 1)
    #expect(try await fixture.catalog.search(SearchQuery(text: "ubn*")).count == 1)
}
