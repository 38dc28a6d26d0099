import Charts
import Dispatch
import Foundation

// Renders 10,000 charts of every kind on one thread and reports the time, the output size and
// the peak memory. Data comes from a fixed-seed generator, so every run draws the same charts.
// Run: bench/charts.sh (release build).

struct Generator {
    var state: UInt64
    mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
    mutating func values(_ count: Int, scale: Double) -> [Double?] {
        (0..<count).map { _ in next() < 0.08 ? nil : (next() * scale * 100).rounded() / 100 }
    }
}

let count = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 10_000
var random = Generator(state: 20_251_122)
let years = (2015...2025).map { ChartCategory(String($0), phrase: "năm \($0)") }
let names = (1...40).map { "Xã số \($0) của huyện Tuần Giáo" }
let percent = ChartValueFormat(decimals: 2, suffix: "%")
let square: (Double, Double) -> GeoShape = { west, south in
    [[[GeoPoint(longitude: west, latitude: south), GeoPoint(longitude: west + 0.1, latitude: south),
       GeoPoint(longitude: west + 0.1, latitude: south + 0.1), GeoPoint(longitude: west, latitude: south + 0.1),
       GeoPoint(longitude: west, latitude: south)]]]
}

var bytes = 0
var kinds: [String: Int] = [:]
let start = DispatchTime.now().uptimeNanoseconds
for index in 0..<count {
    let frame = ChartFrame(id: "c\(index)", title: "Biểu đồ số \(index)")
    let chart: DrawnChart
    switch index % 8 {
    case 0, 1:
        var line = LineChart(categories: years, series: [ChartSeries("Tỷ lệ", values: random.values(11, scale: 100)),
                                                          ChartSeries("Huyện", values: random.values(11, scale: 100))], format: percent)
        line.target = LineChart.Target(value: 80, index: 10, label: "Mục tiêu 2025")
        chart = line.draw(frame)
    case 2:
        let bars = names.map { BarChart.Bar($0, value: random.next() * 100, highlighted: random.next() < 0.05) }
        chart = BarChart(bars: bars, horizontal: true, format: percent).draw(frame)
    case 3:
        chart = BarChart(bars: names.prefix(12).map { BarChart.Bar($0, value: random.next() * 1e6 - 2e5) }, format: ChartValueFormat(suffix: " đồng")).draw(frame)
    case 4:
        let series = ["Khiếu nại", "Tố cáo", "Kiến nghị"].map { ChartSeries($0, values: random.values(6, scale: 50)) }
        chart = MultiBarChart(categories: Array(years.prefix(6)), series: series, stacked: index % 16 == 4, format: ChartValueFormat(suffix: " đơn")).draw(frame)
    case 5:
        chart = (index / 8) % 2 == 0
            ? BulletChart(label: "Điểm", value: random.next() * 100, target: 85, ranges: [BulletChart.Range(upTo: 50, label: "Yếu"), BulletChart.Range(upTo: 80, label: "Khá"), BulletChart.Range(upTo: 100, label: "Tốt")], format: ChartValueFormat()).draw(frame)
            : ProgressBar(label: "Tỷ lệ", value: random.next() * 100, target: 80).draw(frame)
    case 6:
        let categories = [HeatGrid.Category(label: "Đạt", symbol: "✔", tint: 0), HeatGrid.Category(label: "Chậm", symbol: "▼", tint: 3)]
        let rows = names.prefix(10).map { ChartCategory($0) }, columns = years.prefix(8).map { ChartCategory($0.label) }
        let cells = rows.map { _ in columns.map { _ in HeatGrid.Cell(category: random.next() < 0.5 ? 0 : 1, text: "") } }
        chart = HeatGrid(rows: Array(rows), columns: Array(columns), cells: cells, categories: categories).draw(frame)
    default:
        let regions = (0..<10).map { ChoroplethMap.Region(id: "r\($0)", name: names[$0], shape: square(102 + Double($0 % 5) * 0.1, 21 + Double($0 / 5) * 0.1), value: random.next() * 100) }
        chart = ChoroplethMap(regions: regions, format: percent).draw(frame)
    }
    bytes += chart.svg.utf8.count
    kinds[chart.kind.rawValue, default: 0] += 1
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

print("charts: \(count) (\(kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))")
print(String(format: "time: %.3f s on one thread (%.1f µs per chart)", seconds, seconds / Double(count) * 1e6))
print(String(format: "output: %.1f MB of SVG (%.1f KB per chart)", Double(bytes) / 1e6, Double(bytes) / Double(count) / 1e3))
print(String(format: "peak memory: %.1f MB", peakMemoryMB()))
