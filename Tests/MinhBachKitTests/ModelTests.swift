import Foundation
import MinhBachKit
import Testing
import TestSupport

/// "Dân vận khéo" models on a fixture site: pages, gallery, facets, feed, the counts that feed
/// the indicators, and every mistake at its line.
@Suite struct ModelTests {
    static func build(_ folder: URL, _ name: String) -> (report: BuildReport, tree: [String: [UInt8]]) {
        buildTree(folder, name, baseURL: "https://mo-hinh.example.gov.vn/")
    }

    static let built = build(fixtureSite("models"), "models")
    static func text(_ path: String) -> String { String(decoding: built.tree[path] ?? [], as: UTF8.self) }

    @Test func galleryFacetsAndPagesWorkWithoutScript() {
        #expect(Self.built.report.diagnostics.errorCount == 0, "\(Self.built.report.diagnostics.sorted)")
        let gallery = Self.text("mo-hinh/index.html")
        // By name in Vietnamese order: «Đang xây dựng», «Một cửa thân thiện», «Tiếp dân cuối tuần»
        // (byte order would put Đ last).
        #expect(regexCaptures(#"<li class="model-card"[^>]*data-unit="([^"]+)""#, in: gallery) == ["so-d", "so-a", "so-c"])
        // The filter form is hidden until the script shows it; the script is on the gallery only.
        #expect(gallery.contains(#"<form class="model-filter" hidden"#))
        #expect(regexCaptures(#"<script src="(\.\./assets/models\.[0-9a-f]+\.js)" defer>"#, in: gallery).count == 1)
        #expect(!Self.text("mo-hinh/mot-cua.html").contains("<script"))
        // Every facet value has its own static page listing its models.
        for path in ["mo-hinh/linh-vuc/cai-cach-hanh-chinh.html", "mo-hinh/linh-vuc/tiep-cong-dan.html", "mo-hinh/don-vi/so-a.html",
                     "mo-hinh/cap/tinh.html", "mo-hinh/nam/2023.html", "mo-hinh/nam/2024.html"] {
            #expect(Self.built.tree[path] != nil, "missing \(path)")
        }
        #expect(regexCaptures(#"class="model-card"[^>]*data-unit="([^"]+)""#, in: Self.text("mo-hinh/linh-vuc/tiep-cong-dan.html")) == ["so-d", "so-c"])
        #expect(gallery.contains("Có 3 mô hình, trong đó 2 mô hình đã được công nhận."))
    }

    @Test func aModelPageShowsItsFactsResultsAndImage() throws {
        let page = Self.text("mo-hinh/mot-cua.html")
        #expect(page.contains(#"<dt>Đơn vị</dt><dd><a href="../don-vi/so-a.html">Sở A tỉnh A</a></dd>"#))
        #expect(page.contains(#"<dt>Được nhân rộng tại</dt><dd><a href="../don-vi/so-b.html">Sở B tỉnh A</a></dd>"#))
        #expect(page.contains(#"<span class="model-result__value">98,5%</span><span class="model-result__label">Hồ sơ đúng hạn</span>"#))
        let image = try #require(regexCaptures(#"(<img src="anh/o-vuong\.png"[^>]*>)"#, in: page).first)
        #expect(image.contains(#"alt="Hình minh họa: một ô vuông""#) && image.contains(#"loading="lazy""#) && image.contains(#"width=""#))
        #expect(Self.built.tree["mo-hinh/anh/o-vuong.png"] != nil)
        #expect(page.contains("illustrative-notice"))
        #expect(Self.text("don-vi/so-a.html").contains(#"<a href="../mo-hinh/mot-cua.html">Một cửa thân thiện</a>"#))
        let feed = Self.text("mo-hinh/atom.xml")
        #expect(regexCaptures(#"<entry>\n<title>([^<]+)</title>"#, in: feed) == ["Tiếp dân cuối tuần", "Một cửa thân thiện"])
    }

    /// The share of departments with a model is counted from the model files: removing one
    /// changes it, and the dashboard shows the new value.
    @Test func theCountsFollowTheModelFiles() throws {
        // 2024: Sở A and Sở C have a recognised model; Sở D's is being built: 2 of 4.
        #expect(Self.text("chi-tieu/ty-le-co-mo-hinh.csv").contains(",2024,50,"))
        let folder = SiteTree.temporaryFolder("models-fewer")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: fixtureSite("models"), to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content/mo-hinh/tiep-dan.md"))
        let fewer = Self.build(folder, "models-fewer-site")
        let csv = String(decoding: fewer.tree["chi-tieu/ty-le-co-mo-hinh.csv"] ?? [], as: UTF8.self)
        #expect(csv.contains(",2024,25,"), "\(csv)")
        #expect(String(decoding: fewer.tree["chi-tieu/index.html"] ?? [], as: UTF8.self).contains("25,00%"))
    }

    @Test func mistakesAreReportedAtTheirLines() throws {
        let (_, output, before) = try previousSite("invalid-models")
        let report = buildSite(fixtureSite("invalid-models"), output: output)
        #expect(!report.wroteOutput)
        try Golden.check(report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n", named: "invalid-models/diagnostics.txt")
        #expect(SiteTree.read(output) == before)
    }
}
