import Diagnostics
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// What a new site gets without asking: every section in the menu, unit kinds of its own,
/// headings in its documents' words, and one error (not four) for a unit of an unknown kind.
struct SiteDefaultsTests {
    static let site = buildTree(fixtureSite("default-menu"), "default-menu")

    func page(_ path: String) -> String { String(decoding: Self.site.tree[path] ?? [], as: UTF8.self) }

    /// No `index.md` in any folder, yet the home page and the four sections are in the menu,
    /// in the documented order.
    @Test func theMenuListsEverySectionWithoutIndexPages() {
        #expect(Self.site.report.wroteOutput)
        let nav = regexCaptures(#"<nav class="site-nav".*?</nav>"#, in: page("index.html")).first ?? ""
        #expect(regexCaptures(#"href="([^"]*)""#, in: nav)
            == ["index.html", "chi-tieu/index.html", "van-ban/index.html", "mo-hinh/index.html", "don-vi/index.html"])
        #expect(regexCaptures(#">([^<>]+)</a>"#, in: nav)
            == ["Trang chủ", "Tiến độ thực hiện chỉ tiêu", "Văn bản", "Mô hình &quot;Dân vận khéo&quot;", "Đơn vị"])
    }

    /// `unit_kinds:` adds `thon`: its units are grouped under its name, after the built-in kinds.
    @Test func aDeclaredKindGroupsItsUnits() {
        let sections = regexCaptures(#"<h2 id="loai-[^"]*">([^<]*)</h2>"#, in: page("don-vi/index.html"))
        #expect(sections == ["Tỉnh (1)", "Cấp huyện (1)", "Thôn, bản (2)"])
        #expect(page("don-vi/thon-1.html").contains("Thôn, bản"))
    }

    /// The site's only document is a kế hoạch: the dashboard's targets are the plan's.
    @Test func theDashboardHeadingNamesTheSitesKindOfDocument() {
        #expect(page("chi-tieu/index.html").contains(#"<h2 id="chi-tieu-de-an">Các chỉ tiêu của kế hoạch</h2>"#))
        #expect(!page("chi-tieu/index.html").contains("của đề án"))
    }

    /// `menu: false` on a section's index takes it out of the menu.
    @Test func menuFalseHidesADefaultEntry() throws {
        let folder = SiteTree.temporaryFolder("default-menu-hidden")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("default-menu").appendingPathComponent("content"), to: content)
        try Data("---\ntitle: Các văn bản\nmenu: false\n---\nVăn bản.\n".utf8).write(to: content.appendingPathComponent("van-ban/index.md"))
        try Data("---\ntitle: Các mô hình\nweight: -45\n---\nMô hình.\n".utf8).write(to: content.appendingPathComponent("mo-hinh/index.md"))
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(report.wroteOutput)
        let home = String(decoding: SiteTree.read(folder.appendingPathComponent("site"))["index.html"] ?? [], as: UTF8.self)
        let nav = regexCaptures(#"<nav class="site-nav".*?</nav>"#, in: home).first ?? ""
        #expect(regexCaptures(#"href="([^"]*)""#, in: nav) == ["index.html", "mo-hinh/index.html", "chi-tieu/index.html", "don-vi/index.html"])
        #expect(nav.contains(">Các mô hình</a>"))
    }

    /// `programme_kind:` and `programme_name:` choose the word; a wrong kind is an error at it.
    @Test func programmeSettings() {
        var diagnostics = Diagnostics()
        let config = SiteConfig.decode(SourceFile(displayPath: "site.yml", relativePath: "site.yml",
                                                  bytes: Array("programme_kind: ke-hoach\nunit_kinds:\n  - code: to-dan-pho\n    name: Tổ dân phố\n".utf8)),
                                       diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(config.programmeKind?.id == "ke-hoach")
        #expect(config.unitKinds.map(\.code) == ["tinh", "huyen", "xa", "so-nganh", "co-quan", "dang", "doan-the", "su-nghiep", "to-dan-pho"])
        var wrong = Diagnostics()
        _ = SiteConfig.decode(SourceFile(displayPath: "site.yml", relativePath: "site.yml", bytes: Array("programme_kind: ke-hoac\n".utf8)),
                              diagnostics: &wrong)
        #expect(wrong.all.map(\.description) == ["site.yml:1:17: error: invalid 'programme_kind': 'ke-hoac' is not a kind of document\n    help: did you mean 'ke-hoach'?"])
    }

    /// A unit of an unknown kind is one error at its cell, with the declared kinds; the units
    /// under it are not reported as having an unknown parent.
    @Test(arguments: [MessageLanguage.en, .vi])
    func anUnknownUnitKindIsOneErrorWithoutCascade(language: MessageLanguage) throws {
        let (_, output, before) = try previousSite("unit-kind-cascade-\(language)")
        let report = buildSite(fixtureSite("unit-kind-cascade"), output: output)
        #expect(!report.wroteOutput)
        let text = report.diagnostics.sorted.map { $0.rendered(in: language) }.joined(separator: "\n") + "\n"
        try Golden.check(text, named: "unit-kind-cascade/diagnostics.\(language).txt")
        #expect(SiteTree.read(output) == before)
    }

    /// An empty content folder still builds, but says that the site has no home page and how
    /// to make one, instead of "0 pages" and silence.
    @Test func anEmptySiteIsWarnedThatItHasNoHomePage() throws {
        let folder = SiteTree.temporaryFolder("empty-site")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(report.wroteOutput)
        #expect(report.diagnostics.all.map { $0.rendered(in: .en) } == [
            "warning: the site has no home page: the content folder 'content' has no 'index.md'\n"
                + "    help: write 'content/index.md' with a 'title:' in its front matter, or start from a working site with 'minhbach new FOLDER'",
        ])
        #expect(report.diagnostics.all.map { $0.rendered(in: .vi) } == [
            "cảnh báo: trang web chưa có trang chủ: thư mục nội dung 'content' không có tệp 'index.md'\n"
                + "    gợi ý: hãy viết tệp 'content/index.md' có khóa 'title:' trong phần khai báo đầu trang, hoặc tạo một trang web mẫu bằng lệnh 'minhbach new THƯ_MỤC'",
        ])
    }
}
