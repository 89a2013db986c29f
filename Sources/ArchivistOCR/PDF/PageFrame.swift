import ArchivistCore
import Foundation

/// Where a page's original image and its words go on the PDF page. When preparation turned or
/// deskewed the page before OCR, the page takes the prepared (upright, straight) frame the
/// words were found in, and the original image is drawn turned by the same angle about the
/// centre: its bytes stay as scanned (G4 and JPEG pass through) and the text lands on it.
struct PageFrame {
    let width: Double
    let height: Double
    /// The `cm` operands that map the image's unit square onto the page.
    let imageMatrix: String
    let wordScaleX: Double
    let wordScaleY: Double
    let pointsPerWordPixel: Double

    init(page: SearchablePDFPage, imageWidth: Int, imageHeight: Int) {
        let recognized = page.recognized
        let imagePoints = (width: Double(imageWidth) * 72 / Double(page.dpi), height: Double(imageHeight) * 72 / Double(page.dpi))
        let turn = Double(recognized.preparation?.rotation ?? 0) + (recognized.preparation?.skewDegrees ?? 0)
        guard let preparation = recognized.preparation, turn != 0, recognized.width > 0, recognized.height > 0 else {
            width = imagePoints.width
            height = imagePoints.height
            imageMatrix = "\(PDFSyntax.number(width)) 0 0 \(PDFSyntax.number(height)) 0 0"
            wordScaleX = recognized.width > 0 ? Double(imageWidth) / Double(recognized.width) : 1
            wordScaleY = recognized.height > 0 ? Double(imageHeight) / Double(recognized.height) : 1
            pointsPerWordPixel = 72 / Double(page.dpi)
            return
        }
        pointsPerWordPixel = 72 / Double(preparation.preparedDPI)
        width = Double(recognized.width) * pointsPerWordPixel
        height = Double(recognized.height) * pointsPerWordPixel
        (wordScaleX, wordScaleY) = (1, 1)
        // Clockwise on screen is a negative angle in PDF's y-up space.
        let angle = -turn * .pi / 180
        let (cosine, sine) = (cos(angle), sin(angle))
        let a = imagePoints.width * cosine, b = imagePoints.width * sine
        let c = -imagePoints.height * sine, d = imagePoints.height * cosine
        let e = width / 2 - (a + c) / 2, f = height / 2 - (b + d) / 2
        imageMatrix = [a, b, c, d, e, f].map { PDFSyntax.number(($0 * 1000).rounded() / 1000) }.joined(separator: " ")
    }
}
