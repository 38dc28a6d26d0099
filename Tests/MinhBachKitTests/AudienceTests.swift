import Foundation
import MinhBachKit
import Testing
import TestSupport

/// `visibility: internal` and `--audience`: the fixture `audiences` has an internal page, an
/// internal indicator, an internal document, an internal data file and internal rows in a public
/// file, each carrying a marker `NOIBO-MARKER-n`, and public pages that point at some of them.
struct AudienceTests {
    static let markers = (1...5).map { "NOIBO-MARKER-\($0)" }

    func build(_ name: String, audience: Audience? = nil, drafts: Bool = false, site: URL = fixtureSite("audiences"))
        -> (report: BuildReport, tree: [String: [UInt8]]) {
        let output = SiteTree.temporaryFolder(name).appendingPathComponent("site")
        let report = SiteBuilder(options: BuildOptions(
            contentDirectory: site.appendingPathComponent("content"),
            themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
            outputDirectory: output, baseURL: "https://vi.example.org/", includeDrafts: drafts, audience: audience,
            workingDirectory: site)).build()
        return (report, SiteTree.read(output))
    }

    func text(_ tree: [String: [UInt8]], _ path: String) -> String { String(decoding: tree[path] ?? [], as: UTF8.self) }

    /// Nothing internal in any file of the public build — pages, menus, search shards, sitemap,
    /// feeds, CSV and JSON downloads, the data package — and the aggregate is the public rows'.
    @Test func publicBuildContainsNothingInternal() throws {
        let (report, tree) = build("audience-public")
        #expect(report.succeeded && report.wroteOutput, "\(report.diagnostics.all)")
        #expect(tree.keys.contains("sitemap.xml") && tree.keys.contains("van-ban/atom.xml") && tree.keys.contains("chi-tieu/datapackage.json"))
        #expect(tree.keys.contains { $0.hasPrefix("tim-kiem/") && $0.hasSuffix(".js") })
        for (path, bytes) in tree {
            let content = String(decoding: bytes, as: UTF8.self)
            for marker in Self.markers { #expect(!content.contains(marker), "\(path) contains \(marker)") }
            #expect(!path.contains("noi-bo") && !path.contains("nhap") && !path.contains("kiem-tra-du-lieu"), "\(path) is internal")
        }
        // 10 + 20 from the public rows; the internal row (400) and the internal file's 2023 (7) left out.
        #expect(text(tree, "index.html").contains(">30 người</a>"))
        #expect(text(tree, "chi-tieu/can-bo.csv").contains("can-bo,tinh-a,Tỉnh A,2024,30,"))
        #expect(!text(tree, "chi-tieu/can-bo.csv").contains(",2023,"))
        // Said beside the value, in both languages.
        #expect(text(tree, "chi-tieu/can-bo.html").contains("tính từ số liệu công khai; 2 dòng nội bộ không công bố"))
        #expect(text(tree, "en/chi-tieu/can-bo.html").contains("computed from public data; 2 internal rows not published"))
        // The link to the internal page is its text alone; no banner, no noindex.
        #expect(text(tree, "index.html").contains("Xem thêm trang nội bộ và nhap.</p>"))
        for (path, page) in htmlFiles(tree) {
            #expect(!page.contains("edition-banner") && !page.contains("noindex") && !page.contains("draft-banner"), "\(path)")
        }
        #expect(text(tree, "robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://vi.example.org/sitemap.xml\n")
        #expect(!tree.keys.contains { $0.contains("banners.") })
    }

    /// A public page pointing at an internal page, document or indicator, or at a draft, builds
    /// (exit 0) and says so in warnings, exactly these.
    @Test func pointersToLeftOutItemsAreWarnings() throws {
        let (report, _) = build("audience-warnings")
        #expect(report.succeeded)
        #expect(report.diagnostics.errorCount == 0)
        try Golden.check(report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n", named: "audiences/public-diagnostics.txt")
    }

    /// The internal build has everything, every page says it is not for publication and keeps
    /// search engines away, and its robots.txt disallows all.
    @Test func internalBuildHasEverythingAndIsMarked() throws {
        let (report, tree) = build("audience-internal", audience: .internal)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let all = tree.values.map { String(decoding: $0, as: UTF8.self) }
        for marker in Self.markers { #expect(all.contains { $0.contains(marker) }, "\(marker) missing") }
        #expect(tree.keys.contains("noi-bo.html") && tree.keys.contains("chi-tieu/chi-tieu-noi-bo.html"))
        let pages = htmlFiles(tree)
        #expect(pages.count > 10)
        for (path, page) in pages {
            let banner = path.hasPrefix("en/") ? "Internal edition — not for publication" : "Bản nội bộ — không công bố"
            #expect(page.contains("<p class=\"edition-banner\" role=\"note\"><strong>\(banner)</strong></p>"), "\(path)")
            #expect(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), "\(path)")
            #expect(page.contains("assets/banners."), "\(path)")
        }
        #expect(text(tree, "robots.txt") == "User-agent: *\nDisallow: /\n")
        #expect(tree["sitemap.xml"] == nil)
        // The reviewers' edition carries the data review page in both languages.
        #expect(text(tree, "kiem-tra-du-lieu.html").contains("<h1>Kiểm tra dữ liệu</h1>"))
        #expect(text(tree, "en/kiem-tra-du-lieu.html").contains("<h1>Data review</h1>"))
        #expect(text(tree, "index.html").contains(">430 người</a>"))
        #expect(!text(tree, "chi-tieu/can-bo.html").contains("indicator-card__withheld"))
        // The internal page is in the menu and the link to it is kept.
        #expect(text(tree, "index.html").contains("<a href=\"noi-bo.html\">trang nội bộ</a>"))
    }

    /// With --drafts a draft is built and marked, and the reference to it is a link again.
    @Test func draftsBuiltWithDraftsAreMarked() throws {
        let (report, tree) = build("audience-drafts", drafts: true)
        #expect(report.succeeded)
        #expect(!report.diagnostics.all.contains { $0.message.contains("draft") })
        #expect(text(tree, "nhap.html").contains("<p class=\"draft-banner\" role=\"note\"><strong>Bản nháp</strong></p>"))
        #expect(text(tree, "en/nhap.html").contains("<strong>Draft</strong>"))
        #expect(!text(tree, "index.html").contains("draft-banner"))
        #expect(!text(tree, "index.html").contains("edition-banner"))
        #expect(text(tree, "index.html").contains("<a href=\"nhap.html\">"))
    }

    /// `audience:` in site.yml chooses the audience; `--audience` replaces it.
    @Test func siteSettingChoosesTheAudienceAndTheOptionWins() throws {
        let site = try copyOfFixture("audience-setting") { content in
            try Data("title: Đối tượng đọc thử\nlanguages: [vi, en]\naudience: internal\n".utf8)
                .write(to: content.appendingPathComponent("site.yml"))
        }
        let (internalReport, internalTree) = build("audience-setting-internal", site: site)
        #expect(internalReport.succeeded)
        #expect(text(internalTree, "index.html").contains("edition-banner"))
        let (publicReport, publicTree) = build("audience-setting-public", audience: .public, site: site)
        #expect(publicReport.succeeded)
        #expect(!text(publicTree, "index.html").contains("edition-banner"))
        #expect(publicTree["noi-bo.html"] == nil)
    }

    /// A visibility that is neither public nor internal is an error where it is written: in a
    /// page, a data file's declaration, a row, and site.yml's audience.
    @Test func badVisibilitiesAreLocatedErrors() throws {
        let site = try copyOfFixture("audience-bad") { content in
            try Data("title: T\naudience: everyone\n".utf8).write(to: content.appendingPathComponent("site.yml"))
            try Data("---\ntitle: Trang\nvisibility: secret\n---\n\nx\n".utf8).write(to: content.appendingPathComponent("noi-bo.md"))
            try Data("decimal: \",\"\nthousands: \".\"\nvisibility: hidden\n".utf8).write(to: content.appendingPathComponent("so-lieu/noi-bo.yml"))
            try Data("indicator,unit,period,value,note,visibility\ncan-bo,huyen-a,2024,10,,private\n".utf8)
                .write(to: content.appendingPathComponent("so-lieu/cong-khai.csv"))
        }
        let (report, _) = build("audience-bad-build", site: site)
        #expect(!report.succeeded)
        // (The unreadable internal file also leaves a page's {value} of it without a value.)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error && !$0.message.contains("has no value") }.map(\.description)
        #expect(errors == [
            "content/noi-bo.md:3:13: error: invalid 'visibility': 'secret' is neither 'public' nor 'internal'\n    help: write 'public' or 'internal' (công khai, nội bộ)",
            "content/site.yml:2:11: error: invalid 'audience': 'everyone' is not an audience\n    help: write 'public' (the default) or 'internal'",
            "content/so-lieu/cong-khai.csv:2:6: error: unknown visibility 'private'\n    help: write 'public' or 'internal' (công khai, nội bộ)",
            "content/so-lieu/noi-bo.yml:3:13: error: invalid 'visibility': 'hidden' is neither 'public' nor 'internal'\n    help: write 'public' or 'internal' (công khai, nội bộ)",
        ])
    }

    /// Vietnamese values are read too.
    @Test func visibilityReadsVietnamese() {
        #expect(Visibility(text: "nội bộ") == .internal)
        #expect(Visibility(text: "Công khai") == .public)
        #expect(Visibility(text: "internal") == .internal)
        #expect(Visibility(text: "riêng") == nil)
    }

    /// The fixture copied to a temporary folder, changed by `edit` (given its content folder).
    func copyOfFixture(_ name: String, _ edit: (URL) throws -> Void) throws -> URL {
        let folder = SiteTree.temporaryFolder(name).appendingPathComponent("site-source")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtureSite("audiences"), to: folder)
        try edit(folder.appendingPathComponent("content"))
        return folder
    }
}
