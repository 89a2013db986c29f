import ArchivistCore
import Foundation

extension METSWriter {
    /// The amdSec of one document: a PREMIS object per file (techMD), and a PREMIS event per
    /// audit event plus a PREMIS agent per distinct agent (digiprovMD).
    func writeAdministrative(_ document: ExportedDocument, number: Int, into xml: inout XMLWriter) {
        xml.start("mets:amdSec", [("ID", "amd-\(number)")])
        for (index, file) in document.files.enumerated() {
            xml.start("mets:techMD", [("ID", Self.objectID(number, index + 1))])
            wrapPREMIS(into: &xml) { xml in writeObject(file, into: &xml) }
            xml.end()
        }
        for (index, event) in document.events.enumerated() {
            xml.start("mets:digiprovMD", [("ID", "event-\(number)-\(index + 1)")])
            wrapPREMIS(into: &xml) { xml in
                writeEvent(event, identifier: "doc-\(document.summary.id)-event-\(index + 1)", files: document.files, into: &xml)
            }
            xml.end()
        }
        let agents = Array(Set(document.events.map(\.agent))).sorted()
        for (index, agent) in agents.enumerated() {
            xml.start("mets:digiprovMD", [("ID", "agent-\(number)-\(index + 1)")])
            wrapPREMIS(into: &xml) { xml in
                xml.start("premis:agent", [("version", "3.0")])
                xml.start("premis:agentIdentifier")
                xml.leaf("premis:agentIdentifierType", "local")
                xml.leaf("premis:agentIdentifierValue", agent)
                xml.end()
                xml.leaf("premis:agentName", agent)
                xml.leaf("premis:agentType", Self.isPerson(agent) ? "person" : "software")
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private func wrapPREMIS(into xml: inout XMLWriter, _ body: (inout XMLWriter) -> Void) {
        xml.start("mets:mdWrap", [("MDTYPE", "PREMIS"), ("MDTYPEVERSION", "3.0")])
        xml.start("mets:xmlData")
        body(&xml)
        xml.end()
        xml.end()
    }

    private func writeObject(_ file: ExportedFile, into xml: inout XMLWriter) {
        xml.start("premis:object", [("xsi:type", "premis:file"), ("version", "3.0")])
        xml.start("premis:objectIdentifier")
        xml.leaf("premis:objectIdentifierType", "sha256")
        xml.leaf("premis:objectIdentifierValue", file.sha256)
        xml.end()
        xml.start("premis:objectCharacteristics")
        xml.leaf("premis:compositionLevel", "0")
        xml.start("premis:fixity")
        xml.leaf("premis:messageDigestAlgorithm", "SHA-256", [
            ("authority", "cryptographicHashFunctions"),
            ("valueURI", "http://id.loc.gov/vocabulary/preservation/cryptographicHashFunctions/sha256"),
        ])
        xml.leaf("premis:messageDigest", file.sha256)
        xml.leaf("premis:messageDigestOriginator", "Archivist")
        xml.end()
        xml.leaf("premis:size", String(file.byteCount))
        xml.start("premis:format")
        xml.start("premis:formatDesignation")
        xml.leaf("premis:formatName", file.mimeType)
        xml.end()
        xml.end()
        xml.end()
        xml.leaf("premis:originalName", file.path)
        xml.end()
    }

    private func writeEvent(_ event: ArchiveEvent, identifier: String, files: [ExportedFile], into xml: inout XMLWriter) {
        xml.start("premis:event", [("version", "3.0")])
        xml.start("premis:eventIdentifier")
        xml.leaf("premis:eventIdentifierType", "local")
        xml.leaf("premis:eventIdentifierValue", identifier)
        xml.end()
        let uri = Self.eventTypeURI(event.type)
        xml.leaf("premis:eventType", event.type.rawValue, [("authority", uri == nil ? nil : "eventType"), ("valueURI", uri)])
        xml.leaf("premis:eventDateTime", Self.timestamp(event.at))
        if !event.detail.isEmpty {
            xml.start("premis:eventDetailInformation")
            xml.leaf("premis:eventDetail", event.detail)
            xml.end()
        }
        xml.start("premis:eventOutcomeInformation")
        xml.leaf("premis:eventOutcome", event.outcome.rawValue)
        xml.end()
        xml.start("premis:linkingAgentIdentifier")
        xml.leaf("premis:linkingAgentIdentifierType", "local")
        xml.leaf("premis:linkingAgentIdentifierValue", event.agent)
        xml.leaf("premis:linkingAgentRole", Self.isPerson(event.agent) ? "implementer" : "executing program")
        xml.end()
        if let document = files.first(where: { $0.role == .document }) {
            xml.start("premis:linkingObjectIdentifier")
            xml.leaf("premis:linkingObjectIdentifierType", "sha256")
            xml.leaf("premis:linkingObjectIdentifierValue", document.sha256)
            xml.end()
        }
        xml.end()
    }

    /// Agents that are people: operators and reviewers (as the runtime names them), e-mail addresses.
    static func isPerson(_ agent: String) -> Bool {
        agent.contains("@") || ["user:", "operator ", "reviewer "].contains { agent.hasPrefix($0) }
    }

    /// id.loc.gov/vocabulary/preservation/eventType codes; nil for a type of ours PREMIS lacks.
    static func eventTypeURI(_ type: EventType) -> String? {
        let code: String? = switch type {
        case .ingestion: "ing"
        case .messageDigestCalculation: "mes"
        case .formatIdentification: "for"
        case .creation: "cre"
        case .metadataExtraction: "mee"
        case .metadataModification: "mem"
        case .accession: "acc"
        case .digitalSignatureGeneration: "dsg"
        case .fixityCheck: "fix"
        case .validation: "val"
        case .dissemination: "dis"
        case .displaying: "dsp"
        case .policyAssignment: "poa"
        case .accessDenied: nil
        }
        return code.map { "http://id.loc.gov/vocabulary/preservation/eventType/\($0)" }
    }
}
