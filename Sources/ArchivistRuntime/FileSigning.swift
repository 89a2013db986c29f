import ArchivistCore
import ArchivistSigning
import Foundation

/// `archivist sign`: PAdES-signs PDFs from anywhere (received files, exports) with the
/// workspace identity, writing signed copies; the originals are never touched.
public struct FileSigning: Sendable {
    public struct Outcome: Sendable {
        public var signed: [URL] = []
        public var failures: [BatchFailure] = []
        public var bytes: Int64 = 0
        public var seconds: Double = 0
    }

    public var workspace: Workspace
    public var timestampAuthority: URL?
    public var reason = "Bản sao có chữ ký số của lưu trữ (archival signature)"
    /// Show the agency and signing time at the top right of page 1 (invisible by default).
    public var visibleMark = false
    /// The agency on the mark; nil takes the certificate's O, else its CN.
    public var markAgency: String?
    /// A TrueType font for the mark; nil takes Liberation Serif (fonts-liberation2).
    public var markFont: String?

    public init(workspace: Workspace, timestampAuthority: URL?) {
        self.workspace = workspace
        self.timestampAuthority = timestampAuthority
    }

    public func run(_ files: [URL], into folder: URL, notice: (String) -> Void, progress: (Int, Int) -> Void) async throws -> Outcome {
        let identity = try SigningKeys(workspace: workspace).identityForSigning(notice: notice)
        let mark = visibleMark ? try VisibleMark(agency: markAgency, fontPath: markFont) : nil
        let signer = IdentitySigner(identity: identity, timestampAuthority: timestampAuthority.map { TimestampAuthority(url: $0) },
                                    visibleMark: mark)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var outcome = Outcome()
        let started = Date()
        for (index, file) in files.enumerated() {
            do {
                let pdf = try Data(contentsOf: file)
                let target = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "-signed.pdf")
                guard !FileManager.default.fileExists(atPath: target.path) else { throw FileSigningError.exists(path: target.path) }
                try await signer.signPDF(pdf, reason: reason).write(to: target, options: .withoutOverwriting)
                outcome.signed.append(target)
                outcome.bytes += Int64(pdf.count)
            } catch {
                outcome.failures.append(BatchFailure(path: file.path, stage: "sign", reason: BatchScanner.reason(error)))
            }
            progress(index + 1, files.count)
        }
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }
}

enum FileSigningError: ArchivistError {
    case exists(path: String)

    var problem: String {
        switch self {
        case .exists(let path): "\(path) exists already."
        }
    }

    var remedy: String? { "Choose another --out folder; signed copies are never overwritten." }
}
