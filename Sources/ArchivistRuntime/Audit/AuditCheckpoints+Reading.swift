import ArchivistCore
import ArchivistSigning
import Foundation

extension AuditCheckpoints {
    /// Every checkpoint on disk, its signature checked against the trust anchors at the time
    /// it was signed, its number and its link to the one before: the checkpoints that hold,
    /// and one sentence for each file missing, edited, renamed or replaced.
    func read(trust: TrustAnchors) -> (checkpoints: [AuditCheckpoint], problems: [String]) {
        let present = sequences()
        guard !present.isEmpty else { return ([], []) }
        var checkpoints: [AuditCheckpoint] = [], problems: [String] = []
        for gap in Self.runs(missingFrom: present) {
            let what = gap.count == 1 ? "checkpoint \(AuditCheckpoint.name(gap.lowerBound)) is" : "checkpoints \(AuditCheckpoint.name(gap.lowerBound))-\(AuditCheckpoint.name(gap.upperBound)) are"
            problems.append("\(what) missing from \(Self.relativePath) although later ones exist: files were deleted")
        }
        for sequence in present {
            let name = AuditCheckpoint.name(sequence)
            let record = try? Data(contentsOf: recordURL(sequence)), signature = try? Data(contentsOf: signatureURL(sequence))
            switch (record, signature) {
            case (nil, _):
                problems.append("checkpoint \(name): \(name).json is missing or unreadable (its signature is there): the record was deleted")
            case (_, nil):
                problems.append("checkpoint \(name): \(name).p7s is missing or unreadable: the record is not signed, or its signature was deleted")
            case (let record?, let signature?):
                let previous = sequence > 1 ? try? Data(contentsOf: recordURL(sequence - 1)) : nil
                do {
                    checkpoints.append(try check(record, signature: signature, sequence: sequence, previous: previous, trust: trust))
                } catch let problem as CheckpointProblem {
                    problems.append("checkpoint \(name): \(problem.text)")
                } catch {
                    problems.append("checkpoint \(name): \(error)")
                }
            }
        }
        return (checkpoints, problems)
    }

    /// The runs of numbers below the largest of `present` (sorted) that are not in it.
    static func runs(missingFrom present: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = [], expected = 1
        for number in present {
            if number > expected { runs.append(expected...number - 1) }
            expected = number + 1
        }
        return runs
    }

    /// The checkpoint in `record` when its signature holds and it is the one its name says.
    private func check(_ record: Data, signature: Data, sequence: Int, previous: Data?, trust: TrustAnchors) throws -> AuditCheckpoint {
        let name = AuditCheckpoint.name(sequence)
        let checkpoint = try? AuditCheckpoint.decode(record)
        // Certificates are judged at the signing time the record states (signed, so trusted
        // once the signature holds): a checkpoint stays valid after its certificate expires.
        let verifier = CMSSignatureVerifier(trustAnchors: trust, validationTime: checkpoint?.signedAt)
        let result: CMSVerification
        do {
            result = try verifier.verify(signature: signature, content: record)
        } catch {
            throw CheckpointProblem(text: "\(name).p7s is not a readable CMS signature (\(error)): it was damaged or replaced")
        }
        guard result.isIntact else {
            throw CheckpointProblem(text: "the signature does not match \(name).json (\(result.integrityProblem ?? "digest mismatch")): the record was edited")
        }
        if let trustProblem = result.trustProblem {
            throw CheckpointProblem(text: "signed by \(result.signerSubject ?? "an unknown signer"), whom the workspace does not trust (\(trustProblem))")
        }
        if let timestampProblem = result.timestampProblem { throw CheckpointProblem(text: "its timestamp does not hold (\(timestampProblem))") }
        guard let checkpoint, checkpoint.format == AuditCheckpoint.format else {
            throw CheckpointProblem(text: "\(name).json is signed but is not an audit checkpoint this version reads")
        }
        guard checkpoint.sequence == sequence else {
            throw CheckpointProblem(text: "\(name).json holds checkpoint \(checkpoint.name): the files were renamed")
        }
        if let previous, checkpoint.previous != SHA256Hasher().sha256(of: previous) {
            throw CheckpointProblem(text: "it does not name checkpoint \(AuditCheckpoint.name(sequence - 1)) as the one before it: one of them was replaced")
        }
        return checkpoint
    }
}

/// Why one checkpoint does not hold, as a sentence.
private struct CheckpointProblem: Error {
    let text: String
}
