import Diagnostics
import FileSystem
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A site built in parts (`build --shard K/N`) and merged (`merge`) is the site one build makes,
/// byte for byte; a merge refuses parts that are not all the parts of this very site.
@Suite struct ShardedBuildTests {
    /// The demo: two languages, every section, unit pages, downloads, copied images.
    static let demo = Fixtures.projectRoot

    /// `catalog`: the page catalog the run reads (`--catalog`).
    static func options(_ site: URL, output: URL, portion: BuildPortion = .whole, audience: Audience? = nil,
                        baseURL: String? = nil, catalog: URL? = nil) -> BuildOptions {
        var options = BuildOptions(contentDirectory: site.appendingPathComponent("content"),
                                   themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"), outputDirectory: output,
                                   baseURL: baseURL, audience: audience, workingDirectory: site)
        options.portion = portion
        options.catalogFile = catalog
        return options
    }

    /// The parts of `site` in `count` folders under `parent`, each built as the CLI builds it.
    static func parts(of site: URL, count: Int, under parent: URL, audience: Audience? = nil, baseURL: String? = nil,
                      catalog: URL? = nil) -> [URL] {
        (1...count).map { number in
            let folder = parent.appendingPathComponent("part-\(number)")
            let report = SiteBuilder(options: options(site, output: folder, portion: .part(Shard("\(number)/\(count)")!),
                                                      audience: audience, baseURL: baseURL, catalog: catalog)).build()
            #expect(report.succeeded, "part \(number): \(report.diagnostics.all)")
            return folder
        }
    }

    static func merge(_ site: URL, _ parts: [URL], into output: URL, audience: Audience? = nil, baseURL: String? = nil,
                      catalog: URL? = nil) -> BuildReport {
        SiteBuilder(options: options(site, output: output, portion: .merge(parts), audience: audience, baseURL: baseURL, catalog: catalog)).build()
    }

    /// The third case's parts and merge read a page catalog (`minhbach catalog`): each parses only
    /// the Markdown of the pages it makes, the merge none.
    @Test(arguments: [(4, Audience.public, "https://minhbach.example.gov.vn/", false), (3, Audience.internal, nil, false),
                      (4, Audience.public, nil, true)])
    func aMergedSiteIsTheSingleBuild(count: Int, audience: Audience, baseURL: String?, readsCatalog: Bool) {
        let parent = SiteTree.temporaryFolder("sharded")
        let single = parent.appendingPathComponent("single")
        let whole = SiteBuilder(options: Self.options(Self.demo, output: single, audience: audience, baseURL: baseURL)).build()
        #expect(whole.succeeded, "\(whole.diagnostics.all)")

        var catalog: URL?
        if readsCatalog {
            catalog = parent.appendingPathComponent("trang.catalog")
            let written = SiteBuilder(options: Self.options(Self.demo, output: single, audience: audience, baseURL: baseURL)).writeCatalog(to: catalog!)
            #expect(written.succeeded && written.pageCount == whole.pageCount, "\(written.diagnostics.all)")
        }
        let parts = Self.parts(of: Self.demo, count: count, under: parent, audience: audience, baseURL: baseURL, catalog: catalog)
        let partTrees = parts.map(SiteTree.read)
        // Every part makes some of the site, and none makes what needs every page.
        for tree in partTrees {
            #expect(tree.count > 2)
            #expect(tree["sitemap.xml"] == nil && tree["404.html"] == nil && !tree.keys.contains { $0.hasPrefix("tim-kiem/") })
        }
        let merged = parent.appendingPathComponent("merged")
        let report = Self.merge(Self.demo, parts.reversed(), into: merged, audience: audience, baseURL: baseURL, catalog: catalog)
        #expect(report.succeeded, "\(report.diagnostics.all)")

        let expected = SiteTree.read(single), actual = SiteTree.read(merged)
        #expect(expected.count > 1000)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        let differing = expected.keys.sorted().filter { expected[$0] != actual[$0] }
        #expect(differing.isEmpty, "differ: \(differing.prefix(10))")
        // Each page is made by one part only.
        let pages = partTrees.flatMap { $0.keys.filter { $0.hasSuffix(".html") } }
        #expect(pages.count == Set(pages).count)
    }

