@testable import Charts
import Formatting
import Foundation
import Testing
import TestSupport

/// The parts every chart stands on: numbers, words, text widths, maps and colours.
@Suite struct ChartPartsTests {
    @Test func numbersReadTheVietnameseWayAndCompact() {
        let vi = NumberFormat.vietnamese
        #expect(vi.string(13963.91, decimals: 2) == "13.963,91")
        #expect(vi.string(1234.5, decimals: 1) == "1.234,5")
        #expect(vi.string(-0.001, decimals: 1) == "0,0")
        #expect(vi.string(.nan, decimals: 1) == "–")
        #expect(vi.compact(13963.91) == "13,96 nghìn")
        #expect(vi.compact(2_500_000) == "2,5 triệu")
        #expect(vi.compact(13_963.91e9) == "13,96 nghìn tỷ")
        #expect(vi.compact(9_999) == "9.999")
        #expect(NumberFormat.english.compact(2_500_000) == "2.5 million")
        #expect(vi.string(1e20, decimals: 0) == "100.000.000.000.000.000.000")
        #expect(ChartValueFormat(decimals: 2, suffix: " tỷ đồng").label(13963.91) == "13,96 nghìn tỷ đồng")
    }

    /// The example sentence of the issue, from the đề án's poverty figures.
    @Test func theSummarySaysWhatTheLineShows() {
        let years = (2021...2025).map { ChartCategory(String($0), phrase: "năm \($0)") }
        var chart = LineChart(categories: years, series: [ChartSeries("Tỷ lệ hộ nghèo", values: [34.90, 30.58, nil, nil, nil])],
                              format: ChartValueFormat(decimals: 2, suffix: "%"))
        chart.target = LineChart.Target(value: 27.21, index: 4, label: "Mục tiêu 2025")
        #expect(chart.draw(ChartFrame(id: "a", title: "Tỷ lệ hộ nghèo")).summary
                == "Tỷ lệ hộ nghèo giảm từ 34,90% năm 2021 xuống 30,58% năm 2022; mục tiêu năm 2025 là 27,21%.")

