import Foundation

/// The documents found under the paths given to `ingest`, and what could not be read.
public struct ScannedBatch: Sendable {
    public var documents: [DocumentState]
    public var failures: [BatchFailure]
    /// Files skipped because their extension is not a scan format (inventories, notes...).
    public var ignoredFiles: Int

    public var pageCount: Int { documents.reduce(0) { $0 + $1.expectedPageCount } }
}

/// Walks folders, groups page files into documents and reads each file's headers (never its
/// pixels). A multi-page TIFF is one document; `name-p1.png`, `name-p2.png` are one document.
public struct BatchScanner: Sendable {
    public static let stage = "scan"
    let inspector: any ImageInspector
    let maxPixelsPerPage: Int

    public init(inspector: any ImageInspector, maxPixelsPerPage: Int) {
        self.inspector = inspector
        self.maxPixelsPerPage = maxPixelsPerPage
    }

    public func scan(_ roots: [URL], fonds: String?) -> ScannedBatch {
        var batch = ScannedBatch(documents: [], failures: [], ignoredFiles: 0)
        for root in roots {
            let base = root.standardizedFileURL.deletingLastPathComponent()
            var files: [URL] = []
            walk(root.standardizedFileURL, into: &files, batch: &batch)
            for group in PageGrouping.group(files) {
                if let document = inspect(group, base: base, fonds: fonds, batch: &batch) {
                    batch.documents.append(document)
                }
            }
        }
        return batch
    }

    private func walk(_ url: URL, into files: inout [URL], batch: inout ScannedBatch) {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            batch.failures.append(BatchFailure(path: url.path, stage: Self.stage,
                                               reason: "cannot read (\(String(cString: strerror(errno)))). Check the path and its permissions."))
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            if ImageFormat(fileExtension: url.pathExtension) != nil { files.append(url) } else { batch.ignoredFiles += 1 }
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            if access(url.path, R_OK | X_OK) != 0 { throw POSIXError(.EACCES) }
        } catch {
            batch.failures.append(BatchFailure(path: url.path, stage: Self.stage,
                                               reason: "cannot list the folder (\(Self.reason(error))). Fix its permissions and run the same ingest again."))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            walk(url.appendingPathComponent(name), into: &files, batch: &batch)
        }
    }

    private func inspect(_ group: PageGrouping.Group, base: URL, fonds: String?, batch: inout ScannedBatch) -> DocumentState? {
        var files: [SourceFile] = []
        var problems: [BatchFailure] = []
        for url in group.files {
            do {
                let info = try inspector.inspect(url)
                for (index, page) in info.pages.enumerated() where page.pixelCount > maxPixelsPerPage {
                    throw ImageInspectionError.tooManyPixels(path: url.path, page: index + 1, width: page.width,
                                                             height: page.height, limit: maxPixelsPerPage)
                }
                files.append(SourceFile(url: url, info: info))
            } catch {
                problems.append(BatchFailure(path: url.path, stage: Self.stage, reason: Self.reason(error)))
            }
        }
        guard problems.isEmpty else {
            batch.failures += problems
            let failed = problems.map { ($0.path as NSString).lastPathComponent }.joined(separator: ", ")
            for file in files {
                batch.failures.append(BatchFailure(path: file.url.path, stage: Self.stage,
                                                   reason: "held back: another page file of the same document failed (\(failed))."))
            }
            return nil
        }
        let name = String(group.directory.path.dropFirst(base.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let box = group.directory.lastPathComponent
        return DocumentState(name: (name.isEmpty ? group.baseName : name + "/" + group.baseName).precomposedStringWithCanonicalMapping,
                             provenance: Provenance(fonds: fonds, box: box.precomposedStringWithCanonicalMapping), files: files)
    }

    /// What to tell a person about an error: its problem and remedy when it has them.
    public static func reason(_ error: Error) -> String {
        if let error = error as? ArchivistError { return error.description }
        if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