    /// A figure's image linked from pages of two folders, which two parts make: each part
    /// copies it, and the merge writes it once, as the single build does. So for a document's
    /// signed scan, which every build leaves on disk until it copies it.
    @Test func aFileTwoPartsCopyIsWrittenOnce() throws {
        let parent = SiteTree.temporaryFolder("copies")
        let site = parent.appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixtureSite("valid-basic"), to: site)
        let news = site.appendingPathComponent("content/tin-tuc")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        try "---\ntitle: Ảnh mới\n---\n\n# Ảnh mới\n\n```{figure} ../anh/o-vuong.png\n:alt: Ô vuông\n\nÔ vuông.\n```\n\n[Bản ký](../tai-lieu/ban-ky.pdf)\n"
            .write(to: news.appendingPathComponent("anh-moi.md"), atomically: true, encoding: .utf8)
        let scans = site.appendingPathComponent("content/tai-lieu")
        try FileManager.default.createDirectory(at: scans, withIntermediateDirectories: true)
        let scan = Data("%PDF-1.4\n% bản ký\n".utf8) + Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try scan.write(to: scans.appendingPathComponent("ban-ky.pdf"))
        try "---\ntitle: Bản ký\n---\n\nXem [bản ký](ban-ky.pdf).\n".write(to: scans.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let single = parent.appendingPathComponent("single")
        let whole = SiteBuilder(options: Self.options(site, output: single)).build()
        #expect(whole.succeeded, "\(whole.diagnostics.all)")
        #expect(SiteTree.read(single)["tai-lieu/ban-ky.pdf"] == Array(scan))
        let parts = Self.parts(of: site, count: 3, under: parent)
        let copying = parts.filter { SiteTree.read($0)["anh/o-vuong.png"] != nil }
        #expect(copying.count == 2)
        let merged = parent.appendingPathComponent("merged")
        let report = Self.merge(site, parts, into: merged)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        #expect(SiteTree.read(merged) == SiteTree.read(single))
    }

