import Formatting
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// Indicators, units and data: the bad-data corpus, the demo's real figures, its pages and downloads.
@Suite struct DataTests {
    /// One diagnostic per planted mistake (see the fixture's EXPECTED.md), at its file, row and
    /// column; nothing written and the previous site left as it was.
    @Test func badDataIsReportedAtItsCells() throws {
        let (_, output, before) = try previousSite("invalid-data")
        let report = buildSite(fixtureSite("invalid-data"), output: output)
        #expect(!report.wroteOutput)
        #expect(report.diagnostics.errorCount == 15)
        try Golden.check(report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n",
                         named: "invalid-data/diagnostics.txt")
        #expect(SiteTree.read(output) == before)
    }

    static let demo = buildTree(Fixtures.projectRoot, "demo-data")

    static func text(_ path: String) -> String { String(decoding: demo.tree[path] ?? [], as: UTF8.self) }

    /// Each real figure of the seeds, formatted the Vietnamese way, on its indicator page, with a
    /// link to the document it comes from.
    @Test(arguments: [
        ("ho-ngheo-ty-le", "30,58%", "de-an-dien-bien-2023-2025"), ("ho-ngheo-ty-le", "34,90%", "de-an-dien-bien-2023-2025"),
        ("ho-ngheo-so-ho", "41.977 hộ", "de-an-dien-bien-2023-2025"), ("ho-ngheo-muc-giam", "−4,32 điểm %", ""),
        ("xep-hang-pci", "62/63", "de-an-dien-bien-2023-2025"), ("xep-hang-sipas", "39/63", "de-an-dien-bien-2023-2025"),
        ("xep-hang-par-index", "22/63", "de-an-dien-bien-2023-2025"), ("xa-nong-thon-moi", "52 xã", "de-an-dien-bien-2023-2025"),
        ("xa-nong-thon-moi", "44 xã", "de-an-dien-bien-2023-2025"),
        ("khieu-nai-thuoc-tham-quyen", "144 đơn", "de-an-dien-bien-2023-2025"), ("khieu-nai-da-giai-quyet", "138 đơn", "de-an-dien-bien-2023-2025"),
        ("khieu-nai-ty-le-giai-quyet", "95,83%", "de-an-dien-bien-2023-2025"), ("to-cao-thuoc-tham-quyen", "74 đơn", "de-an-dien-bien-2023-2025"),
        ("to-cao-da-giai-quyet", "73 đơn", "de-an-dien-bien-2023-2025"), ("thu-ngan-sach", "13.963,91 tỷ đồng", "de-an-dien-bien-2023-2025"),
        ("tiep-cong-dan-luot", "99 lượt", "bao-cao-tuan-giao-6-thang-2021"), ("tiep-cong-dan-nguoi", "142 người", "bao-cao-tuan-giao-6-thang-2021"),
        ("don-thu-cap-huyen", "42 đơn", "bao-cao-tuan-giao-6-thang-2021"), ("don-thu-cap-xa", "48 đơn", "bao-cao-tuan-giao-6-thang-2021"),
        ("don-khieu-nai-cap-huyen", "3 đơn", "bao-cao-tuan-giao-6-thang-2021"), ("don-to-cao-cap-huyen", "7 đơn", "bao-cao-tuan-giao-6-thang-2021"),
        ("don-de-nghi-cap-huyen", "32 đơn", "bao-cao-tuan-giao-6-thang-2021"), ("mot-cua-cap-xa", "100%", "bao-cao-tuan-giao-6-thang-2021"),
    ])
    func seedFigureOnItsPage(indicator: String, figure: String, document: String) {
        #expect(Self.demo.report.succeeded, "\(Self.demo.report.diagnostics.all)")
        let page = Self.text("chi-tieu/\(indicator).html")
        let table = regexCaptures(#"<table class="data-table series-table">(.*?)</table>"#, in: page).first ?? ""
        let rows = regexCaptures(#"<tr>(.*?)</tr>"#, in: table)
        let row = rows.first { $0.contains(">\(figure)<") }
        #expect(row != nil, "\(figure) not in the series of \(indicator)")
        if !document.isEmpty { #expect(row?.contains("href=\"../van-ban/\(document).html") == true, "\(indicator): no source link") }
    }

    /// Every unit has a page; every indicator a page, a CSV, a JSON file and a resource in the
    /// Data Package.
    @Test func everyUnitAndIndicatorHasItsPagesAndDownloads() throws {
        let units = String(decoding: try Data(contentsOf: Fixtures.projectRoot.appendingPathComponent("content/don-vi.csv")), as: UTF8.self)
        let codes = units.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(codes.count >= 20)
        for code in codes { #expect(Self.demo.tree["don-vi/\(code).html"] != nil, "unit \(code)") }
        let package = try JSONSerialization.jsonObject(with: Data(Self.demo.tree["chi-tieu/datapackage.json"] ?? [])) as? [String: Any]
        let resources = (package?["resources"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        let indicators = try FileManager.default.contentsOfDirectory(atPath: Fixtures.projectRoot.appendingPathComponent("content/chi-tieu").path)
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".en.md") && $0 != "index.md" }.map { String($0.dropLast(3)) }
        #expect(indicators.count >= 40)
        for id in indicators {
            for ext in ["html", "csv", "json"] { #expect(Self.demo.tree["chi-tieu/\(id).\(ext)"] != nil, "\(id).\(ext)") }
            #expect(resources.contains(id), "\(id) not in datapackage.json")
        }
        #expect(resources.contains("don-vi"))
    }

    /// A page that shows an illustrative value (marked *) says so in words.
    /// Every kind of chart is on the demo; the poverty chart states the đề án's first, last and
    /// target values; no generated file holds a NaN.
    @Test func everyChartKindIsOnTheDemoWithItsFigures() {
        let pages = htmlFiles(Self.demo.tree)
        let kinds = Set(pages.flatMap { regexCaptures(#"<figure class="chart chart--([a-z]+)""#, in: $0.1) })
        #expect(kinds == ["line", "bar", "hbar", "grouped", "stacked", "bullet", "progress", "heatgrid", "map"])
        #expect(Self.text("chi-tieu/index.html").contains(#"class="chart-svg chart-sparkline""#))
        #expect(regexCaptures(#"<p class="chart-summary">([^<]*)</p>"#, in: Self.text("index.html")).first
                == "Hộ nghèo (%) giảm từ 34,90% năm 2021 xuống 30,58% năm 2022; mục tiêu năm 2025 là 18,58%.")
        for (path, bytes) in Self.demo.tree where [".html", ".svg", ".csv", ".json"].contains(where: path.hasSuffix) {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("NaN"), "\(path) holds a NaN")
        }
    }

    @Test func illustrativeDataIsLabelledWhereverItIsShown() {
        var pagesWithIllustrativeValues = 0
        for (path, html) in htmlFiles(Self.demo.tree) where html.contains("illustrative-mark") {
            pagesWithIllustrativeValues += 1
            #expect(html.contains("class=\"illustrative-notice\""), "\(path)")
        }
        #expect(pagesWithIllustrativeValues > 20)
        // Pages that show illustrative values without marking each: the compare page draws them in
        // the browser, the units index counts their statuses.
        for path in ["don-vi/so-sanh.html", "don-vi/index.html", "en/don-vi/so-sanh.html", "en/don-vi/index.html"] {
            #expect(Self.text(path).contains("class=\"illustrative-notice\""), "\(path)")
        }
        // The real figures' page stays unlabelled.
        #expect(!Self.text("chi-tieu/ho-ngheo-ty-le.html").contains("illustrative-notice"))
        let csv = Self.text("chi-tieu/ty-le-co-quan-co-mo-hinh.csv")
        #expect(csv.contains(",true,"))
    }

    /// Every page that shows data says how recent it is — the latest period shown and the latest
    /// date of the documents its values cite — from the content, not the build's clock; pages
    /// without data say nothing.
    @Test func pagesWithDataSayHowRecentItIs() {
        func line(_ path: String) -> String? { regexCaptures(#"<p class="data-dates">(.*?)</p>"#, in: Self.text(path)).first }
        #expect(line("chi-tieu/tiep-cong-dan-luot.html")
                == #"Số liệu đến 6 tháng đầu năm 2021 · Cập nhật lần cuối: <time datetime="2021-06">tháng 6/2021</time> (theo ngày văn bản nguồn và trang định nghĩa chỉ tiêu)"#)
        #expect(line("en/chi-tieu/tiep-cong-dan-luot.html")
                == #"Data as of the first half of 2021 · Last updated: <time datetime="2021-06">June 2021</time> (from the dates of the source documents and of the indicator pages)"#)
        // The poverty rate cites the undated đề án: its period only.
        #expect(line("chi-tieu/ho-ngheo-ty-le.html") == "Số liệu đến năm 2022")
        // The dashboard: the latest of every indicator; the Tuần Giáo report is the only dated
        // source, older than the data, so it is not called the last update.
        #expect(line("chi-tieu/index.html") == #"Số liệu đến năm 2025 · Văn bản nguồn mới nhất: <time datetime="2021-06">tháng 6/2021</time>"#)
        #expect(line("don-vi/tuan-giao.html")?.hasPrefix("Số liệu đến") == true)
        #expect(line("don-vi/dien-bien.html") != nil)
        // The home page's charts and values count as data; the about page shows none.
        #expect(line("index.html") != nil)
        #expect(line("gioi-thieu.html") == nil)
        #expect(line("don-vi/index.html") == nil)
        var dates = DataDates(asOf: ReportingPeriod("2021-H1"), updated: IssueDate("2021-06"))
        dates.merge(DataDates(asOf: ReportingPeriod("2020"), updated: IssueDate("2021-06-07")))
        #expect(dates == DataDates(asOf: ReportingPeriod("2021-H1"), updated: IssueDate("2021-06-07")))
    }

    /// The districts end on 30 June 2025: the shares of local governments say so, and stop.
    @Test func aUnitThatEndsIsShownAsABasisChange() {
        let page = Self.text("chi-tieu/ty-le-chinh-quyen-kiem-tra-giam-sat.html")
        #expect(page.contains("id=\"thay-doi-don-vi\""))
        #expect(page.contains("hết hiệu lực ngày 30/06/2025"))
        #expect(Self.text("don-vi/tuan-giao.html").contains("Tỉnh Điện Biên"))
    }

    @Test func downloadsAreSafeInASpreadsheet() {
        #expect(CSVField.safe("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVField.safe("+84") == "'+84")
        #expect(CSVField.safe("@a") == "'@a")
        #expect(CSVField.safe("Tuần Giáo") == "Tuần Giáo")
        #expect(CSVField.safe("a,b") == "\"a,b\"")
        #expect(CSVField.safe("dòng\r\nhai") == "\"dòng\r\nhai\"")
        #expect(CSVField.safe("-") == "'-")
        #expect(NumberFormat.plain(-4.32) == "-4.32")
        #expect(NumberFormat.plain(41977) == "41977")
        // Shortest forms are used only where they are what ten decimals print.
        let samples = [0.1 + 0.2, 1e-5, 0.00012345678901, 262_143.987654321, 300_000.1, -0.5, 99.99999999999, 12.3456789012345]
            + (0..<4000).map { step in Double((step * 7_919_993) % 20_000_001 - 10_000_000) / [10.0, 100, 1000, 7][step % 4] }
        for value in samples {
            var printed = String(format: "%.10f", value)
            while printed.hasSuffix("0") { printed.removeLast() }
            if value.rounded() != value { #expect(NumberFormat.plain(value) == printed, "\(value)") }
        }
    }

    @Test func numbersAreReadAsDeclaredAndWrittenTheVietnameseWay() throws {
        #expect(try NumberNotation.vietnamese.parse("41.977").get() == 41977)
        #expect(try NumberNotation.vietnamese.parse("13.963,91").get() == 13963.91)
        #expect((try? NumberNotation.vietnamese.parse("30.58").get()) == nil)
        #expect((try? NumberNotation.vietnamese.parse("30,58%").get()) == nil)
        #expect(try NumberNotation(decimal: ".", thousands: nil).parse("30.58").get() == 30.58)
        #expect(NumberFormat.vietnamese.string(13963.91, decimals: 2) == "13.963,91")
        #expect(NumberFormat.vietnamese.string(-4.32, decimals: 2) == "−4,32")
        #expect(NumberFormat.vietnamese.string(-0.001, decimals: 1) == "0,0")
    }

    @Test func periodsAreParsedOrderedAndNamed() {
        let periods = ["2024", "2024-H1", "2024-Q3", "2024-05", "2020-2022"].compactMap(ReportingPeriod.init)
        #expect(periods.map(\.description) == ["2024", "2024-H1", "2024-Q3", "2024-05", "2020-2022"])
        #expect(periods.sorted().map(\.description) == ["2020-2022", "2024-05", "2024-H1", "2024-Q3", "2024"])
        #expect(periods.map { LocaleFormat.vietnamese.shortPeriod($0.name) } == ["2024", "6T/2024", "Q3/2024", "T5/2024", "2020-2022"])
        #expect(ReportingPeriod("2024-H3") == nil && ReportingPeriod("2024-13") == nil && ReportingPeriod("24") == nil)
        #expect(ReportingPeriod("2024-Q1")!.previous.description == "2023-Q4")
    }
}
