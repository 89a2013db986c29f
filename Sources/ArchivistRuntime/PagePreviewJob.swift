import ArchivistCore
import ArchivistOCR
import Foundation

/// `archivist prepare`: one page of a scan prepared with the pipeline's `ocr` options and
/// written as PNG, with what preparation did.
public struct PagePreviewJob: Sendable {
    public var file: String
    public var page: Int
    public var pipelineFile: String?
    public var output: String

    public init(file: String, page: Int, pipelineFile: String?, output: String) {
        self.file = file
        self.page = page
        self.pipelineFile = pipelineFile
        self.output = output
    }

    public func run() throws -> PagePreparation {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: file) else { throw PreviewError.noSuchFile(file: file) }
        let info = try LeptonicaImageInspector().inspect(url)
        guard info.pages.indices.contains(page - 1) else {
            throw PreviewError.noSuchPage(file: file, page: page, pages: info.pages.count)
        }
        let pipeline = try PipelineSource.load(pipelineFile)
        let options = pipeline.options(of: OCRStage.name, as: OCRStage.Options.self) ?? .init()
        let request = PageRequest(url: url, location: PageLocation(filePosition: 0, pageInFile: page - 1), number: page,
                                  language: options.languages[0], dpi: info.pages[page - 1].dpi, preparation: options.preparation)
        return try PagePreview.write(request, to: URL(fileURLWithPath: output))
    }

    enum PreviewError: ArchivistError {
        case noSuchFile(file: String)
        case noSuchPage(file: String, page: Int, pages: Int)

        var problem: String {
            switch self {
            case .noSuchFile(let file): "\(file): no such file."
            case .noSuchPage(let file, let page, let pages): "\(file) has \(pages) page(s); there is no page \(page)."
            }
        }
        var remedy: String? {
            switch self {
            case .noSuchFile: "Give the path of a scan: TIFF, PNG, JPEG or PDF."
            case .noSuchPage: "Give --page between 1 and the file's page count."
            }
        }
    }
}
