import Diagnostics
import FileSystem
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// The page catalog (`minhbach catalog`) that a sharded build's parts and merge read instead of
/// parsing every page's Markdown: the same site from it (`ShardedBuildTests`), the same bytes for
/// the same site, and a clear refusal of any catalog that is not this very site's.
@Suite struct PageCatalogTests {
    /// A copy of a small site, and a catalog of it beside it.
    struct Catalogued {
        let parent = SiteTree.temporaryFolder("catalog")
        var site: URL { parent.appendingPathComponent("site") }
        var catalog: URL { parent.appendingPathComponent("trang.catalog") }

        init() throws {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixtureSite("english-ui"), to: site)
            let report = write()
            #expect(report.succeeded && report.pageCount > 10, "\(report.diagnostics.all)")
        }

        func options(output: String = "part", portion: BuildPortion = .part(Shard("1/2")!), audience: Audience? = nil) -> BuildOptions {
            ShardedBuildTests.options(site, output: parent.appendingPathComponent(output), portion: portion, audience: audience, catalog: catalog)
        }

        func write(audience: Audience? = nil) -> BuildReport { SiteBuilder(options: options(audience: audience)).writeCatalog(to: catalog) }

        /// The problems, as printed, of a build of the first of two parts reading the catalog.
        func messages(_ report: BuildReport) -> [String] {
            report.diagnostics.sorted.map { $0.rendered(in: .en).replacingOccurrences(of: parent.path + "/", with: "") }
        }

        var catalogBytes: [UInt8] { FileBytes.read(catalog.path) ?? [] }

