// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The CLI makes and frees millions of small values on every core. TCMalloc's per-thread caches
// make a whole build a tenth to a fifth faster than the C library's malloc (bench/RESULTS.md), so
// `minhbach` links Debian's libtcmalloc-minimal4 when it is installed (`make site` installs it)
// and the C library's malloc otherwise; the output is the same either way.
let tcmallocFile = "libtcmalloc_minimal.so.4"
let linksTCMalloc = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"]
    .contains { FileManager.default.fileExists(atPath: "\($0)/\(tcmallocFile)") }

// Dependencies point one way: minhbach → MinhBachKit → {Markdown → {CCmark, Formatting}, Charts, Markup,
// Spreadsheets → {ZIPFoundation, Formatting, Markup}, Search → {Formatting, Markup, Parallel, FileSystem}, Formatting → Parallel, Parallel,
// FileSystem, BuiltInTheme, Diagnostics → Formatting}; minhbach → Serve → {Diagnostics, Markup, FileSystem}. Charts is
// pure: values in, SVG out, no files and no Markdown. Search is HTML bytes in, index files out. Serve knows nothing of
// the pipeline: the CLI hands it a rebuild. Inside MinhBachKit the folders point one way too: LayerTests keeps them so.
let package = Package(
    name: "MinhBach",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "minhbach", targets: ["minhbach"]),
        .library(name: "MinhBachKit", targets: ["MinhBachKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Diagnostics", dependencies: ["Formatting"]),
        .target(name: "Markup"),
        .target(name: "Formatting", dependencies: ["Parallel"]),
        // `map` on every core, results in input order.
        .target(name: "Parallel"),
        // The file system through the C library: folder walks, whole-file reads and writes, real paths.
        .target(name: "FileSystem"),
        .target(name: "Charts", dependencies: ["Markup", "Formatting"]),
        // Spreadsheets and zip files for the downloads: values in, bytes out, the same at every build.
        .target(name: "Spreadsheets", dependencies: ["Formatting", "Markup", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The search index: built pages' HTML in, the index's script files out; nothing of the pipeline.
        .target(name: "Search", dependencies: ["Formatting", "Markup", "Parallel", "FileSystem"]),
        .target(name: "Markdown", dependencies: ["CCmark", "Diagnostics", "Markup", "Formatting"]),
        // The repository's theme/ compiled in at build time (the plugin runs the embedder on every
        // theme file), so that a site needs no theme folder and the binary nothing beside it.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"], path: "Sources/EmbedTheme"),
        .target(name: "BuiltInTheme", plugins: ["EmbedTheme"]),
        .target(
            name: "MinhBachKit",
            dependencies: [
                "Markdown", "Markup", "Diagnostics", "Charts", "Formatting", "FileSystem", "Spreadsheets", "BuiltInTheme", "Search",
                "Parallel", .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The preview server: BSD sockets, no HTTP package, nothing of the pipeline.
        .target(name: "Serve", dependencies: ["Diagnostics", "Markup", "FileSystem"]),
        .executableTarget(
            name: "minhbach",
            dependencies: [
                "MinhBachKit", "Diagnostics", "Serve",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: linksTCMalloc ? [.linkedLibrary(":" + tcmallocFile)] : []
        ),
        .executableTarget(name: "charts-bench", dependencies: ["Charts"], path: "bench/ChartsBench"),
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Formatting", "TestSupport"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Diagnostics", "FileSystem"]),
        .testTarget(name: "MinhBachKitTests", dependencies: [
            "MinhBachKit", "Markdown", "Markup", "Formatting", "Diagnostics", "TestSupport", "BuiltInTheme", "Search", "FileSystem", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "SpreadsheetsTests", dependencies: ["Spreadsheets", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    swiftLanguageModes: [.v6]
)
