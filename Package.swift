// swift-tools-version:6.1
import PackageDescription

// Arrows point one way: archivist → ArchivistRuntime → adapters (OCR, Signing, Catalog)
// → ArchivistMetadata → ArchivistCore. Adapters never import each other.
let package = Package(
    name: "Archivist",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "archivist", targets: ["archivist"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CLeptonica", pkgConfig: "lept", providers: [.apt(["libleptonica-dev"])]),
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev"])]),
        .systemLibrary(name: "CTIFF", pkgConfig: "libtiff-4", providers: [.apt(["libtiff-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),

        .target(name: "ArchivistCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "ArchivistMetadata", dependencies: ["ArchivistCore"]),
        .target(name: "ArchivistOCR", dependencies: ["ArchivistCore", "ArchivistMetadata", "CTesseract", "CLeptonica", "CTIFF", "CJPEGTranscode"]),
        // libjpeg's transcoding API (from libjpeg-dev, which libtiff-dev brings), behind setjmp.
        .target(name: "CJPEGTranscode", linkerSettings: [.linkedLibrary("jpeg")]),
        .target(name: "ArchivistSigning", dependencies: ["ArchivistCore", "COpenSSL"]),
        .target(name: "ArchivistExport", dependencies: ["ArchivistCore"]),
        .target(name: "ArchivistCatalog", dependencies: [
            "ArchivistCore", "ArchivistMetadata", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ArchivistRuntime", dependencies: [
            "ArchivistCore", "ArchivistMetadata", "ArchivistOCR", "ArchivistSigning", "ArchivistCatalog", "ArchivistExport",
        ]),
        .executableTarget(name: "archivist", dependencies: [
            "ArchivistRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "ArchivistTestSupport", path: "Tests/ArchivistTestSupport"),
        .testTarget(name: "ArchivistCoreTests", dependencies: ["ArchivistCore"]),
        .testTarget(name: "ArchivistMetadataTests", dependencies: ["ArchivistMetadata"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ArchivistOCRTests", dependencies: ["ArchivistOCR", "ArchivistTestSupport", "CLeptonica"], exclude: ["Fixtures"]),
        .testTarget(name: "ArchivistSigningTests", dependencies: ["ArchivistSigning", "ArchivistTestSupport"]),
        .testTarget(name: "ArchivistExportTests", dependencies: ["ArchivistExport", "ArchivistSigning", "ArchivistTestSupport"],
                    exclude: ["Schemas"]),
        .testTarget(name: "ArchivistCatalogTests", dependencies: ["ArchivistCatalog", "ArchivistSigning", "ArchivistTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        // Depends on the executable so `swift test` builds it: the resumption test kills it mid-batch, the
        // OCR worker tests run it as the worker.
        .testTarget(name: "ArchivistRuntimeTests", dependencies: ["ArchivistRuntime", "ArchivistCatalog", "ArchivistCore", "ArchivistExport", "ArchivistOCR", "ArchivistSigning", "ArchivistTestSupport", "archivist",
                                                                .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
