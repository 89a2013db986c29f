/// A rectangle in page pixels, origin top left.
public struct PixelBox: Sendable, Codable, Hashable {
    public var left: Int, top: Int, right: Int, bottom: Int

    public init(left: Int, top: Int, right: Int, bottom: Int) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    /// The smallest box holding both.
    public func union(_ other: PixelBox) -> PixelBox {
        PixelBox(left: min(left, other.left), top: min(top, other.top), right: max(right, other.right), bottom: max(bottom, other.bottom))
    }
}

/// One recognized word with its box, the engine's confidence (0-100) and its place in the
/// layout (block and line numbers as the engine segmented the page).
public struct RecognizedWord: Sendable, Codable, Hashable {
    public var text: String
    public var confidence: Double
    public var box: PixelBox
    public var block: Int
    public var line: Int
    /// What the other read of the word's line made of it, for the few words read twice (the date
    /// of issue's numbers, the issuing body's lines): the second read's, or the page's own where
    /// the word was taken from the second read (`PageTextRepair`); nil for the others and when
    /// the second read did not find the word.
    public var reread: String?
    /// The model of the second read ("eng") when it was another than the page's; nil when the
    /// page's own model read the word again. Two models agreeing is a check; one model twice is
    /// little of one.
    public var rereadModel: String?

    public init(text: String, confidence: Double, box: PixelBox, block: Int, line: Int, reread: String? = nil, rereadModel: String? = nil) {
        self.text = text
        self.confidence = confidence
        self.box = box
        self.block = block
        self.line = line
        self.reread = reread
        self.rereadModel = rereadModel
    }
}

/// Where a page comes from: the file's position in its document and the page inside the file.
public struct PageLocation: Sendable, Codable, Hashable {
    public var filePosition: Int
    public var pageInFile: Int

    public init(filePosition: Int, pageInFile: Int) {
        self.filePosition = filePosition
        self.pageInFile = pageInFile
    }
}

/// The OCR result of one page. Text is NFC.
public struct RecognizedPage: Sendable, Codable, Hashable {
    public var number: Int
    public var location: PageLocation
    public var width: Int
    public var height: Int
    public var dpi: Int
    public var language: String
    public var text: String
    public var meanConfidence: Double
    public var words: [RecognizedWord]
    /// Seconds the engine spent recognizing, the regions it read a second time included, without
    /// queueing, decoding or preparation.
    public var recognizeSeconds: Double
    /// What was done to the image before recognition; nil for pages read as they are.
    public var preparation: PagePreparation?
    /// Words whose misread tone marks were repaired from a set phrase around them, as
    /// "read→written" (nil on records made before repairs existed).
    public var repairs: [String]?

    public init(number: Int, location: PageLocation, width: Int, height: Int, dpi: Int, language: String,
                text: String, meanConfidence: Double, words: [RecognizedWord], recognizeSeconds: Double,
                preparation: PagePreparation? = nil) {
        self.number = number
        self.location = location
        self.width = width
        self.height = height
        self.dpi = dpi
        self.language = language
        self.text = text
        self.meanConfidence = meanConfidence
        self.words = words
        self.recognizeSeconds = recognizeSeconds
        self.preparation = preparation
    }

    /// True when preparation found no ink: the page is kept and marked, not recognized.
    public var isBlank: Bool { preparation?.blank ?? false }

    public var minimumWordConfidence: Double? { words.map(\.confidence).min() }
}