        let english = (2021...2025).map { ChartCategory(String($0), phrase: String($0), when: "in \($0)") }
        var same = LineChart(categories: english, series: [ChartSeries("The poverty rate", values: [34.90, 30.58, nil, nil, nil])],
                             format: ChartValueFormat(decimals: 2, suffix: "%", numbers: .english))
        same.target = LineChart.Target(value: 27.21, index: 4, label: "Target 2025")
        let drawn = same.draw(ChartFrame(id: "a", title: "Poverty rate", words: .english))
        #expect(drawn.summary == "The poverty rate fell from 34.90% in 2021 to 30.58% in 2022; the target for 2025 is 27.21%.")
        #expect(drawn.table.header == ["Period", "The poverty rate", "Target"])
    }

    @Test func gapsAndRanksAreSaid() {
        let years = (2020...2023).map { ChartCategory(String($0), phrase: "năm \($0)") }
        var rank = LineChart(categories: years, series: [ChartSeries("PCI", values: [46, nil, 62, 52])], format: ChartValueFormat())
        rank.reversed = true
        #expect(rank.draw(ChartFrame(id: "r", title: "PCI")).summary == "PCI tụt từ hạng 46 năm 2020 xuống hạng 52 năm 2023. Không có số liệu năm 2021.")
    }

    /// The summary's sentences for each kind of period, in both languages, as the site phrases
    /// its periods: a value's time takes "in" in English ("rose from 10 sessions in Q1 2024"),
    /// the target is "for" a period, a gap is "no data for" it; Vietnamese needs no word before.
    @Test(arguments: [
        ([PeriodName.year(2021), .year(2022), .year(2023)],
         "X rose from 10 sessions in 2021 to 12 sessions in 2023; the target for 2023 is 15 sessions. No data for 2022.",
         "X tăng từ 10 lượt năm 2021 lên 12 lượt năm 2023; mục tiêu năm 2023 là 15 lượt. Không có số liệu năm 2022.",
         "X was 12 sessions in 2023; the target for 2023 is 15 sessions.", "X đạt 12 lượt năm 2023; mục tiêu năm 2023 là 15 lượt."),
        ([.half(1, year: 2021), .half(2, year: 2021), .half(1, year: 2022)],
         "X rose from 10 sessions in the first half of 2021 to 12 sessions in the first half of 2022; the target for the first half of 2022 is 15 sessions. No data for the second half of 2021.",
         "X tăng từ 10 lượt 6 tháng đầu năm 2021 lên 12 lượt 6 tháng đầu năm 2022; mục tiêu 6 tháng đầu năm 2022 là 15 lượt. Không có số liệu 6 tháng cuối năm 2021.",
         "X was 12 sessions in the first half of 2022; the target for the first half of 2022 is 15 sessions.",
         "X đạt 12 lượt 6 tháng đầu năm 2022; mục tiêu 6 tháng đầu năm 2022 là 15 lượt."),
        ([.quarter(1, year: 2024), .quarter(2, year: 2024), .quarter(3, year: 2024)],
         "X rose from 10 sessions in Q1 2024 to 12 sessions in Q3 2024; the target for Q3 2024 is 15 sessions. No data for Q2 2024.",
         "X tăng từ 10 lượt quý I/2024 lên 12 lượt quý III/2024; mục tiêu quý III/2024 là 15 lượt. Không có số liệu quý II/2024.",
         "X was 12 sessions in Q3 2024; the target for Q3 2024 is 15 sessions.", "X đạt 12 lượt quý III/2024; mục tiêu quý III/2024 là 15 lượt."),
        ([.month(5, year: 2024), .month(6, year: 2024), .month(7, year: 2024)],
         "X rose from 10 sessions in May 2024 to 12 sessions in July 2024; the target for July 2024 is 15 sessions. No data for June 2024.",
         "X tăng từ 10 lượt tháng 5/2024 lên 12 lượt tháng 7/2024; mục tiêu tháng 7/2024 là 15 lượt. Không có số liệu tháng 6/2024.",
         "X was 12 sessions in July 2024; the target for July 2024 is 15 sessions.", "X đạt 12 lượt tháng 7/2024; mục tiêu tháng 7/2024 là 15 lượt."),
        ([.years(2016, 2020), .years(2021, 2025), .years(2026, 2030)],
         "X rose from 10 sessions in 2016–2020 to 12 sessions in 2026–2030; the target for 2026–2030 is 15 sessions. No data for 2021–2025.",
         "X tăng từ 10 lượt giai đoạn 2016 - 2020 lên 12 lượt giai đoạn 2026 - 2030; mục tiêu giai đoạn 2026 - 2030 là 15 lượt. Không có số liệu giai đoạn 2021 - 2025.",
         "X was 12 sessions in 2026–2030; the target for 2026–2030 is 15 sessions.",
         "X đạt 12 lượt giai đoạn 2026 - 2030; mục tiêu giai đoạn 2026 - 2030 là 15 lượt."),
    ])
    func summarySentencesForEveryKindOfPeriod(periods: [PeriodName], english: String, vietnamese: String,
                                              englishSingle: String, vietnameseSingle: String) {
        for (locale, words, unit, change, single) in [(LocaleFormat.english, ChartWords.english, " sessions", english, englishSingle),
                                                       (.vietnamese, .vietnamese, " lượt", vietnamese, vietnameseSingle)] {
            let categories = periods.map { ChartCategory(locale.shortPeriod($0), phrase: locale.period($0), when: locale.periodAdverbial($0)) }
            var chart = LineChart(categories: categories, series: [ChartSeries("X", values: [10, nil, 12])],
                                  format: ChartValueFormat(suffix: unit, numbers: locale.numbers))
            chart.target = LineChart.Target(value: 15, index: 2, label: "")
            #expect(chart.draw(ChartFrame(id: "a", title: "X", words: words)).summary == change)
            chart.series = [ChartSeries("X", values: [nil, nil, 12])]
            #expect(chart.draw(ChartFrame(id: "a", title: "X", words: words)).summary == single)
        }
    }

    /// Every area of a map is named: on the map where its name fits, else in the summary with
    /// its value. A tiny area with a long name (Mường Lay beside Mường Chà) is the case.
    @Test func everyAreaOfAMapIsNamedOnItOrInTheSummary() {
        func square(_ west: Double, _ south: Double, _ size: Double) -> GeoShape {
            [[[GeoPoint(longitude: west, latitude: south), GeoPoint(longitude: west + size, latitude: south),
               GeoPoint(longitude: west + size, latitude: south + size), GeoPoint(longitude: west, latitude: south + size),
               GeoPoint(longitude: west, latitude: south)]]]
        }
        let map = ChoroplethMap(regions: [
            ChoroplethMap.Region(id: "a", name: "Huyện Mường Chà", label: "Mường Chà", shape: square(102.0, 21.0, 1.0), value: 75.8),
            ChoroplethMap.Region(id: "b", name: "Thị xã Mường Lay", label: "Mường Lay", shape: square(103.0, 21.0, 0.05), value: 82.4),
        ], format: ChartValueFormat(decimals: 1))
        let drawn = map.draw(ChartFrame(id: "m", title: "Điểm", size: ChartSize(width: 400, height: 300)))
        #expect(drawn.svg.contains(">Mường Chà</text>") && !drawn.svg.contains(">Mường Lay</text>"))
        #expect(drawn.summary.hasSuffix(" Không ghi tên trên bản đồ: Thị xã Mường Lay (82,4)."), "\(drawn.summary)")
    }

    /// A vertical bar chart whose names do not all fit writes every other one, always the
    /// highlighted bar's, and names the rest in its summary.
    @Test func theHighlightedBarIsAlwaysNamedAndSkippedNamesAreSaid() {
        let names = ["Điện Biên Phủ", "Mường Lay", "Điện Biên", "Điện Biên Đông", "Mường Ảng", "Mường Chà", "Mường Nhé", "Nậm Pồ",
                     "Tủa Chùa", "Tuần Giáo"]
        let bars = names.enumerated().map { index, name in BarChart.Bar(name, value: Double(50 + index), highlighted: index == 3) }
        let drawn = BarChart(bars: bars, format: ChartValueFormat(decimals: 1, suffix: "%"))
            .draw(ChartFrame(id: "b", title: "Tỷ lệ", size: ChartSize(width: 320, height: 240)))
        let written = names.filter { drawn.svg.contains(">\($0)</text>") }
        let skipped = names.filter { !written.contains($0) }
        #expect(written.contains("Điện Biên Đông") && !skipped.isEmpty)
        #expect(drawn.summary.hasSuffix(" Không ghi tên dưới cột: " + skipped.joined(separator: ", ") + "."), "\(drawn.summary)")
        // Names that fit are all written, and nothing is added to the summary.
        let wide = BarChart(bars: bars, format: ChartValueFormat(decimals: 1, suffix: "%")).draw(ChartFrame(id: "b", title: "Tỷ lệ",
                                                                                                              size: ChartSize(width: 1400, height: 240)))
        #expect(names.allSatisfy { wide.svg.contains(">\($0)</text>") } && !wide.summary.contains("Không ghi tên"))
    }

    /// Text on a map's areas and in a heat grid's cells keeps 4.5:1 (WCAG 1.4.3) against its
    /// fill and its halo, in the light and the dark scheme: each class's colour is the theme's
    /// custom property in that scheme, or the literal where the theme has no rule for the class.
    @Test func labelsOnMapsAndHeatGridsAreReadableInBothSchemes() throws {
        let css = try String(contentsOf: Fixtures.projectRoot.appendingPathComponent("theme/static/style.css"), encoding: .utf8)
        let darkStart = css.range(of: "@media (prefers-color-scheme: dark)")!.lowerBound
        let light = Dictionary(regexAll(#"(--[a-z0-9-]+): (#[0-9a-f]{6})"#, in: String(css[..<darkStart])), uniquingKeysWith: { a, _ in a })
        let dark = light.merging(regexAll(#"(--[a-z0-9-]+): (#[0-9a-f]{6})"#, in: String(css[darkStart...]).components(separatedBy: "\n}\n")[0]),
                                 uniquingKeysWith: { _, b in b })
        let rules = Dictionary(regexAll(#"\.chart-svg \.([fk]-[a-z0-9]+) \{ (?:fill|stroke): var\((--[a-z0-9-]+)\); \}"#, in: css),
                               uniquingKeysWith: { a, _ in a })
        func colour(_ role: ChartColour, fill: Bool, _ scheme: [String: String]) -> String {
            rules[fill ? role.fillClass : role.strokeClass].flatMap { scheme[$0] } ?? role.literal
        }
        var pairs: [(text: ChartColour, on: ChartColour, what: String)] = []
        for index in [nil] + (0..<ChartColour.rampCount).map(Optional.some) {
            let (text, halo) = ChoroplethMap.labelColours(index)
            let fill: ChartColour = index.map { .ramp($0) } ?? .background
            pairs += [(text, fill, "map label on class \(index.map(String.init) ?? "none")"), (text, halo, "map label on its halo")]
        }
        for index in 0..<5 { pairs.append((.statusText(index), .statusFill(index), "heat grid symbol \(index)")) }
        pairs += [(.text, .background, "row and column names"), (.muted, .background, "axis names")]
        for (name, scheme) in [("light", light), ("dark", dark)] {
            for pair in pairs {
                let ratio = contrast(colour(pair.text, fill: true, scheme), colour(pair.on, fill: !pair.what.contains("halo"), scheme))
                #expect(ratio >= 4.5, "\(pair.what) in the \(name) scheme: \(ratio)")
            }
        }
        // The halo of a label is a stroke: its colour in each scheme is the stroke rule's.
        #expect(rules["k-bg"] != nil && rules["f-ik"] == nil && rules["k-pp"] == nil && rules["f-r1"] == nil)
    }

    /// Round ticks for ordinary, equal, negative, missing and huge values.
    @Test(arguments: [([0.0, 97], false, 0.0, 100.0, 20.0), ([5.0, 5], false, 4.4, 5.6, 0.2), ([-4.32, 1.2], false, -6.0, 2.0, 2.0),
                      ([], false, 0.0, 1.0, 0.2), ([13_963.91e9, 2.5e15], true, 0.0, 3e15, 1e15)])
    func ticksAreRound(values: [Double], includingZero: Bool, lower: Double, upper: Double, step: Double) {
        let scale = NiceScale(covering: values, includingZero: includingZero)
        #expect(abs(scale.lower - lower) < 1e-9 * max(1, abs(lower)) && abs(scale.upper - upper) < 1e-9 * max(1, upper)
                && abs(scale.step - step) < 1e-9 * step, "\(scale)")
        #expect(scale.ticks.allSatisfy(\.isFinite) && scale.ticks.count <= 12)
    }

    @Test func vietnameseTextIsMeasuredByItsLetters() {
        #expect(TextWidth.of("Điện Biên", fontSize: 12) == TextWidth.of("Dien Bien", fontSize: 12) + (TextWidth.of("Đ", fontSize: 12) - TextWidth.of("D", fontSize: 12)))
        #expect(TextWidth.of("ơ", fontSize: 12) > TextWidth.of("o", fontSize: 12))
        #expect(TextWidth.of("Mường Nhé", fontSize: 12) > TextWidth.of("Muong Nhe", fontSize: 12))
        let short = TextWidth.shortened("Thành phố Điện Biên Phủ và các xã lân cận", toFit: 100, fontSize: 12)
        #expect(short.hasSuffix("…") && TextWidth.of(short, fontSize: 12) <= 100)
        #expect(TextWidth.wrapped("Tỷ lệ cơ quan hành chính nhà nước có mô hình", toFit: 120, fontSize: 12, maxLines: 2).count == 2)
    }

    @Test(arguments: [
        ("{", "not valid JSON"),
        (#"{"type":"Feature"}"#, "not a GeoJSON FeatureCollection"),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]}"#,
         "feature 1: geometry type 'Point' cannot be drawn as an area"),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,3]]]}}]}"#,
         "feature 1: a ring must have at least 4 positions and end where it starts"),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,200],[3,4],[5,6],[1,200]]]}}]}"#,
         "feature 1: a position must be [longitude, latitude] in degrees"),
    ])
    func badMapsAreExplained(json: String, message: String) {
        #expect(throws: GeoJSON.Problem.self) { try GeoJSON(bytes: Array(json.utf8)) }
        do { _ = try GeoJSON(bytes: Array(json.utf8)) } catch { #expect(error.message.hasPrefix(message), "\(error.message)") }
    }

    @Test func theDemoMapIsReadWithItsProvenance() throws {
        let bytes = try Data(contentsOf: Fixtures.projectRoot.appendingPathComponent("content/ban-do/dien-bien.geojson"))
        let map = try GeoJSON(bytes: Array(bytes))
        #expect(map.features.count == 10)
        #expect(map.members["license"] == "CC BY 3.0 IGO" && map.members["illustrative"] == "false")
    }

    /// Series colours keep 3:1 against the page in both schemes (WCAG 1.4.11), and the theme's
    /// light values are the literals a standalone SVG carries.
    @Test func paletteContrastAndTheme() throws {
        let css = try String(contentsOf: Fixtures.projectRoot.appendingPathComponent("theme/static/style.css"), encoding: .utf8)
        let values = regexAll(#"--chart-(\d): (#[0-9a-f]{6})"#, in: css)
        let light = values.prefix(6).map(\.1), dark = values.dropFirst(6).prefix(6).map(\.1)
        #expect(light == (0..<6).map { ChartColour.series($0).literal })
        for colour in light { #expect(contrast(colour, "#ffffff") >= 3, "\(colour)") }
        for colour in dark { #expect(contrast(colour, "#121417") >= 3, "\(colour)") }
        #expect(contrast(ChartColour.text.literal, "#ffffff") >= 4.5 && contrast(ChartColour.muted.literal, "#ffffff") >= 4.5)
    }

    func regexAll(_ pattern: String, in text: String) -> [(String, String)] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (String(text[Range(match.range(at: 1), in: text)!]), String(text[Range(match.range(at: 2), in: text)!]))
        }
    }

    func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            func linear(_ shift: Int) -> Double {
                let channel = Double((value >> shift) & 255) / 255
                return channel <= 0.03928 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
            }
            let red: Double = 0.2126 * linear(16), green: Double = 0.7152 * linear(8), blue: Double = 0.0722 * linear(0)
            return red + green + blue
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
