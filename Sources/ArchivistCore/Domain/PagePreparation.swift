/// How a page image is prepared for OCR: the pipeline's `ocr` options.
public struct PreparationOptions: Sendable, Hashable, Codable {
    public enum Binarization: String, Sendable, Codable, CaseIterable {
        /// Otsu after background normalization: robust to yellowed paper and uneven light.
        case otsu
        /// Sauvola's local threshold: for faint or uneven print.
        case sauvola
        /// Hand the gray page to Tesseract as is.
        case none
    }

    /// What the engine reads of a gray page.
    public enum EngineImage: String, Sendable, Codable, CaseIterable {
        /// The gray page, white outside the ink of its cleaned bilevel copy: diacritics keep
        /// their gray edges (better on blurred and low-resolution scans).
        case gray
        /// The cleaned bilevel copy.
        case bilevel
    }

    public var binarization = Binarization.otsu
    public var engineImage = EngineImage.gray
    public var deskew = true
    public var orientation = true
    public var despeckle = true
    public var removeBorders = true
    /// Erase long straight rules (boxes around marks, underlines, table borders) before OCR.
    public var removeRules = true
    /// On colour pages, whiten round red office seals (a seal over the signature garbles the
    /// signer's block); other red print, such as a MẬT stamp, is kept. On every page, erase the
    /// rings of seals printed as black or gray as the text (bilevel scans, photocopies).
    public var dropSeals = true
    /// Pages below this resolution are upscaled to 300 dpi for OCR (the original is kept).
    public var minimumDPI = 200
    /// Pages above this resolution are reduced to 300 dpi for OCR (the original is kept): at
    /// 600 dpi the engine takes twice as long and reads no better. 0 keeps every resolution.
    public var maximumDPI = 400
    /// A page whose share of ink pixels (after cleaning, margins excluded) is below this is blank.
    public var blankInkThreshold = 0.0015
    /// Seconds the engine may spend on one page; past it the page fails with its reason.
    public var pageTimeBudget = 120.0
    /// Gray pages whose estimated pixel noise (standard deviation, in gray levels of 255) is at
    /// least this are smoothed before anything else; 0 turns smoothing off. Clean scans measure
    /// 0-5 and heavy JPEG artifacts under 10; below about 25 smoothing costs more than it saves.
    public var denoiseThreshold = 25.0

    public init() {}
}

/// What preparation did to one page, recorded with its OCR result.
public struct PagePreparation: Sendable, Hashable, Codable {
    /// Clockwise rotation applied to make the page upright: 0, 90, 180 or 270.
    public var rotation: Int
    /// Skew corrected, in degrees (positive: the page was turned counter-clockwise).
    public var skewDegrees: Double
    /// Resolution of the source file; nil when the file did not say and it was estimated.
    public var sourceDPI: Int?
    /// Resolution of the image given to the engine.
    public var preparedDPI: Int
    /// Whether the engine read a bilevel image (else gray).
    public var binarized: Bool
    public var inkFraction: Double
    public var blank: Bool
    public var seconds: Double
    /// Estimated pixel noise of a gray page (nil for bilevel pages and older records).
    public var pixelNoise: Double?
    /// Whether the page was smoothed because of that noise.
    public var denoised: Bool?
    /// Red office seals whitened on a colour page before OCR (nil: no colour, or kept).
    public var sealsDropped: Int?
    /// Rings of office seals erased from the bilevel copy of the page (nil: none, or older records).
    public var sealRingsErased: Int?
    /// Dark specks of dust whitened on a gray page before OCR (nil: not looked for, or older records).
    public var specksErased: Int?

    public init(rotation: Int, skewDegrees: Double, sourceDPI: Int?, preparedDPI: Int, binarized: Bool, inkFraction: Double,
                blank: Bool, seconds: Double, pixelNoise: Double? = nil, denoised: Bool? = nil) {
        self.rotation = rotation
        self.skewDegrees = skewDegrees
        self.sourceDPI = sourceDPI
        self.preparedDPI = preparedDPI
        self.binarized = binarized
        self.inkFraction = inkFraction
        self.blank = blank
        self.seconds = seconds
        self.pixelNoise = pixelNoise
        self.denoised = denoised
    }
}
