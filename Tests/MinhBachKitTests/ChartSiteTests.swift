import Foundation
import MinhBachKit
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `{chart}` directive on a whole fixture site: every kind drawn from indicators, each with
/// its summary, data table and files; and every mistake reported at its line.
@Suite struct ChartSiteTests {
    static let built: (report: BuildReport, tree: [String: [UInt8]]) = {
        let output = SiteTree.temporaryFolder("charts").appendingPathComponent("site")
        let report = buildSite(fixtureSite("charts"), output: output)
        return (report, SiteTree.read(output))
    }()

    static func text(_ path: String) -> String { String(decoding: built.tree[path] ?? [], as: UTF8.self) }

    @Test func everyKindIsDrawnFromTheData() throws {
        #expect(Self.built.report.diagnostics.errorCount == 0, "\(Self.built.report.diagnostics.sorted)")
        let page = Self.text("index.html")
        let main = try #require(regexCaptures(#"<main[^>]*>(.*)</main>"#, in: page).first)
        try Golden.check(main + "\n", named: "charts/index-main.html")
        let kinds = regexCaptures(#"<figure class="chart chart--([a-z]+)""#, in: page)
        #expect(kinds == ["line", "line", "hbar", "bar", "grouped", "stacked", "bullet", "progress", "sparkline", "heatgrid", "map", "line"])
    }

    /// What the figures say in words: the generated sentences, from the fixture's numbers.
    @Test func summariesStateWhatTheChartsShow() {
        let summaries = regexCaptures(#"<p class="chart-summary">([^<]*)</p>"#, in: Self.text("index.html"))
        // The whole is the mean of the three districts: 40,0 in 2022, (72 + 45,5 + 38) / 3 = 51,8 in 2024.
        #expect(summaries.first == "Hộ được hỗ trợ tăng từ 40,0% năm 2022 lên 51,8% năm 2024; mục tiêu năm 2025 là 80,0%.")
        #expect(summaries.contains("3 mục; cao nhất là Huyện A (72,0%), thấp nhất là Huyện C có tên rất dài để thử việc rút gọn nhãn (38,0%); Huyện B đạt 45,5%, đứng thứ 2/3; 0/3 mục đạt mục tiêu 80,0%."))
        #expect(summaries.contains("Lớn nhất là năm 2021 (tổng 17 đơn); trong đó nhiều nhất là Tố cáo (9 đơn)."))
        #expect(summaries.contains("Huyện A (2024): 72,0%; mục tiêu 80,0%."))
        #expect(summaries.contains("3 hàng × 1 cột; Đúng tiến độ: 1; Chậm tiến độ: 2."))
        #expect(summaries.last == "Xếp hạng của tỉnh tụt từ hạng 46 năm 2020 xuống hạng 52 năm 2022.")
    }

    /// Each chart but the sparkline links its standalone SVG (the same drawing, well-formed) and
    /// its data as CSV with plain numbers.
    @Test func eachChartHasItsFiles() throws {
        let page = Self.text("index.html")
        let links = regexCaptures(#"<a href="([^"]+\.(?:svg|csv))" download"#, in: page)
        #expect(links.count == 22)
        for link in links {
            let file = try #require(Self.built.tree[link], "missing \(link)")
            if link.hasSuffix(".svg") {
                let svg = String(decoding: file, as: UTF8.self)
                #expect(XMLParser(data: Data(file)).parse(), "\(link) is not well-formed")
                let body = String(svg.drop { $0 != "\n" }.dropFirst())
                #expect(page.contains(body), "\(link) differs from the chart on the page")
            }
        }
        #expect(Self.text("bieu-do/index/bieu-do-1.csv")
                == "\u{FEFF}Kỳ,Hộ được hỗ trợ,Mục tiêu\r\nnăm 2022,40,\r\nnăm 2023,51.25,\r\nnăm 2024,51.8333333333,\r\nnăm 2025,,80\r\n")
    }

    @Test func mistakesAreReportedAtTheirLines() throws {
        let folder = SiteTree.temporaryFolder("invalid-charts")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: fixtureSite("charts"), to: folder)
        for name in ["bieu-do-sai.md", "ban-do/hong.geojson", "ban-do/la.geojson"] {
            try FileManager.default.copyItem(at: fixtureSite("invalid-charts/content/\(name)"),
                                             to: folder.appendingPathComponent("content/\(name)"))
        }
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(!report.wroteOutput)
        try Golden.check(report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n",
                         named: "invalid-charts/diagnostics.txt")
    }
}
