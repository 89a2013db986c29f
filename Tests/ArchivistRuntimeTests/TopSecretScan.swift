import ArchivistTestSupport
import Foundation

/// A one-page scan marked TUYỆT MẬT in its header, drawn by the samples' generator
/// (samples/generate.py: Pillow and Liberation Serif 2, as `scripts/setup.sh test` installs):
/// the Kế hoạch of box-01 with its Mật mark raised and its body cut to one paragraph.
enum TopSecretScan {
    static let font = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"

    static var python: String? { ExternalTool.path("python3") }

    static var isAvailable: Bool {
        guard let python, FileManager.default.fileExists(atPath: font) else { return false }
        return (try? ExternalTool.run(python, ["-c", "import PIL"]).status) == 0
    }

    static let missing = "python3 with Pillow and fonts-liberation2 needed to draw the page: scripts/setup.sh test"

    private static let script = """
        import copy, random, sys
        sys.path.insert(0, sys.argv[1])
        import documents, generate
        d = copy.deepcopy(next(x for x in documents.DOCUMENTS if x["id"] == "box-01/kh-08-btctu"))
        d.update(id=sys.argv[3], confidentiality="Tuyệt mật", format="png", dpi=300, degrade={})
        d["body"] = d["body"][:1]
        generate.HERE = sys.argv[2]
        doc, _, _ = generate.build(d, random.Random(7))
        print(generate.save(doc, d, random.Random(7))[0][0])
        """

    /// Draws the page as `folder/<box>/<name>.png`; returns its URL.
    static func draw(in folder: URL, box: String = "box-09", name: String = "kh-08-tuyet-mat") throws -> URL {
        guard let python else { throw DrawingFailed(output: "python3 not found") }
        let run = try ExternalTool.run(python, ["-c", script, Samples.root.path, folder.path, "\(box)/\(name)"])
        guard run.status == 0 else { throw DrawingFailed(output: run.output) }
        return folder.appendingPathComponent(box).appendingPathComponent("\(name).png")
    }

    struct DrawingFailed: Error, CustomStringConvertible {
        let output: String
        var description: String { "samples/generate.py failed: \(output)" }
    }
}
