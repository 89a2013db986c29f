import ArchivistCore

/// Every stage a pipeline file may name, in their natural order.
public enum KnownStages {
    public static let all: [StageDescriptor] = [
        StageDescriptor(IngestStage.self),
        StageDescriptor(OCRStage.self),
        StageDescriptor(CleanStage.self),
        StageDescriptor(ClassifyStage.self),
        StageDescriptor(SearchablePDFStage.self),
        StageDescriptor(SignStage.self),
        StageDescriptor(CatalogStage.self),
    ]

    public static var loader: PipelineLoader { PipelineLoader(known: all) }
}
