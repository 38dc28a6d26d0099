import Foundation
import MinhBachKit
import Testing
import TestSupport

/// Units are compared at one period: rankings, charts and grid columns never set an older value
/// among newer ones, and a whole made from other units than the value before says so beside it.
@Suite struct SamePeriodTests {
    /// The `periods` fixture: four districts with 2023 values; in 2024 only A and B report, C does
    /// not (its 2023 value, 90,0%, is the highest of all) and D ended on 31/12/2023.
    static let fixture = buildTree(fixtureSite("periods"), "periods")
    static let demo = buildTree(Fixtures.projectRoot, "demo-periods")

    static func text(_ tree: [String: [UInt8]], _ path: String) -> String { String(decoding: tree[path] ?? [], as: UTF8.self) }

    /// The ranking compares 2024: A and B ranked, C and D listed after, unranked, each with its
    /// 2023 value and the words that say it is missing (golden).
    @Test func theRankingListsAUnitWithoutTheLatestPeriodAsMissing() throws {
        #expect(Self.fixture.report.diagnostics.all.isEmpty, "\(Self.fixture.report.diagnostics.all)")
        let page = Self.text(Self.fixture.tree, "chi-tieu/ty-le.html")
        let ranking = try #require(regexCaptures(#"(<p class="comparison-note">.*?</table>)"#, in: page).first)
        try Golden.check(ranking + "\n", named: "periods/ranking.html")
        let rows = regexCaptures(#"<tr>(<td.*?)</tr>"#, in: ranking)
        #expect(rows.count == 4)
        #expect(rows.first?.contains("Huyện A") == true && rows.first?.hasPrefix(#"<td class="num">1</td>"#) == true)
        let c = try #require(rows.first { $0.contains("Huyện C") })
        #expect(c.hasPrefix(#"<td class="num">–</td>"#))
        #expect(c.contains(#"<em class="comparison-missing">Không có số liệu năm 2024</em>; gần nhất: 90,0% (2023)"#))
        let d = try #require(rows.first { $0.contains("Huyện D") })
        #expect(d.contains("đơn vị hết hiệu lực ngày 31/12/2023"))
        // The bar chart of the same page: C is a missing bar that says why, not a bar.
        #expect(page.contains("<title>Huyện C: Không có số liệu năm 2024; gần nhất: 90,0% (2023)</title>"))
        #expect(!page.contains("<title>Huyện C: 90,0%</title>"))
    }

    /// The dashboard's grid: the column compares 2024 and says so; C's cell is of the category
    /// "no value for the compared period", with its 2023 value, never a status of 2023 among 2024's.
    @Test func theGridShowsTheMissingUnitWithItsOlderValue() throws {
        let dashboard = Self.text(Self.fixture.tree, "chi-tieu/index.html")
        let table = try #require(regexCaptures(#"<caption>Tiến độ các chỉ tiêu theo đơn vị</caption>(.*?)</table>"#, in: dashboard).first)
        #expect(table.contains("Tỷ lệ hộ được hỗ trợ, năm 2024"))
        let c = try #require(regexCaptures(#"<tr><th scope="row">Huyện C</th>(.*?)</tr>"#, in: table).first)
        #expect(c.contains("– Không có số liệu kỳ so sánh (gần nhất: 90,0% (2023))"))
        #expect(dashboard.contains(">Không có số liệu kỳ so sánh</text>"), "the legend names the category")
    }

    /// The whole of 2024 is made from 2 of 3 units, that of 2023 from 4 of 4: the card, the
    /// dashboard's row and the series table say it beside the value.
    @Test func aChangeOfUnitsIsSaidBesideTheWholesValue() throws {
        let note = "tổng hợp từ 2/3 đơn vị; năm 2023: 4/4 đơn vị — không cùng các đơn vị, không so sánh trực tiếp được"
        let page = Self.text(Self.fixture.tree, "chi-tieu/so-ho.html")
        let card = try #require(regexCaptures(#"<div class="indicator-card[^"]*">(.*?)</div>"#, in: page).first)
        #expect(card.contains("210 hộ") && card.contains(note))
        let series = try #require(regexCaptures(#"<table class="data-table series-table">(.*?)</table>"#, in: page).first)
        #expect(regexCaptures(#"<tr>(.*?)</tr>"#, in: series).filter { $0.contains(note) }.count == 1)
        let tables = regexCaptures(#"<table class="data-table progress-table">(.*?)</table>"#, in: Self.text(Self.fixture.tree, "chi-tieu/index.html"))
        let row = regexCaptures(#"<tr>(.*?)</tr>"#, in: tables.joined()).first { $0.contains("Số hộ được hỗ trợ") }
        #expect(row?.contains(note) == true)
        // The demo, in both languages: 78 officials from 18 units in 2024, 32 from 7 in 2025.
        #expect(Self.text(Self.demo.tree, "chi-tieu/so-can-bo-dan-van.html")
            .contains("tổng hợp từ 7/7 đơn vị; năm 2024: 18/18 đơn vị — không cùng các đơn vị"))
        #expect(Self.text(Self.demo.tree, "en/chi-tieu/so-can-bo-dan-van.html")
            .contains("from 7 of 7 units; 2024: 18 of 18 units — not the same units"))
        // A whole made from the same units says nothing.
        #expect(!Self.text(Self.demo.tree, "chi-tieu/ho-ngheo-ty-le.html").contains("basis-change"))
    }

    /// Every ranking of the demo's JSON downloads, of all units and of each kind, in both
    /// languages: the ranked values share the ranking's period; every unit with values is either
    /// ranked or missing with an older value.
    @Test func noRankingOfTheDemoMixesPeriods() throws {
        #expect(Self.demo.report.succeeded)
        var rankings = 0
        for path in Self.demo.tree.keys.sorted() where path.hasSuffix(".json") && path.contains("chi-tieu/") && !path.hasSuffix("datapackage.json") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.demo.tree[path]!)) as? [String: Any])
            let units = (object["units"] as? [[String: Any]] ?? []).filter { !(($0["series"] as? [Any]) ?? []).isEmpty }
            guard let ranking = object["ranking"] as? [String: Any] else {
                #expect(units.isEmpty, "\(path) has units but no ranking")
                continue
            }
            let byKind = object["rankings_by_unit_kind"] as? [String: [String: Any]] ?? [:]
            for (name, comparison) in [("all", ranking)] + byKind.sorted(by: { $0.key < $1.key }) {
                rankings += 1
                let period = try #require(comparison["period"] as? String, "\(path) \(name): no period")
                let ranked = comparison["ranked"] as? [[String: Any]] ?? []
                let missing = comparison["missing"] as? [[String: Any]] ?? []
                #expect(!ranked.isEmpty)
                #expect(ranked.allSatisfy { $0["period"] as? String == period }, "\(path) \(name) mixes periods")
                for entry in missing {
                    let last = try #require(entry["last_period"] as? String)
                    #expect(ReportingPeriod(last)! < ReportingPeriod(period)!, "\(path) \(name): \(entry)")
                }
                if name == "all" { #expect(ranked.count + missing.count == units.count, "\(path)") }
            }
        }
        #expect(rankings > 40)
        // The ranking that mixed districts at 2024 with departments at 2025 compares 2025.
        let scores = try #require(try JSONSerialization.jsonObject(with: Data(Self.demo.tree["chi-tieu/diem-dan-van.json"]!)) as? [String: Any])
        let ranking = try #require(scores["ranking"] as? [String: Any])
        #expect(ranking["period"] as? String == "2025")
        #expect((ranking["missing"] as? [[String: Any]])?.contains { $0["unit"] as? String == "tuan-giao" && $0["in_force"] as? Bool == false } == true)
    }

    /// The demo's grid of units × indicators: each column names its period, and every status
    /// cell under it is of that period.
    @Test func noColumnOfTheDemosGridMixesPeriods() throws {
        for (path, word) in [("chi-tieu/index.html", "năm "), ("en/chi-tieu/index.html", "")] {
            let page = Self.text(Self.demo.tree, path)
            let table = try #require(regexCaptures(#"<figure class="chart chart--heatgrid".*?<table class="data-table">(.*?)</table>"#, in: page).first)
            let headings = regexCaptures(#"<th scope="col" class="num">(.*?)</th>"#, in: table)
            let periods = headings.map { regexCaptures(", \(word)([0-9]{4})$", in: $0).first }
            #expect(periods.count > 10 && periods.allSatisfy { $0 != nil }, "\(path): \(headings)")
            for row in regexCaptures(#"<tr><th scope="row">.*?</th>(.*?)</tr>"#, in: table) {
                let cells = regexCaptures(#"<td[^>]*>(.*?)</td>"#, in: row)
                for (cell, period) in zip(cells, periods) where !cell.isEmpty && !cell.hasPrefix("–") {
                    #expect(cell.hasSuffix(", \(period!))"), "\(path): \(cell) under a column of \(period!)")
                }
            }
        }
    }

    /// A unit page ranks the unit among its peers at their period: the department merged away in
    /// 2025 is no longer "1/1" among itself, but missing from 2025's comparison.
    @Test func aUnitPageRanksOnlyAtItsPeersPeriod() {
        let page = Self.text(Self.demo.tree, "don-vi/so-ke-hoach-dau-tu.html")
        #expect(!page.contains(#"<td class="num">1/1</td>"#))
        #expect(page.contains(#"<em class="comparison-missing">Không có số liệu năm 2025</em>"#))
        // A district compares with the districts, at 2024.
        #expect(regexCaptures(#"<td class="num">([0-9]+/10)</td>"#, in: Self.text(Self.demo.tree, "don-vi/tuan-giao.html")).count > 5)
    }
}
