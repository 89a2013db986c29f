import CTesseract

/// The Tesseract library this process runs, for provenance (ALTO's Processing element).
public enum TesseractLibrary {
    public static var version: String { String(cString: TessVersion()) }
}
