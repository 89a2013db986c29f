import ArchivistSigning
import ArchivistExport
import Foundation
import Testing

private let conformanceSuite = Scratch.corpora.appendingPathComponent("bagit-conformance")

/// The Library of Congress BagIt conformance suite, every version: valid/ accepted,
/// invalid/ (and linux-only/, windows-only/: paths that escape the bag) rejected,
/// warning/ accepted with at least one warning.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: conformanceSuite.path),
                "BagIt conformance suite not found beside the checkout (../shared/corpora/bagit-conformance)"))
struct ConformanceSuiteTests {
    let validator = BagValidator(digester: OpenSSLDigester())

    static func bags(in kinds: [String]) -> [URL] {
        let fileManager = FileManager.default
        let versions = ((try? fileManager.contentsOfDirectory(atPath: conformanceSuite.path)) ?? []).filter { $0.hasPrefix("v") }
        return versions.sorted().flatMap { version in
            kinds.flatMap { kind -> [URL] in
                let folder = conformanceSuite.appendingPathComponent(version).appendingPathComponent(kind)
                return ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                    .map { folder.appendingPathComponent($0) }
                    .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            }
        }
    }

    @Test func acceptsEveryValidBag() {
        let bags = Self.bags(in: ["valid"])
        #expect(bags.count >= 25)
        for bag in bags {
            let report = validator.validate(bagAt: bag)
            #expect(report.isValid, "\(bag.path): \(report.errors.map(\.problem))")
        }
    }

    @Test func rejectsEveryInvalidBag() {
        let bags = Self.bags(in: ["invalid", "linux-only", "windows-only"])
        #expect(bags.count >= 25)
        #expect(bags.contains { $0.path.hasSuffix("v1.0/invalid/bagit-with-invalid-whitespace") })
        for bag in bags {
            let report = validator.validate(bagAt: bag)
            #expect(!report.isValid, "\(bag.path) was accepted")
        }
    }

    @Test func acceptsWarningBagsWithWarnings() {
        let bags = Self.bags(in: ["warning"])
        #expect(bags.count >= 6)
        for bag in bags {
            let report = validator.validate(bagAt: bag)
            #expect(report.isValid, "\(bag.path): \(report.errors.map(\.problem))")
            #expect(!report.warnings.isEmpty, "\(bag.path): no warning")
            if bag.lastPathComponent == "same-filename-listed-twice-with-different-normalization" {
                #expect(report.warnings.contains { $0.problem.contains("normalization") }, "\(report.warnings)")
            }
        }
    }
}
