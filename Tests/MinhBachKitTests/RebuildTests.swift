import Foundation
import MinhBachKit
import Testing
import TestSupport

/// A rebuild touches only what changed, so that `rsync` uploads only that: unchanged files keep
/// their inode and modification time, files the site no longer has are removed.
@Suite struct RebuildTests {
    /// Inode and modification time (ns) of every regular file under `root`.
    static func identities(_ root: URL) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for path in SiteTree.read(root).keys {
            var status = stat()
            guard stat(root.appendingPathComponent(path).path, &status) == 0 else { continue }
            result[path] = [Int(status.st_ino), status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec]
        }
        return result
    }

    @Test func aRebuildRewritesOnlyWhatChanged() throws {
        let folder = SiteTree.temporaryFolder("rebuild")
        let site = folder.appendingPathComponent("site-source")
        try FileManager.default.copyItem(at: fixtureSite("valid-basic"), to: site)
        let output = folder.appendingPathComponent("site")

        let first = buildSite(site, output: output)
        #expect(first.succeeded, "\(first.diagnostics.all)")
        let before = Self.identities(output)
        #expect(first.changes == SiteWriter.Changes(written: before.count, unchanged: 0, removed: 0))

        // Nothing changed: no file is written, and the folder itself is left alone.
        let again = buildSite(site, output: output)
        #expect(again.changes == SiteWriter.Changes(written: 0, unchanged: before.count, removed: 0))
        #expect(Self.identities(output) == before)

        // One page's body changed: that page and the search index are new; everything else is
        // the same file as before.
        let page = site.appendingPathComponent("content/gioi-thieu.md")
        try (String(contentsOf: page, encoding: .utf8) + "\nMột đoạn mới về minh bạch.\n").write(to: page, atomically: true, encoding: .utf8)
        let edited = buildSite(site, output: output)
        let after = Self.identities(output)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten.contains("gioi-thieu.html"))
        #expect(rewritten.subtracting(["gioi-thieu.html"]).allSatisfy { $0.hasPrefix("tim-kiem/") }, "\(rewritten.sorted())")
        #expect(edited.changes?.written == rewritten.count)
        #expect(edited.changes?.removed == 0)

        // A page added, then deleted: its file comes, then goes.
        let added = site.appendingPathComponent("content/tin-moi.md")
        try "---\ntitle: Tin mới\n---\n\nMột trang mới.\n".write(to: added, atomically: true, encoding: .utf8)
        #expect(buildSite(site, output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-moi.html").path))
        try FileManager.default.removeItem(at: added)
        let removed = buildSite(site, output: output)
        #expect(removed.succeeded, "\(removed.diagnostics.all)")
        #expect(removed.changes?.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-moi.html").path))
    }
}

/// `minhbach serve`'s rebuilds: an edit to a page's text re-renders that page alone, and once
/// the search index has caught up the site is byte for byte what a whole build makes.
@Suite struct BuildSessionTests {
    static func session(_ site: URL, output: URL) -> BuildSession {
        BuildSession(builder: SiteBuilder(options: BuildOptions(
            contentDirectory: site.appendingPathComponent("content"),
            themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
            outputDirectory: output, workingDirectory: site)))
    }

