import Foundation
import Markdown
import MinhBachKit
import Testing
import TestSupport

struct FixtureSiteTests {
    /// The valid fixture site, page by page, against its stored output (theme assets aside).
    @Test func validSiteMatchesItsExpectedTree() throws {
        let output = SiteTree.temporaryFolder("valid").appendingPathComponent("site")
        let report = buildSite(fixtureSite("valid-basic"), output: output, baseURL: "https://vi.example.org/du-an")
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        let tree = SiteTree.read(output).filter { !$0.key.hasPrefix("assets/") }
        #expect(tree.keys.sorted() == [
            ".minhbach-output",
            "404.html", "anh/o-vuong.png", "gioi-thieu.html", "index.html", "robots.txt", "sitemap.xml",
            "tim-kiem/chi-muc.js", "tim-kiem/index.html", "tim-kiem/r0.js", "tim-kiem/t0.js", "van-ban/atom.xml", "van-ban/de-an.html", "van-ban/index.html", "van-ban/index.json", "van-ban/ke-hoach.html",
            "van-ban/nghi-quyet-25.html", "van-ban/theo-co-quan.html", "van-ban/theo-nam.html", "van-ban/theo-tinh-trang.html",
        ])
        for path in tree.keys.sorted() where !path.hasSuffix(".png") {
            do { try Golden.check(String(decoding: tree[path]!, as: UTF8.self), named: "valid-basic/\(path)") } catch { Issue.record(error) }
        }
    }

    /// One diagnostic per mistake, at its file, line and column; nothing written.
    @Test func invalidSiteReportsEveryMistakeAndLeavesTheOldSite() throws {
        let (folder, output, before) = try previousSite("invalid")

        let report = buildSite(fixtureSite("invalid-mixed"), output: output)
        #expect(!report.succeeded)
        #expect(!report.wroteOutput)
        try Golden.check(diagnosticsText(report), named: "invalid-mixed/diagnostics.txt")
        #expect(SiteTree.read(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["site"])
    }

    /// Every mistake in a document's front matter, relations and `{doc}` references, at its line.
    @Test func invalidDocumentsAreReportedAtTheirFields() throws {
        let output = SiteTree.temporaryFolder("invalid-documents").appendingPathComponent("site")
        let report = buildSite(fixtureSite("invalid-documents"), output: output)
        #expect(!report.wroteOutput)
        try Golden.check(diagnosticsText(report), named: "invalid-documents/diagnostics.txt")
    }

    func diagnosticsText(_ report: BuildReport) -> String {
        report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n"
    }

    /// Script written in Markdown, front matter or a CSV cell never becomes live markup.
    @Test func hostileContentIsEscapedOrDropped() throws {
        let output = SiteTree.temporaryFolder("hostile").appendingPathComponent("site")
        let report = buildSite(fixtureSite("hostile"), output: output)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        for (path, page) in htmlFiles(SiteTree.read(output)) {
            // The theme's own scripts (search) are the only ones.
            let html = page.replacingOccurrences(of: #"<script src="(\.\./)*assets/[a-z]+\.[0-9a-f]+\.js" defer></script>"#, with: "",
                                                 options: .regularExpression)
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("<b onmouseover"), "\(path)")
            #expect(html.range(of: #"<[^>]*\sonerror=(["']|[^&])"#, options: .regularExpression) == nil, "\(path)")
        }
        let index = String(decoding: SiteTree.read(output)["index.html"] ?? [], as: UTF8.self)
        #expect(index.contains("&lt;script&gt;alert(&#39;tiêu đề&#39;)&lt;/script&gt;"))
        #expect(index.contains("<!-- raw HTML omitted -->"))
    }

    @Test func javascriptLinksAreErrors() {
        let source = SourceFile(displayPath: "x.md", relativePath: "x.md", bytes: Array("[bấm](javascript:alert(1))\n".utf8))
        let (html, diagnostics) = FragmentRenderer.renderAlone(source, strings: UIStrings(language: "vi", table: [:]))
        #expect(html == "<p><a href=\"\">bấm</a></p>\n")
        // Alone, links are not checked; in a site the same link is an error.
        #expect(diagnostics.all.isEmpty)
        let site = SiteTree.temporaryFolder("js")
        try? FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try? Data("---\ntitle: T\n---\n\n[bấm](javascript:alert(1))\n".utf8).write(to: site.appendingPathComponent("content/index.md"))
        let report = buildSite(site, output: site.appendingPathComponent("site"))
        #expect(report.diagnostics.all.map(\.description).first?.hasPrefix("content/index.md:5:1: error: this link's address is not allowed") == true)
    }
}

/// `minhbach render` (the site's renderer, a file alone) gives libcmark's HTML for the CommonMark
/// spec examples without extension syntax, apart from heading ids. A file that starts with a
/// `---` line opens front matter (examples 96 and 98), which is our syntax too.
struct RenderCommandSpecTests {
    @Test func siteRendererMatchesLibcmarkOnTheSpec() throws {
        struct Example: Decodable { let markdown: String; let example: Int }
        let examples = try JSONDecoder().decode([Example].self, from: Data(contentsOf: Fixtures.url("CommonMark/spec-0.30.json")))
            .filter { !$0.markdown.hasPrefix("---\n") && !$0.markdown.contains("[^") && $0.markdown.range(of: #"\{[A-Za-z][\w-]*\}"#, options: .regularExpression) == nil }
        var failures: [Int] = []
        for example in examples {
            let source = SourceFile(displayPath: "x.md", relativePath: "x.md", bytes: Array(example.markdown.utf8))
            let (html, _) = FragmentRenderer.renderAlone(source, strings: UIStrings(language: "vi", table: [:]))
            let withoutIDs = (html ?? "").replacingOccurrences(of: #"(<h[1-6]) id="[^"]*""#, with: "$1", options: .regularExpression)
            if withoutIDs != CommonMark.referenceHTML(example.markdown) { failures.append(example.example) }
        }
        #expect(examples.count >= 640)
        #expect(failures.isEmpty, "examples that differ: \(failures)")
    }
}
