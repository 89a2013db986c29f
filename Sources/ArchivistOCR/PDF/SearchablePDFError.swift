import ArchivistCore

/// Why a searchable PDF could not be written, naming the file and page concerned.
public enum SearchablePDFError: ArchivistError {
    /// A page image could not be read or stored; `page` counts from 1 inside the file.
    case unreadablePage(path: String, page: Int, documentPage: Int, reason: String)
    case noPages(title: String)
    case assemblyFailed(title: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var problem: String {
        switch self {
        case .unreadablePage(let path, let page, let documentPage, let reason):
            "\(path): page \(page) (document page \(documentPage)) could not be put into the PDF (\(reason))."
        case .noPages(let title): "'\(title)': a PDF needs at least one page, none were given."
        case .assemblyFailed(let title, let reason): "'\(title)': the PDF could not be assembled (\(reason))."
        case .writeFailed(let path, let reason): "\(path): the PDF could not be written (\(reason))."
        }
    }

    public var remedy: String? {
        switch self {
        case .unreadablePage: "Check that the scan opens in an image viewer; rescan or recopy it, then run the stage again."
        case .noPages: "Run OCR on the document's pages before making its PDF."
        case .assemblyFailed: "This is a bug in Archivist: report it with the document's files."
        case .writeFailed: "Check free space and permissions of the output folder, then run the stage again."
        }
    }
}
