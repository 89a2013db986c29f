import Foundation
import Testing

extension PDFTestSupport {
    /// A CMYK patch: ink values 0-255 and a box (left, top, right, bottom) on a 400×300 page.
    struct CMYKPatch {
        var cyan = 0, magenta = 0, yellow = 0, black = 0
        var box: (Int, Int, Int, Int)
    }

    /// Writes a 400×300 Adobe CMYK JPEG with Pillow: white paper, the patches, and the ICC
    /// profile embedded when one is given.
    static func writeCMYKJPEG(to url: URL, patches: [CMYKPatch], profile: URL? = nil) throws {
        let drawn = patches.map { "im.paste((\($0.cyan), \($0.magenta), \($0.yellow), \($0.black)), \($0.box))" }.joined(separator: "\n")
        let script = """
        import sys
        try:
            from PIL import Image
        except ImportError:
            print("no-pillow"); sys.exit(0)
        im = Image.new("CMYK", (400, 300), (0, 0, 0, 0))
        \(drawn)
        extra = {"icc_profile": open(sys.argv[2], "rb").read()} if len(sys.argv) > 2 else {}
        im.save(sys.argv[1], quality=95, **extra)
        """
        let made = try run("python3", ["-c", script, url.path] + (profile.map { [$0.path] } ?? []))
        try #require(!made.output.contains("no-pillow"), "Pillow is not installed: CMYK JPEG not made")
        try #require(made.status == 0, "\(made.output)")
    }
}