    /// The demo in a temporary folder, to edit.
    static func demoCopy(_ name: String) throws -> URL {
        let site = SiteTree.temporaryFolder(name).appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.projectRoot.appendingPathComponent("content"),
                                         to: site.appendingPathComponent("content"))
        return site
    }

    /// A demo copy, its output folder, and a session that has built it once.
    static func builtDemoCopy(_ name: String) throws -> (site: URL, output: URL, session: BuildSession) {
        let site = try demoCopy(name)
        let output = site.deletingLastPathComponent().appendingPathComponent("site")
        let built = session(site, output: output)
        #expect(built.build().succeeded)
        return (site, output, built)
    }

    /// The site as the session left it is byte for byte what a whole build of its content makes.
    static func expectSameAsWholeBuild(_ site: URL, _ output: URL) {
        let whole = site.deletingLastPathComponent().appendingPathComponent("whole")
        #expect(session(site, output: whole).build().succeeded)
        #expect(SiteTree.read(output) == SiteTree.read(whole))
    }

    static func append(_ text: String, to file: URL) throws {
        try (String(contentsOf: file, encoding: .utf8) + text).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func editingAPageTextRebuildsThatPageOnly() throws {
        let (site, output, session) = try Self.builtDemoCopy("session-text")
        let before = RebuildTests.identities(output)

        // The about page has an English translation: only the Vietnamese page changes.
        let page = site.appendingPathComponent("content/gioi-thieu.md")
        try Self.append("\nĐoạn mới: công khai tiến độ từng chỉ tiêu.\n", to: page)
        let report = session.rebuild(changed: [page.path])
        #expect(report.succeeded, "\(report.diagnostics.all)")
        #expect(report.rebuiltPages == ["gioi-thieu.html"])
        #expect(report.changes?.written == 1)
        session.waitForDeferredWork()

        let after = RebuildTests.identities(output)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten.contains("gioi-thieu.html"))
        #expect(rewritten.subtracting(["gioi-thieu.html"]).allSatisfy { $0.hasPrefix("tim-kiem/") }, "\(rewritten.sorted())")
        #expect(Set(after.keys) == Set(before.keys))

        // The same content built whole gives the same bytes.
        Self.expectSameAsWholeBuild(site, output)
    }

    @Test func editingTheTextOfADocumentRebuildsThatDocumentUnlessItCitesOthers() throws {
        let (site, output, session) = try Self.builtDemoCopy("session-document")

        // A paragraph that cites no other document: the document's page alone (in both languages:
        // the English site shows it untranslated). A record (no text) that gets some text
        // goes through the whole build, which keeps it simple.
        let document = site.appendingPathComponent("content/van-ban/ke-hoach-binh-phuoc-2023.md")
        try Self.append("\nĐoạn mới: các sở, ngành báo cáo kết quả thực hiện Kế hoạch trước ngày 15 tháng 12.\n", to: document)
        let report = session.rebuild(changed: [document.path])
        #expect(report.succeeded, "\(report.diagnostics.all)")
        #expect(report.rebuiltPages == ["van-ban/ke-hoach-binh-phuoc-2023.html", "en/van-ban/ke-hoach-binh-phuoc-2023.html"])
        session.waitForDeferredWork()
        Self.expectSameAsWholeBuild(site, output)

        // Citing another document lists this one on the other's page: the whole site.
        try Self.append("\nThực hiện theo Chỉ thị số 19-CT/TU.\n", to: document)
        let citing = session.rebuild(changed: [document.path])
        #expect(citing.succeeded, "\(citing.diagnostics.all)")
        #expect(citing.rebuiltPages == nil)
        Self.expectSameAsWholeBuild(site, output)
    }

    @Test func editingADataFileRebuildsWhatShowsItsValues() throws {
        let (site, output, session) = try Self.builtDemoCopy("session-data")
        let before = RebuildTests.identities(output)

        // Điện Biên's poor households in 2022: a new figure.
        let data = site.appendingPathComponent("content/so-lieu/de-an-dien-bien-so-lieu.csv")
        let text = try String(contentsOf: data, encoding: .utf8)
        try text.replacingOccurrences(of: "ho-ngheo-so-ho,dien-bien,2022,41.977,", with: "ho-ngheo-so-ho,dien-bien,2022,41.500,")
            .write(to: data, atomically: true, encoding: .utf8)
        let report = session.rebuild(changed: [data.path])
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let rebuilt = try #require(report.rebuiltPages)
        #expect(rebuilt.contains("chi-tieu/ho-ngheo-so-ho.html"))
        #expect(rebuilt.contains("en/chi-tieu/ho-ngheo-so-ho.html"))
        // Documents and pages without data are not made again.
        #expect(!rebuilt.contains { $0.hasPrefix("van-ban/") || $0.hasPrefix("mo-hinh/") || $0 == "gioi-thieu.html" }, "\(rebuilt)")
        session.waitForDeferredWork()

        let after = RebuildTests.identities(output)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten.contains("chi-tieu/ho-ngheo-so-ho.html"))
        #expect(rewritten.contains("chi-tieu/ho-ngheo-so-ho.csv"))
        #expect(!rewritten.contains { $0.hasPrefix("van-ban/") || $0 == "gioi-thieu.html" }, "\(rewritten.sorted())")
        #expect(Set(after.keys) == Set(before.keys))
        Self.expectSameAsWholeBuild(site, output)

        // A value that is not a number is reported at its cell, and the site stays as it was.
        let kept = SiteTree.read(output)
        let good = try String(contentsOf: data, encoding: .utf8)
        try good.replacingOccurrences(of: "ho-ngheo-so-ho,dien-bien,2022,41.500,", with: "ho-ngheo-so-ho,dien-bien,2022,bốn mươi,")
            .write(to: data, atomically: true, encoding: .utf8)
        let broken = session.rebuild(changed: [data.path])
        // The cell, and the home page in both languages, which quotes that value.
        #expect(broken.diagnostics.all.map { "\($0.location?.path ?? ""):\($0.location?.line ?? 0): \($0.message)" } == [
            "content/so-lieu/de-an-dien-bien-so-lieu.csv:4: 'bốn mươi' is not a number",
            // (index.md has one front-matter line more than its translation: `menu: false`.)
            "content/index.md:35: indicator 'ho-ngheo-so-ho' has no value for 2022",
            "content/index.en.md:34: indicator 'ho-ngheo-so-ho' has no value for 2022",
        ])
        #expect(SiteTree.read(output) == kept)
    }

    @Test func anEditOthersCanSeeRebuildsTheWholeSite() throws {
        let (site, output, session) = try Self.builtDemoCopy("session-title")

        // A new title shows in menus and links of other pages.
        let page = site.appendingPathComponent("content/gioi-thieu.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        let retitled = text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Về trang – ", options: [], range: text.range(of: "\ntitle: "))
        try retitled.write(to: page, atomically: true, encoding: .utf8)
        let report = session.rebuild(changed: [page.path])
        #expect(report.succeeded)
        #expect(report.rebuiltPages == nil)
        Self.expectSameAsWholeBuild(site, output)

        // A mistake in the text is reported, and the site stays as it was.
        let kept = SiteTree.read(output)
        try Self.append("\nXem {ref}`khong-co-trang-nay`.\n", to: page)
        let broken = session.rebuild(changed: [page.path])
        #expect(broken.diagnostics.errorCount == 1, "\(broken.diagnostics.all)")
        #expect(SiteTree.read(output) == kept)
    }
}
