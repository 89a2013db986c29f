/// A set of documents whose texts are near-duplicates (a re-scan, or one resolution received
/// by several committees), with the lowest pairwise similarity that linked them.
public struct DuplicateGroup<ID: Hashable & Sendable & Codable>: Sendable, Codable, Hashable {
    public var members: [ID]
    /// The weakest link's similarity in the group (single-linkage).
    public var similarity: Double
}

/// Groups documents whose MinHash similarity reaches a threshold (single-linkage).
public struct DuplicateGrouping: Sendable {
    public var threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    /// Groups of two or more documents, in input order; singletons are left out.
    public func groups<ID: Hashable & Sendable & Codable>(_ documents: [(id: ID, signature: MinHashSignature)]) -> [DuplicateGroup<ID>] {
        var parent = Array(documents.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var weakest: [Int: Double] = [:]
        for i in documents.indices {
            for j in documents.indices where j > i {
                let similarity = documents[i].signature.similarity(to: documents[j].signature)
                guard similarity >= threshold else { continue }
                let (a, b) = (root(i), root(j))
                let link = min(similarity, weakest[a] ?? 1, weakest[b] ?? 1)
                if a != b { parent[b] = a }
                weakest[root(i)] = link
            }
        }
        var members: [Int: [ID]] = [:]
        var order: [Int] = []
        for index in documents.indices {
            let r = root(index)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(documents[index].id)
        }
        return order.compactMap { r in
            guard let ids = members[r], ids.count >= 2 else { return nil }
            return DuplicateGroup(members: ids, similarity: weakest[r] ?? threshold)
        }
    }
}
