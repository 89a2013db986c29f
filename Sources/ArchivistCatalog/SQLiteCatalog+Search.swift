import ArchivistCore
import ArchivistMetadata
import Foundation
import GRDB

extension SQLiteCatalog {
    /// Pages matching every word of the query, with or without diacritics. Pages with the words
    /// as typed (diacritics included) come first, then pages with the words side by side, then
    /// the rest by BM25.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let expression = SearchExpression(query.text)
        guard !expression.isEmpty else { return [] }
        let exact = expression.hasDiacritics ? expression.exactPhrase : nil
        var arguments: StatementArguments = ["match": expression.folded, "phrase": expression.foldedPhrase, "limit": query.limit]
        if let exact { arguments += ["exact": exact] }
        return try await database.read { [arguments] db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT pages.document_id, pages.number, pages.text, documents.name, files.source_path,
                       bm25(page_search) AS score,
                       \(exact == nil ? "0" : "pages.id IN (SELECT rowid FROM page_search WHERE page_search MATCH :exact)") AS exact,
                       pages.id IN (SELECT rowid FROM page_search WHERE page_search MATCH :phrase) AS phrase
                FROM page_search
                JOIN pages ON pages.id = page_search.rowid
                JOIN documents ON documents.id = pages.document_id
                LEFT JOIN files ON files.document_id = pages.document_id AND files.position = pages.file_position
                WHERE page_search MATCH :match \(query.includeRestricted ? "" : "AND documents.access = 'open'")
                ORDER BY exact DESC, phrase DESC, score
                LIMIT :limit
                """, arguments: arguments)
            return rows.map { row in
                SearchHit(documentID: row["document_id"], documentName: row["name"], page: row["number"],
                          sourceFile: row["source_path"] ?? "",
                          snippet: SearchSnippet.make(text: row["text"], queryTokens: expression.foldedWords),
                          exactMatch: row["exact"], score: -(row["score"] as Double))
            }
        }
    }
}
