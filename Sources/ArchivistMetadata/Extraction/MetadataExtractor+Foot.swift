import ArchivistCore
import Foundation

/// The foot of the last page: "Nơi nhận:" recipients in the left column, the signature block
/// (authority, position, name) in the right one.
extension MetadataExtractor {
    func readFoot(_ page: PageLayout, into metadata: inout DocumentMetadata) {
        let lines = page.lines
        let recipients = recipientsStart(page)
        let label = recipients?.line
        let authority = lines.lastIndex { $0.segments.contains { Self.authority(in: $0.text) != nil } }
        // The foot starts at "Nơi nhận" beside the signature, or higher where the signature block
        // stands above it (joint documents) or alone (minutes signed by chair and secretary).
        guard let start = [label, authority, signatureTop(page)].compactMap({ $0 }).min() else {
            metadata.signerAuthority = .absent(confidence: 0.3, rule: "foot: no Nơi nhận, authority line or signer's name")
            metadata.signerPosition = .absent(confidence: 0.3, rule: "foot: no Nơi nhận, authority line or signer's name")
            metadata.signerName = .absent(confidence: 0.3, rule: "foot: no Nơi nhận, authority line or signer's name")
            metadata.recipients = .absent(confidence: 0.3, rule: "foot: no Nơi nhận")
            return
        }
        let segments = lines[start...].flatMap(\.segments).flatMap(Self.cutAtMarks)
        readSignature(page, right: segments.filter { !page.isLeft($0) }, all: segments, into: &metadata)
        if let recipients {
            readRecipients(page, start: recipients, into: &metadata)
        } else {
            // Minutes (biên bản) are often kept without a distribution list; anything else should have one.
            let minutes = metadata.documentType.value?.code == "20"
            metadata.recipients = .absent(confidence: minutes ? 0.9 : 0.5, rule: "foot: no Nơi nhận")
        }
    }

    /// The first line of the signature block above the last name in the right half of the page:
    /// lines of one column (no full-width body line) within about five lines and the signature's room.
    func signatureTop(_ page: PageLayout) -> Int? {
        let lines = page.lines
        guard let nameLine = lines.lastIndex(where: { $0.segments.contains { !page.isLeft($0) && Self.isPersonalName(Self.trim($0.text)) } })
        else { return nil }
        var top = nameLine
        while top > 0, lines[top - 1].top >= lines[nameLine].top - page.height * 15 / 100,
              lines[top - 1].segments.allSatisfy({ $0.right - $0.left < page.width * 55 / 100 }) {
            top -= 1
        }
        return top
    }

    /// The median bottom of a segment's words: tall noise does not move it.
    static func baseline(_ segment: LayoutSegment) -> Int {
        let bottoms = segment.words.map(\.box.bottom).sorted()
        return bottoms[bottoms.count / 2]
    }
}
