import Foundation
import Testing

/// The folders of MinhBachKit point one way (`FolderLayers`), and the check can fail.
@Suite struct LayerTests {
    static let kitFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/MinhBachKit")

    static func kitViolations() throws -> [FolderLayers.Violation] {
        let sources = try FolderGraph.sources(in: kitFolder)
        #expect(sources.count > 100, "MinhBachKit's sources not found at \(kitFolder.path)")
        return FolderLayers.minhBachKit.violations(in: FolderGraph(sources))
    }

    @Test func foldersUseOnlyTheirLayerAndTheLayersBelow() throws {
        let unknown = try Self.kitViolations().filter {
            !FolderLayers.knownViolations.contains(FolderLayers.Known($0.use.file, $0.use.name))
        }
        let listed = unknown.map(\.description).joined(separator: "\n")
        #expect(unknown.isEmpty, "\(unknown.count) uses break the layers of FolderLayers.minhBachKit:\n\(listed)")
    }

    /// The known list only shrinks: once a use is gone, its entry must go too.
    @Test func everyKnownViolationStillHappens() throws {
        let happening = Set(try Self.kitViolations().map { FolderLayers.Known($0.use.file, $0.use.name) })
        let stale = FolderLayers.knownViolations.subtracting(happening).sorted { $0.description < $1.description }
        #expect(stale.isEmpty, "no longer a violation, remove from FolderLayers.knownViolations: \(stale)")
    }

    @Test func everyFolderIsInALayer() throws {
        let folders = Set(try FolderGraph.sources(in: Self.kitFolder).map(\.folder))
        let placed = Set(FolderLayers.minhBachKit.layers.flatMap(\.folders))
        #expect(folders.subtracting(placed).isEmpty, "folders in no layer: \(folders.subtracting(placed).sorted())")
        #expect(placed.subtracting(folders).isEmpty, "layers name folders that do not exist: \(placed.subtracting(folders).sorted())")
    }

    // MARK: The check itself, on planted sources

    static let planted = FolderLayers(layers: [
        .init(name: "low", folders: ["Low", "Side"]),
        .init(name: "high", folders: ["High"]),
    ])

    @Test func aUseOfAHigherLayerIsNamedWithItsFileAndLine() {
        let graph = FolderGraph([
            .init(path: "Low/Value.swift", text: "struct Value {\n    var page: Page\n}\n"),
            .init(path: "High/Page.swift", text: "struct Page { var value: Value }\n"),
        ])
        let violations = Self.planted.violations(in: graph)
        #expect(violations.map(\.use) == [.init(file: "Low/Value.swift", line: 2, name: "Page")])
        #expect(violations.first?.description.hasPrefix("Sources/MinhBachKit/Low/Value.swift:2: uses `Page`: declared in High") == true)
    }

    @Test func twoFoldersOfOneLayerThatUseEachOtherAreACycle() {
        let graph = FolderGraph([
            .init(path: "Low/Value.swift", text: "struct Value { var side: Side? }\n"),
            .init(path: "Side/Side.swift", text: "// A comment naming Value is not a use.\nstruct Side { var value: Value }\n"),
        ])
        let violations = Self.planted.violations(in: graph)
        #expect(Set(violations.map(\.use)) == [
            .init(file: "Low/Value.swift", line: 1, name: "Side"),
            .init(file: "Side/Side.swift", line: 2, name: "Value"),
        ])
        #expect(violations.allSatisfy { $0.reason.contains("depend on each other") })
        #expect(FolderLayers.cycles(graph) == [["Low", "Side"]])
    }

    @Test func aLongerCycleIsFoundToo() {
        let graph = FolderGraph([
            .init(path: "A/A.swift", text: "struct A { var b: B }\n"),
            .init(path: "B/B.swift", text: "struct B { var c: C }\n"),
            .init(path: "C/C.swift", text: "enum C { static let a = A.self }\n"),
        ])
        #expect(FolderLayers.cycles(graph) == [["A", "B", "C"]])
        let flat = FolderLayers(layers: [.init(name: "one", folders: ["A", "B", "C"])])
        #expect(flat.violations(in: graph).count == 3)
    }

    @Test func namesInCommentsAndStringsAreNotUses() {
        let graph = FolderGraph([
            .init(path: "Low/Value.swift", text: #"""
            /* Page, /* nested Page */ still Page */
            let title = "Page \(count) Page"
            let raw = #"Page \(Page) "# + """
                Page "quoted" \(Page.self)
                """
            let count = 1 // Page
            """#),
            .init(path: "High/Page.swift", text: "struct Page {}\n"),
        ])
        // Only the interpolation in the multi-line string is code: the raw string's `\(` is text.
        #expect(graph.edges["Low"]?["High"]?.map(\.line) == [4])
    }

    @Test func aFolderUsesItsOwnNameRatherThanAnotherFolders() {
        let graph = FolderGraph([
            .init(path: "Low/Value.swift", text: "struct Value { struct Page {}; var page: Page }\n"),
            .init(path: "High/Page.swift", text: "struct Page {}\n"),
        ])
        #expect(graph.edges["Low"] == nil)
    }

    @Test func aMemberAddedByAnExtensionInAnotherFolderIsThatFoldersName() {
        let graph = FolderGraph([
            .init(path: "Low/Value.swift", text: "struct Value {}\nfunc use(_ v: Value) { _ = v.pagePath }\n"),
            .init(path: "High/Value+Page.swift", text: "extension Value {\n    var pagePath: String { \"\" }\n}\n"),
        ])
        #expect(Self.planted.violations(in: graph).map(\.use) == [.init(file: "Low/Value.swift", line: 2, name: "pagePath")])
    }

    @Test func aFolderInNoLayerMustBePlaced() {
        let graph = FolderGraph([
            .init(path: "New/Thing.swift", text: "struct Thing { var value: Value }\n"),
            .init(path: "Low/Value.swift", text: "struct Value {}\n"),
        ])
        #expect(Self.planted.violations(in: graph).map(\.reason) == ["the folder New is in no layer: add it to FolderLayers.minhBachKit"])
    }
}
