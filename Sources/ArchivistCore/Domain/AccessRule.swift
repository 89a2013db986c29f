import Foundation

/// Who sees which documents. Open ones: everyone. Mật and Tối mật ones: only an operator who
/// asks for them (--include-restricted) and holds a clearance covering the highest mark among
/// those concerned; otherwise none of them, and the request is refused whole. Tuyệt mật
/// (quarantined) ones: nobody, since no clearance opens them.
public struct AccessRule: Sendable, Hashable {
    public var operatorName: String
    public var clearance: ClearanceLevel?
    public var includeRestricted: Bool

    public init(operatorName: String, clearance: ClearanceLevel?, includeRestricted: Bool) {
        self.operatorName = operatorName
        self.clearance = clearance
        self.includeRestricted = includeRestricted
    }

    /// The verdict over the documents a command concerns (a listing, search hits, an export).
    public func decide(_ documents: [DocumentSummary]) -> AccessVerdict {
        var verdict = AccessVerdict()
        var needed: ClearanceLevel?
        var uncovered: [Int64] = []
        for document in documents {
            switch document.access {
            case .open:
                verdict.visible.append(document.id)
            case .quarantine:
                verdict.quarantinedLeftOut += 1
            case .restricted:
                guard includeRestricted else {
                    verdict.restrictedHidden += 1
                    continue
                }
                let level = Self.level(needing: document)
                if clearance?.covers(level) != true {
                    uncovered.append(document.id)
                    needed = max(needed ?? level, level)
                }
                verdict.visible.append(document.id)
                verdict.restrictedShown.append(document.id)
            }
        }
        if let needed {
            return AccessVerdict(denial: AccessDenied(operatorName: operatorName, held: clearance, needed: needed.mark, documentIDs: uncovered))
        }
        return verdict
    }

    /// The verdict on one document asked for by its id: a quarantined one is refused, not
    /// left out, once the operator asks for restricted documents.
    public func decide(one document: DocumentSummary) -> AccessVerdict {
        guard document.access == .quarantine, includeRestricted else { return decide([document]) }
        return AccessVerdict(denial: AccessDenied(operatorName: operatorName, held: clearance, needed: .tuyetMat, documentIDs: [document.id]))
    }

    /// The clearance a restricted document needs. One whose mark is unknown needs the highest.
    static func level(needing document: DocumentSummary) -> ClearanceLevel {
        document.description?.confidentiality.flatMap(ClearanceLevel.init(needing:)) ?? .toiMat
    }
}

/// What an operator may see among the documents concerned.
public struct AccessVerdict: Sendable, Hashable {
    /// The documents that may be shown, in the order given.
    public var visible: [Int64] = []
    /// The Mật and Tối mật ones among them: their access is logged.
    public var restrictedShown: [Int64] = []
    /// Mật and Tối mật documents left out because they were not asked for.
    public var restrictedHidden = 0
    /// Tuyệt mật documents left out: no clearance opens them.
    public var quarantinedLeftOut = 0
    /// Set when restricted documents were asked for without the clearance: nothing is shown.
    public var denial: AccessDenied?

    public init(denial: AccessDenied? = nil) {
        self.denial = denial
    }
}

/// Restricted documents asked for by an operator not cleared for them.
public struct AccessDenied: ArchivistError, Hashable {
    public var operatorName: String
    public var held: ClearanceLevel?
    /// The highest mark among the documents concerned.
    public var needed: Confidentiality
    /// The documents the operator's clearance does not cover.
    public var documentIDs: [Int64]

    public init(operatorName: String, held: ClearanceLevel?, needed: Confidentiality, documentIDs: [Int64]) {
        self.operatorName = operatorName
        self.held = held
        self.needed = needed
        self.documentIDs = documentIDs
    }

    public var problem: String {
        let documents = "document\(documentIDs.count == 1 ? "" : "s") \(documentIDs.map(String.init).joined(separator: ", "))"
        if needed == .tuyetMat {
            return "access denied to operator '\(operatorName)': \(documents) is Tuyệt mật (quarantined) and no clearance opens it: not to be digitized (HD 40-HD/VPTW)."
        }
        let holds = held.map { "holds only \($0.mark.rawValue)" } ?? "holds no clearance"
        return "access denied: operator '\(operatorName)' is not cleared for \(needed.rawValue) (\(documents) need\(documentIDs.count == 1 ? "s" : "") it) and \(holds). Nothing was shown or written; the refusal is in the audit trail."
    }

    public var remedy: String? {
        guard let level = ClearanceLevel(needing: needed) else {
            return "If the mark was misread, a reviewer can correct it: 'archivist correct ID --field confidentiality --value Mật' (or '-')."
        }
        return "An operator cleared for Tối mật can grant it: 'archivist clearance grant \(operatorName) --level \(level.rawValue)'. Or leave out --include-restricted."
    }
}
