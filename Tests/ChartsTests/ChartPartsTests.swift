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

        let english = (2021...2025).map { ChartCategory(String($0), phrase: "in \($0)") }
        var same = LineChart(categories: english, series: [ChartSeries("The poverty rate", values: [34.90, 30.58, nil, nil, nil])],
                             format: ChartValueFormat(decimals: 2, suffix: "%", numbers: .english))
        same.target = LineChart.Target(value: 27.21, index: 4, label: "Target 2025")
        let drawn = same.draw(ChartFrame(id: "a", title: "Poverty rate", words: .english))
        #expect(drawn.summary == "The poverty rate fell from 34.90% in 2021 to 30.58% in 2022; the target in 2025 is 27.21%.")
        #expect(drawn.table.header == ["Period", "The poverty rate", "Target"])
    }

    @Test func gapsAndRanksAreSaid() {
        let years = (2020...2023).map { ChartCategory(String($0), phrase: "năm \($0)") }
        var rank = LineChart(categories: years, series: [ChartSeries("PCI", values: [46, nil, 62, 52])], format: ChartValueFormat())
        rank.reversed = true
        #expect(rank.draw(ChartFrame(id: "r", title: "PCI")).summary == "PCI tụt từ hạng 46 năm 2020 xuống hạng 52 năm 2023. Không có số liệu năm 2021.")
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