    @Test func aFolderIsMadeByOnePartAndEveryPageByOne() throws {
        var diagnostics = Diagnostics()
        let options = Self.options(Self.demo, output: SiteTree.temporaryFolder("plan"))
        let project = try #require(ProjectLoader(options: options).load(diagnostics: &diagnostics))
        let edition = SiteBuilder(options: options).parse(project, releasesMarkdown: false, diagnostics: &diagnostics)[0]
        let pages = edition.pages
        for count in 1...5 {
            let plan = ShardPlan(pages: pages, count: count)
            var owners: [String: Set<Int>] = [:]
            for index in pages.indices {
                let parts = (0..<count).filter { plan.ownsPage(at: index, part: $0) }
                #expect(parts.count == 1)
                let path = pages[index].source.relativePath
                owners[path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "", default: []].formUnion(parts)
            }
            #expect(owners.values.allSatisfy { $0.count == 1 }, "\(owners)")
            for section in 0..<4 { #expect((0..<count).filter { plan.ownsSection(section, part: $0) }.count == 1) }
            // Every page is made by exactly one part, a section's folder page by its section's.
            let introIDs = SiteSections.all.map { $0.introPageID(config: edition.config) }
            let made = (0..<count).map { plan.pagesMade(by: $0, of: pages, introIDs: introIDs) }
            #expect(made.map(\.count).reduce(0, +) == pages.count)
            #expect(made.reduce(Set<Int>()) { $0.union($1) } == Set(pages.indices))
        }
    }

    @Test func shardIsKOfN() {
        #expect(Shard("2/4") == Shard("2/4") && Shard("2/4")?.number == 2 && Shard("2/4")?.count == 4)
        for wrong in ["0/4", "5/4", "4", "a/b", "1/0", "-1/2", "1/2/3", ""] { #expect(Shard(wrong) == nil, "\(wrong)") }
    }

    /// The parts of a small site, and the messages of a merge given the wrong ones.
    struct Refusals {
        let site = fixtureSite("english-ui")
        let parent = SiteTree.temporaryFolder("refusals")
        let parts: [URL]

        init() { parts = ShardedBuildTests.parts(of: site, count: 3, under: parent) }

        func messages(_ folders: [URL], baseURL: String? = nil) -> [String] {
            let output = parent.appendingPathComponent("merged")
            let report = ShardedBuildTests.merge(site, folders, into: output, baseURL: baseURL)
            #expect(!report.succeeded && !FileManager.default.fileExists(atPath: output.path))
            return report.diagnostics.sorted.map { $0.rendered(in: .en).replacingOccurrences(of: parent.path + "/", with: "") }
        }
    }

    @Test func aMergeRefusesPartsMissingTwiceOrFromElsewhere() throws {
        let refusals = Refusals()
        let parts = refusals.parts
        #expect(refusals.messages([parts[0], parts[2]]) == [
            "error: the merge lacks part 2/3\n    help: give all 3 part folders, each made by 'minhbach build --shard K/3'",
        ])
        #expect(refusals.messages([parts[0], parts[1], parts[1], parts[2]]) == ["error: part 2/3 is given twice: 'part-2' and 'part-2'"])
        #expect(refusals.messages(parts, baseURL: "https://example.gov.vn/") == parts.map { _ in
            "error: 'part-N' was built from other content, theme or options than this merge\n"
                + "    help: build every part and the merge from the same content, with the same --base-url, --audience and --drafts"
        }.enumerated().map { $1.replacingOccurrences(of: "part-N", with: "part-\($0 + 1)") })
        let empty = refusals.parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(refusals.messages([parts[0], parts[1], empty]) == [
            "error: 'empty' is not a part of a sharded build: it has no readable .minhbach-part.json\n"
                + "    help: make it with 'minhbach build --shard K/N --output empty'",
        ])
    }

    /// Parts and the merge leave the pages on disk; each reads them first for the digest its
    /// fingerprint is made of. A page edited after the parts were built, by a single byte that
    /// keeps its length, is content the parts were not made from.
    @Test func aMergeRefusesPartsOfContentEditedSince() throws {
        let parent = SiteTree.temporaryFolder("edited-since")
        let site = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtureSite("english-ui"), to: site)
        let parts = Self.parts(of: site, count: 2, under: parent)
        let merged = parent.appendingPathComponent("merged")
        #expect(Self.merge(site, parts, into: merged).succeeded)
        try FileManager.default.removeItem(at: merged)

        let page = site.appendingPathComponent("content/van-ban").path
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: page).sorted().first { $0.hasSuffix(".md") })
        var bytes = try #require(FileBytes.read(page + "/" + name))
        let last = try #require(bytes.lastIndex { $0 >= UInt8(ascii: "a") && $0 < UInt8(ascii: "z") })
        bytes[last] += 1
        try Data(bytes).write(to: URL(fileURLWithPath: page + "/" + name))
        let report = Self.merge(site, parts, into: merged)
        #expect(!report.succeeded && !FileManager.default.fileExists(atPath: merged.path))
        #expect(report.diagnostics.all.map(\.text.key) == ["merge.other-source", "merge.other-source"])
    }

    @Test func aMergeReadsNothingOutsideItsPartsAndSaysWhatIsMissing() throws {
        let refusals = Refusals()
        let manifestURL = refusals.parts[1].appendingPathComponent(PartManifest.fileName)
        var manifest = try JSONDecoder().decode(PartManifest.self, from: Data(contentsOf: manifestURL))
        let listed = try #require(manifest.files.first?.path)
        try FileManager.default.removeItem(at: refusals.parts[1].appendingPathComponent(listed))
        #expect(refusals.messages(refusals.parts) == [
            "error: '\(listed)', listed by the part 'part-2', cannot be read\n    help: build that part again",
        ])
        manifest.files[0].path = "../part-1/index.html"
        try Data(manifest.file.bytes).write(to: manifestURL)
        #expect(refusals.messages(refusals.parts) == [
            "error: 'part-2/.minhbach-part.json' lists '../part-1/index.html', which is not a path inside the part",
        ])
    }
}
