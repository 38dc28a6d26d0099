import Charts
import Formatting

/// The charts the golden files pin: every kind, and every edge case the library promises to
/// survive (no data, one point, equal values, negative and huge values, hundreds of
/// categories, NaN and infinity in the input).
enum ChartSamples {
    static let percent = ChartValueFormat(decimals: 2, suffix: "%")
    static let years = (2021...2025).map { ChartCategory(String($0), phrase: "năm \($0)") }

    static func frame(_ id: String, _ title: String, width: Double = 640, height: Double = 320) -> ChartFrame {
        ChartFrame(id: id, title: title, size: ChartSize(width: width, height: height))
    }

    static let districts = [
        "Thành phố Điện Biên Phủ", "Thị xã Mường Lay", "Huyện Điện Biên", "Huyện Điện Biên Đông", "Huyện Mường Ảng",
        "Huyện Mường Chà", "Huyện Mường Nhé", "Huyện Nậm Pồ", "Huyện Tủa Chùa", "Huyện Tuần Giáo",
    ]

    static var all: [(name: String, chart: DrawnChart)] {
        var charts: [(String, DrawnChart)] = []

        var poverty = LineChart(categories: years, series: [ChartSeries("Tỷ lệ hộ nghèo", values: [34.90, 30.58, nil, nil, nil])],
                                format: percent)
        poverty.target = LineChart.Target(value: 27.21, index: 4, label: "Mục tiêu 2025")
        poverty.path = LineChart.Path(from: (index: 1, value: 30.58), to: (index: 4, value: 27.21))
        charts.append(("line-target", poverty.draw(frame("ho-ngheo", "Tỷ lệ hộ nghèo"))))

        var two = LineChart(categories: [ChartCategory("6T/2021", phrase: "6 tháng đầu năm 2021"), ChartCategory("2021", phrase: "năm 2021"),
                                         ChartCategory("6T/2022", phrase: "6 tháng đầu năm 2022"), ChartCategory("Q3/2022", phrase: "quý III năm 2022"),
                                         ChartCategory("2022", phrase: "năm 2022")],
                            series: [ChartSeries("Khiếu nại đã giải quyết", values: [12, 25, nil, 9, 30]),
                                     ChartSeries("Tố cáo đã giải quyết", values: [3, 7, 4, nil, 8], dashed: true)],
                            format: ChartValueFormat(suffix: " vụ"))
        two.band = (low: 20, high: 28, label: "Khoảng kế hoạch")
        two.annotations = [LineChart.Annotation(index: 2, text: "Sáp nhập")]
        charts.append(("line-two-series-gaps-band", two.draw(frame("khieu-nai", "Khiếu nại, tố cáo đã giải quyết"))))

        var rank = LineChart(categories: years.prefix(3).map { $0 }, series: [ChartSeries("Xếp hạng PCI", values: [58, 62, 55])],
                             format: ChartValueFormat())
        rank.reversed = true
        charts.append(("line-rank-reversed", rank.draw(frame("pci", "Xếp hạng PCI"))))

        charts.append(("line-single-point", LineChart(categories: years, series: [ChartSeries("GRDP", values: [nil, 40, nil, nil, nil])],
                                                      format: ChartValueFormat(decimals: 1, suffix: " triệu đồng")).draw(frame("grdp", "GRDP bình quân đầu người"))))
        charts.append(("line-all-equal", LineChart(categories: years, series: [ChartSeries("Có kế hoạch", values: [100, 100, 100, 100, 100])],
                                                   format: percent).draw(frame("bang-nhau", "Tỷ lệ có kế hoạch"))))
        charts.append(("line-negative", LineChart(categories: years, series: [ChartSeries("Mức giảm", values: [-4.32, -2.5, 1.2, -0.8, 0])],
                                                  format: ChartValueFormat(decimals: 2, suffix: " điểm %")).draw(frame("am", "Mức giảm tỷ lệ hộ nghèo"))))
        charts.append(("line-huge-and-nan", LineChart(categories: years, series: [ChartSeries("Thu ngân sách", values: [13_963.91e9, .nan, .infinity, 2.5e15, 8.75e14])],
                                                      format: ChartValueFormat(suffix: " đồng")).draw(frame("lon", "Thu ngân sách"))))
        charts.append(("line-empty", LineChart(categories: years, series: [ChartSeries("Trống", values: [nil, nil, nil, nil, nil])],
                                               format: percent).draw(frame("trong", "Chưa có số liệu"))))

        var vertical = BarChart(bars: districts.enumerated().map { index, name in
            BarChart.Bar(name.replacingOccurrences(of: "Huyện ", with: ""), value: Double((index * 37) % 11) * 3.5 - 6, fullLabel: name,
                         highlighted: index == 9)
        }, format: ChartValueFormat(decimals: 1, suffix: "%"))
        vertical.target = (value: 10, label: "Mục tiêu 10%")
        vertical.higherIsBetter = true
        charts.append(("bar-vertical-negative-target", vertical.draw(frame("cot", "Tăng trưởng theo đơn vị"))))

        var ranking = BarChart(bars: districts.enumerated().map { index, name in
            BarChart.Bar(name, value: index == 3 ? nil : 100 - Double(index) * 8.25, highlighted: name.hasSuffix("Tuần Giáo"),
                         mark: index < 4 ? "✔" : "▼")
        }, horizontal: true, format: ChartValueFormat(decimals: 2, suffix: "%"))
        ranking.target = (value: 80, label: "Mục tiêu 80%")
        ranking.higherIsBetter = true
        charts.append(("bar-ranking", ranking.draw(frame("xep-hang", "Tỷ lệ cơ quan có mô hình, theo đơn vị", height: 200))))

        let hundreds = (1...240).map { index in
            BarChart.Bar("Xã số \(index) có tên rất dài để thử việc rút gọn nhãn tiếng Việt", value: Double((index * 7919) % 1000) / 10,
                         highlighted: index == 120)
        }
        charts.append(("bar-hundreds-horizontal", BarChart(bars: hundreds, horizontal: true, format: ChartValueFormat(decimals: 1, suffix: "%"))
            .draw(frame("tram-xa", "240 xã"))))
        charts.append(("bar-hundreds-vertical", BarChart(bars: hundreds, format: ChartValueFormat(decimals: 1, suffix: "%"))
            .draw(frame("tram-cot", "240 xã, cột đứng"))))
        charts.append(("bar-empty", BarChart(bars: [], format: percent).draw(frame("cot-trong", "Không có cột"))))

        let halves = (2021...2023).flatMap { year in
            [ChartCategory("6T/\(year)", phrase: "6 tháng đầu năm \(year)"), ChartCategory(String(year), phrase: "năm \(year)")]
        }
        let petitions = [ChartSeries("Khiếu nại", values: [14, 30, 11, 26, 9, 21]), ChartSeries("Tố cáo", values: [3, 6, 2, 5, nil, 4]),
                         ChartSeries("Kiến nghị, phản ánh", values: [40, 85, 37, 80, 30, 66])]
        charts.append(("grouped", MultiBarChart(categories: halves, series: petitions, stacked: false, format: ChartValueFormat(suffix: " đơn"))
            .draw(frame("don-thu-nhom", "Đơn thư theo loại"))))
        charts.append(("stacked", MultiBarChart(categories: halves, series: petitions, stacked: true, format: ChartValueFormat(suffix: " đơn"))
            .draw(frame("don-thu-chong", "Đơn thư theo loại, cộng dồn"))))
        charts.append(("stacked-negative", MultiBarChart(categories: Array(years.prefix(3)), series: [
            ChartSeries("Thu", values: [5, 6, 7]), ChartSeries("Chi", values: [-4, -7, -3]),
        ], stacked: true, format: ChartValueFormat(suffix: " tỷ đồng")).draw(frame("thu-chi", "Thu và chi"))))

        charts.append(("bullet", BulletChart(label: "Điểm dân vận", value: 78, target: 85, ranges: [
            BulletChart.Range(upTo: 50, label: "Yếu"), BulletChart.Range(upTo: 70, label: "Trung bình"),
            BulletChart.Range(upTo: 85, label: "Khá"), BulletChart.Range(upTo: 100, label: "Tốt"),
        ], format: ChartValueFormat(suffix: " điểm")).draw(frame("diem", "Điểm đánh giá công tác dân vận", height: 90))))
        charts.append(("progress", ProgressBar(label: "Tỷ lệ xã đạt chuẩn nông thôn mới", value: 30.58, target: 80, format: percent)
            .draw(frame("ntm", "Xã nông thôn mới"))))
        charts.append(("progress-over-100", ProgressBar(label: "Vượt", value: 112, target: 100).draw(frame("vuot", "Vượt kế hoạch"))))
        charts.append(("sparkline", Sparkline(categories: years, values: [34.9, 30.58, 29.1, nil, 27.0], format: percent)
            .draw(frame("xu-huong", "Tỷ lệ hộ nghèo", width: 96, height: 24))))

        let statuses = [HeatGrid.Category(label: "Đã đạt", symbol: "✔", tint: 0), HeatGrid.Category(label: "Đúng tiến độ", symbol: "▲", tint: 1),
                        HeatGrid.Category(label: "Có nguy cơ", symbol: "◆", tint: 2), HeatGrid.Category(label: "Chậm", symbol: "▼", tint: 3),
                        HeatGrid.Category(label: "Chưa đủ số liệu", symbol: "○", tint: 4)]
        let indicators = ["Tỷ lệ có kế hoạch dân vận", "Tỷ lệ phổ biến, quán triệt", "Tỷ lệ ký quy chế phối hợp", "Tỷ lệ có mô hình",
                          "Tỷ lệ kiểm tra, giám sát"].map { ChartCategory($0) }
        let cells = districts.indices.map { row in
            indicators.indices.map { column in (row + column) % 7 == 6 ? nil : HeatGrid.Cell(category: (row * 3 + column) % 5, text: "\((row * 13 + column * 7) % 100)%") }
        }
        charts.append(("heat-grid", HeatGrid(rows: districts.map { ChartCategory($0.replacingOccurrences(of: "Huyện ", with: ""), phrase: $0) },
                                             columns: indicators, cells: cells, categories: statuses).draw(frame("luoi", "Tiến độ theo đơn vị"))))

        let square: (Double, Double, Double) -> GeoShape = { west, south, size in
            [[[GeoPoint(longitude: west, latitude: south), GeoPoint(longitude: west + size, latitude: south),
               GeoPoint(longitude: west + size, latitude: south + size), GeoPoint(longitude: west, latitude: south + size),
               GeoPoint(longitude: west, latitude: south)]]]
        }
        let regions = [
            ChoroplethMap.Region(id: "a", name: "Huyện Mường Nhé", label: "Mường Nhé", shape: square(102.2, 22.0, 0.4), value: 12.5),
            ChoroplethMap.Region(id: "b", name: "Huyện Nậm Pồ", label: "Nậm Pồ", shape: square(102.6, 22.0, 0.4), value: 48),
            ChoroplethMap.Region(id: "c", name: "Huyện Tuần Giáo", label: "Tuần Giáo", shape: square(102.2, 21.6, 0.4), value: 77.25, highlighted: true),
            ChoroplethMap.Region(id: "d", name: "Huyện Tủa Chùa", label: "Tủa Chùa", shape: square(102.6, 21.6, 0.4), value: nil),
            ChoroplethMap.Region(id: "e", name: "Đảo nhỏ", shape: square(103.1, 21.7, 0.0001), value: 5),
        ]
        charts.append(("map", ChoroplethMap(regions: regions, format: ChartValueFormat(decimals: 1, suffix: "%")).draw(frame("ban-do", "Tỷ lệ theo huyện"))))
        charts.append(("map-empty", ChoroplethMap(regions: [], format: percent).draw(frame("ban-do-trong", "Không có vùng"))))
        return charts
    }
}