        var leftovers: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(".minhbach-catalog") }
        }
    }

    static let makeHint = "    help: make it with 'minhbach catalog trang.catalog' from the same content, with the same --base-url, --audience and --drafts as this build"

    @Test func theSameSiteMakesTheSameCatalog() throws {
        let catalogued = try Catalogued()
        let first = catalogued.catalogBytes
        #expect(first.starts(with: Array("MinhBach page catalog 1\n".utf8)))
        #expect(catalogued.write().succeeded)
        #expect(catalogued.catalogBytes == first)
        #expect(catalogued.leftovers.isEmpty)
    }

    /// A page edited by one byte that keeps its length, or other options than the catalog's: the
    /// part refuses the catalog before it parses anything, and its previous output stays.
    @Test func aCatalogOfOtherContentOrOptionsIsRefused() throws {
        let catalogued = try Catalogued()
        let built = SiteBuilder(options: catalogued.options()).build()
        #expect(built.succeeded, "\(built.diagnostics.all)")
        let before = SiteTree.read(catalogued.parent.appendingPathComponent("part"))
        let refusal = ["error: the page catalog 'trang.catalog' was made from other content, theme or options than this build\n" + Self.makeHint]

        let forReviewers = SiteBuilder(options: catalogued.options(audience: .internal)).build()
        #expect(catalogued.messages(forReviewers) == refusal)

        let folder = catalogued.site.appendingPathComponent("content/van-ban").path
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: folder).sorted().first { $0.hasSuffix(".md") })
        var bytes = try #require(FileBytes.read(folder + "/" + name))
        let last = try #require(bytes.lastIndex { $0 >= UInt8(ascii: "a") && $0 < UInt8(ascii: "z") })
        bytes[last] += 1
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        for portion in [BuildPortion.part(Shard("1/2")!), .whole] {
            #expect(catalogued.messages(SiteBuilder(options: catalogued.options(portion: portion)).build()) == refusal)
        }
        #expect(SiteTree.read(catalogued.parent.appendingPathComponent("part")) == before)
        // Made again, it is this content's.
        #expect(catalogued.write().succeeded)
        #expect(SiteBuilder(options: catalogued.options()).build().succeeded)
    }

    /// Whatever is at the path — nothing, a folder, another file, a catalog cut short or with a
    /// byte changed anywhere — is refused with one clear error, never a crash.
    @Test func whatIsNotACatalogIsRefused() throws {
        let catalogued = try Catalogued()
        let good = catalogued.catalogBytes
        func messages(_ bytes: [UInt8]?) throws -> [String] {
            try? FileManager.default.removeItem(at: catalogued.catalog)
            if let bytes { try Data(bytes).write(to: catalogued.catalog) }
            return catalogued.messages(SiteBuilder(options: catalogued.options(output: "refused")).build())
        }
        let notACatalog = ["error: 'trang.catalog' is not a page catalog of this version of MinhBạch, or it is damaged\n" + Self.makeHint]
        #expect(try messages(nil) == ["error: cannot read the page catalog 'trang.catalog'\n" + Self.makeHint])
        #expect(try messages(Array("title: not a catalog\n".utf8)) == notACatalog)
        #expect(try messages(Array("MinhBach page catalog 2\n".utf8) + good.dropFirst(24)) == notACatalog)
        for length in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            #expect(try messages(Array(good.prefix(length))) == notACatalog, "cut at \(length) of \(good.count)")
        }
        // A changed byte of the index or its place is refused or read as a catalog whose pages
        // are still looked up with every bound checked; the build goes on or says what is wrong.
        var diagnostics = Diagnostics()
        let fingerprint = String(decoding: good[24..<40], as: UTF8.self)
        let indexStart = good.suffix(8).reversed().reduce(0) { $0 << 8 | Int($1) }
        for position in Array(indexStart..<good.count) + [0, 30] {
            for change: UInt8 in [1, 0x80, 0xff] {
                var bytes = good
                bytes[position] ^= change
                try Data(bytes).write(to: catalogued.catalog)
                _ = PageCatalog.open(catalogued.catalog, named: "trang.catalog", fingerprint: fingerprint, diagnostics: &diagnostics)
            }
        }
        try FileManager.default.removeItem(at: catalogued.catalog)
        try FileManager.default.createDirectory(at: catalogued.catalog, withIntermediateDirectories: true)
        #expect(try messages(nil) == ["error: cannot read the page catalog 'trang.catalog'\n" + Self.makeHint])
    }

    /// `minhbach catalog` never writes over a file it did not make, and a run that fails leaves
    /// the previous catalog as it was, with nothing of its own beside it.
    @Test func aCatalogReplacesOnlyACatalogAndOnlyWhenComplete() throws {
        let catalogued = try Catalogued()
        let good = catalogued.catalogBytes
        let page = catalogued.site.appendingPathComponent("content/index.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "title:", with: "title: [unclosed").write(to: page, atomically: true, encoding: .utf8)
        let failed = catalogued.write()
        #expect(!failed.succeeded && failed.diagnostics.errorCount >= 1)
        #expect(catalogued.catalogBytes == good)
        #expect(catalogued.leftovers.isEmpty)

        try text.write(to: page, atomically: true, encoding: .utf8)
        let other = catalogued.parent.appendingPathComponent("ghi-chu.txt")
        try "ghi chú của người dùng\n".write(to: other, atomically: true, encoding: .utf8)
        let refused = SiteBuilder(options: catalogued.options()).writeCatalog(to: other)
        #expect(catalogued.messages(refused) == ["error: 'ghi-chu.txt' is not a page catalog: the catalog is not written over it\n"
            + "    help: give another path, or remove 'ghi-chu.txt' first"])
        #expect(try String(contentsOf: other, encoding: .utf8) == "ghi chú của người dùng\n")
        #expect(catalogued.leftovers.isEmpty)

        let inside = catalogued.site.appendingPathComponent("content/trang.catalog")
        #expect(catalogued.messages(SiteBuilder(options: catalogued.options()).writeCatalog(to: inside)) == [
            "error: 'content/trang.catalog' is inside 'content': the catalog would become a file of the site it describes\n"
                + "    help: write it outside the content and theme folders, for example beside the output",
        ])
        #expect(!FileManager.default.fileExists(atPath: inside.path))
    }
}
