import ArchivistCore
/// A document as reconciliation sees it: its id and the extracted key fields.
public struct InventoryDocument: Sendable, Codable, Hashable {
    public var id: String
    public var symbol: String?
    /// ISO date.
    public var date: String?
    public var subject: String?
    public var pageCount: Int
    public var confidentiality: Confidentiality?

    public init(id: String, symbol: String?, date: String?, subject: String?, pageCount: Int, confidentiality: Confidentiality? = nil) {
        self.id = id
        self.symbol = symbol
        self.date = date
        self.subject = subject
        self.pageCount = pageCount
        self.confidentiality = confidentiality
    }
}

/// The outcome of matching an inventory against the documents found in a box.
public struct ReconciliationReport: Sendable, Codable, Hashable {
    public struct Match: Sendable, Codable, Hashable {
        public var row: InventoryRow
        public var documentID: String
        /// Match strength in [0, 1] from symbol, date and subject agreement.
        public var score: Double
    }

    public struct PageMismatch: Sendable, Codable, Hashable {
        public var row: InventoryRow
        public var documentID: String
        public var listed: Int
        public var found: Int
    }

    public var matched: [Match]
    public var listedButMissing: [InventoryRow]
    public var presentButUnlisted: [String]
    public var pageCountMismatches: [PageMismatch]
    /// Rows the inventory marks confidential whose document carries no extracted mark:
    /// treat the document as restricted and check the scan.
    public var unmarkedConfidential: [Match]
}

/// Matches inventory rows to documents by number-symbol, date and subject similarity.
public struct InventoryReconciler: Sendable {
    public var minimumScore: Double

    public init(minimumScore: Double = 0.5) {
        self.minimumScore = minimumScore
    }

    public func reconcile(_ rows: [InventoryRow], with documents: [InventoryDocument]) -> ReconciliationReport {
        var candidates: [(row: Int, document: Int, score: Double)] = []
        for (r, row) in rows.enumerated() {
            for (d, document) in documents.enumerated() {
                let score = Self.score(row, document)
                if score >= minimumScore { candidates.append((r, d, score)) }
            }
        }
        // Greedy one-to-one assignment, strongest first.
        var usedRows = Set<Int>(), usedDocuments = Set<Int>()
        var matched: [ReconciliationReport.Match] = []
        for candidate in candidates.sorted(by: { $0.score > $1.score })
        where !usedRows.contains(candidate.row) && !usedDocuments.contains(candidate.document) {
            usedRows.insert(candidate.row)
            usedDocuments.insert(candidate.document)
            matched.append(.init(row: rows[candidate.row], documentID: documents[candidate.document].id, score: candidate.score))
        }
        matched.sort { $0.row.line < $1.row.line }
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let mismatches = matched.compactMap { match -> ReconciliationReport.PageMismatch? in
            guard let listed = match.row.pages, let found = byID[match.documentID]?.pageCount, listed != found else { return nil }
            return .init(row: match.row, documentID: match.documentID, listed: listed, found: found)
        }
        return ReconciliationReport(
            matched: matched,
            listedButMissing: rows.indices.filter { !usedRows.contains($0) }.map { rows[$0] },
            presentButUnlisted: documents.indices.filter { !usedDocuments.contains($0) }.map { documents[$0].id },
            pageCountMismatches: mismatches,
            unmarkedConfidential: matched.filter { $0.row.confidentiality != nil && byID[$0.documentID]?.confidentiality == nil })
    }

    /// Symbol equality weighs most; date and subject confirm or stand in for a misread symbol.
    static func score(_ row: InventoryRow, _ document: InventoryDocument) -> Double {
        var score = 0.0
        if let a = row.numberSymbol.map(symbolKey), let b = document.symbol.map(symbolKey), !a.isEmpty {
            if a == b { score += 0.55 } else if VietnameseFolding.fold(a) == VietnameseFolding.fold(b) { score += 0.45 }
            else if EditDistance.between(a, b) <= 1 { score += 0.3 }
        }
        if let a = row.date, a == document.date { score += 0.2 }
        if let a = row.subject, let b = document.subject { score += 0.25 * subjectSimilarity(a, b) }
        return score
    }

    /// "15 - NQ/TU" → "15-NQ/TU"; Đ look-alikes unified.
    static func symbolKey(_ text: String) -> String {
        SymbolGrammar.normalize(text).filter { !$0.isWhitespace }.uppercased()
    }

    /// Share of the document subject's words found in the row's subject (the row often
    /// prefixes the type name: "Nghị quyết về …").
    static func subjectSimilarity(_ row: String, _ document: String) -> Double {
        let rowWords = Set(VietnameseFolding.tokens(row)), documentWords = Set(VietnameseFolding.tokens(document))
        guard !documentWords.isEmpty else { return 0 }
        return Double(rowWords.intersection(documentWords).count) / Double(documentWords.count)
    }
}
