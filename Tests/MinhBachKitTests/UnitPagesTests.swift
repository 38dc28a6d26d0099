import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// The unit pages' history (a chart per indicator against the target and the peers' median, the
/// rank per period, the yearly classification) and the compare page's data file.
@Suite struct UnitPagesTests {
    static let demo = buildTree(Fixtures.projectRoot, "demo-units")

    static func text(_ path: String) -> String { String(decoding: demo.tree[path] ?? [], as: UTF8.self) }

    /// The unit pages of both languages, without the index and the compare page.
    static var unitPages: [String] {
        demo.tree.keys.sorted().filter { ($0.hasPrefix("don-vi/") || $0.hasPrefix("en/don-vi/")) && $0.hasSuffix(".html")
            && !$0.hasSuffix("/index.html") && !$0.hasSuffix("/so-sanh.html") }
    }

    /// Every unit page with values (a scorecard) has line charts, each with its title, its
    /// description, its summary in words and its data table, and a line of the peers' median.
    @Test func everyUnitPageWithValuesHasItsCharts() {
        #expect(Self.demo.report.succeeded)
        var checked = 0
        for path in Self.unitPages where Self.text(path).contains("id=\"bang-ket-qua\"") {
            let page = Self.text(path)
            let figures = regexCaptures("(<figure class=\"chart chart--line\".*?</figure>)", in: page)
            // Yes/no and grades are facts of their year: a unit with only those has the yearly table.
            guard !figures.isEmpty || !page.contains("id=\"xep-loai\"") else { continue }
            #expect(!figures.isEmpty, "\(path) has values but no chart")
            for figure in figures {
                #expect(figure.contains("<title id="), "\(path): a chart without a title")
                #expect(figure.contains("<desc id="), "\(path): a chart without a description")
                #expect(figure.contains("class=\"chart-summary\">") && !figure.contains("class=\"chart-summary\"></p>"),
                        "\(path): a chart without a summary")
                #expect(figure.contains("<table class=\"data-table\">"), "\(path): a chart without its data table")
            }
            let median = path.hasPrefix("en/") ? "Median of " : "Trung vị các đơn vị "
            #expect(figures.contains { $0.contains("<th scope=\"col\" class=\"num\">\(median)") }, "\(path): no median series")
            #expect(page.contains("id=\"bang-thu-hang\""), "\(path): no rank per period")
            #expect(page.contains("so-sanh.html"), "\(path) does not link the compare page")
            checked += 1
        }
        // 10 districts and 8 departments, in two languages.
        #expect(checked == 36)
        #expect(Self.text("don-vi/index.html").contains("href=\"so-sanh.html\""))
    }

    /// One unit's chart as drawn: Tuần Giáo's score against the districts' median.
    @Test func aUnitChartIsDrawnAsRecorded() throws {
        let svg = String(decoding: Self.demo.tree["bieu-do/don-vi/tuan-giao/bieu-do-diem-dan-van.svg"] ?? [], as: UTF8.self)
        try Golden.check(svg, named: "units/tuan-giao-diem-dan-van.svg")
    }

    /// The median line is the median of the unit's peers in each period, from the indicator's
    /// own download; the rank of each period is among the peers with a value for that period.
    @Test func theMedianAndTheRanksAreThePeers() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.demo.tree["chi-tieu/diem-dan-van.json"] ?? []))
                                as? [String: Any])
        let units = try #require(json["units"] as? [[String: Any]])
        let districts = Set(["dien-bien-phu", "muong-lay", "huyen-dien-bien", "dien-bien-dong", "muong-ang", "muong-cha",
                             "muong-nhe", "nam-po", "tua-chua", "tuan-giao"])
        var values: [Double] = []
        for unit in units where districts.contains(unit["unit"] as? String ?? "") {
            for point in unit["series"] as? [[String: Any]] ?? [] where point["period"] as? String == "2024" {
                if let value = point["value"] as? Double { values.append(value) }
            }
        }
        #expect(values.count == 10)
        let median = try #require(UnitHistoryChart.median(values))
        let csv = String(decoding: Self.demo.tree["bieu-do/don-vi/tuan-giao/bieu-do-diem-dan-van.csv"] ?? [], as: UTF8.self)
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("năm 2024,") })
        // The chart's CSV has the median at the indicator's one decimal.
        let written = try #require(Double(row.components(separatedBy: ",")[2]))
        #expect(abs(written - median) <= 0.05 + 1e-9)
        #expect(UnitHistoryChart.median([3, 1, 2]) == 2)
        #expect(UnitHistoryChart.median([4, 1, 3, 2]) == 2.5)
        #expect(UnitHistoryChart.median([]) == nil)
        let page = Self.text("don-vi/tuan-giao.html")
        let rankRow = try #require(regexCaptures("(<tr><td><a href=\"../chi-tieu/diem-dan-van.html\">.*?</tr>)",
                                                 in: page.components(separatedBy: "id=\"bang-thu-hang\"").last ?? "").first)
        let tuanGiao = try #require(units.first { $0["unit"] as? String == "tuan-giao" })
        let own = (tuanGiao["series"] as? [[String: Any]] ?? []).first { $0["period"] as? String == "2024" }?["value"] as? Double
        let rank = values.filter { $0 > (own ?? 0) }.count + 1
        #expect(rankRow.contains("<td class=\"num\">\(rank)/10</td></tr>"))
    }

    /// The grade's declared names, year by year, in the yearly strip.
    @Test func theYearlyClassificationUsesTheGradeNames() {
        let page = Self.text("don-vi/tuan-giao.html")
        let strip = page.components(separatedBy: "id=\"bang-xep-loai\"").last ?? ""
        #expect(strip.contains("<a href=\"../chi-tieu/xep-loai-dan-van.html\">"))
        #expect(strip.contains("<td>Khá<abbr"))
    }

    func audiences(_ name: String, _ audience: Audience) -> [String: [UInt8]] {
        let site = fixtureSite("audiences"), output = SiteTree.temporaryFolder(name).appendingPathComponent("site")
        _ = SiteBuilder(options: BuildOptions(
            contentDirectory: site.appendingPathComponent("content"), themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
            outputDirectory: output, audience: audience, workingDirectory: site)).build()
        return SiteTree.read(output)
    }

    /// The compare page's data file holds the public values alone, the same bytes every build;
    /// the internal edition's has the internal rows.
    @Test func theCompareDataIsPublicAndDeterministic() throws {
        let first = audiences("units-compare-1", .public), second = audiences("units-compare-2", .public)
        let data = try #require(first["don-vi/so-sanh-du-lieu.js"])
        #expect(second["don-vi/so-sanh-du-lieu.js"] == data)
        let text = String(decoding: data, as: UTF8.self)
        for marker in AudienceTests.markers { #expect(!text.contains(marker)) }
        #expect(text.contains("\"huyen-a\":[[10,") && text.contains("\"huyen-b\":[[20,"))
        #expect(!text.contains("400") && !text.contains("chi-tieu-noi-bo") && !text.contains("huyen-c"))
        #expect(String(decoding: first["don-vi/so-sanh.html"] ?? [], as: UTF8.self).contains("<script src=\"so-sanh-du-lieu.js\"></script>"))
        let internalData = String(decoding: audiences("units-compare-internal", .internal)["don-vi/so-sanh-du-lieu.js"] ?? [], as: UTF8.self)
        #expect(internalData.contains("\"huyen-c\":[null,[400,") && internalData.contains("\"huyen-a\":[[7,"))
    }
}
