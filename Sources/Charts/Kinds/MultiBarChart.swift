/// Several series per category, side by side (grouped) or on top of each other (stacked):
/// petitions by type, for example. Each series has its colour and, from the second on, a
/// pattern, so that the parts can be told apart without colour.
public struct MultiBarChart: Sendable {
    public var categories: [ChartCategory]
    public var series: [ChartSeries]
    public var stacked: Bool
    public var format: ChartValueFormat

    public init(categories: [ChartCategory], series: [ChartSeries], stacked: Bool, format: ChartValueFormat) {
        self.categories = categories
        self.series = series.map { $0.fitted(to: categories.count) }
        self.stacked = stacked
        self.format = format
    }

    var kind: ChartKind { stacked ? .stackedBar : .groupedBar }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let words = frame.words
        let table = self.table(words)
        guard !categories.isEmpty, series.contains(where: { $0.values.contains { $0 != nil } }) else {
            return ChartCanvas.empty(frame: frame, kind: kind, table: table)
        }
        // Stacks: positive parts go up from zero, negative parts down.
        let domain: [Double] = stacked
            ? categories.indices.flatMap { index -> [Double] in
                let parts = series.compactMap { $0.values[index] }
                return [parts.filter { $0 > 0 }.reduce(0, +), parts.filter { $0 < 0 }.reduce(0, +)]
            }
            : series.flatMap { $0.values.compactMap { $0 } }
        let scale = NiceScale(covering: domain, tickCount: 5, includingZero: true)
        var canvas = ChartCanvas(frame: frame, kind: kind)
        canvas.body.open("defs")
        for number in series.indices.dropFirst() { canvas.pattern(id: patternID(frame, number), colour: .series(number), style: number) }
        canvas.body.close("defs")

        var plot = PlotArea(left: ChartCanvas.tickWidth(scale, format) + 12, top: 8, right: canvas.width - 12, bottom: canvas.height - 26)
        let entries = series.enumerated().map { number, line in
            LegendEntry(name: line.name, swatch: .box(.series(number), pattern: number == 0 ? nil : patternID(frame, number)))
        }
        plot.top += canvas.legend(entries, top: 4, left: plot.left, right: plot.right)
        let band = plot.width / Double(categories.count)
        let centers = categories.indices.map { plot.left + band * (Double($0) + 0.5) }
        canvas.verticalValueAxis(scale, in: plot, format: format)
        let groupWidth = min(band * 0.75, stacked ? 64 : 40 * Double(series.count))
        let barWidth = stacked ? groupWidth : groupWidth / Double(max(1, series.count))

        for index in categories.indices {
            var upper = 0.0, lower = 0.0
            for (number, line) in series.enumerated() {
                guard let value = line.values[index], value != 0 || !stacked else { continue }
                let x: Double, start: Double, end: Double
                if stacked {
                    x = centers[index] - groupWidth / 2
                    start = value >= 0 ? upper : lower
                    end = start + value
                    if value >= 0 { upper = end } else { lower = end }
                } else {
                    x = centers[index] - groupWidth / 2 + barWidth * Double(number)
                    start = 0
                    end = value
                }
                let y1 = scale.position(start, from: plot.bottom, to: plot.top), y2 = scale.position(end, from: plot.bottom, to: plot.top)
                canvas.rect(x: x, y: min(y1, y2), width: max(1, barWidth - (stacked ? 0 : 1)), height: abs(y2 - y1),
                            colour: .series(number), title: "\(categories[index].phrase), \(line.name): \(format.label(value))",
                            fill: number == 0 ? nil : "url(#\(patternID(frame, number)))", outline: stacked ? .background : nil)
            }
            if stacked, upper > 0 || lower < 0 {
                let total = upper + lower
                let y = scale.position(upper > 0 ? upper : lower, from: plot.bottom, to: plot.top)
                let text = format.label(total)
                if TextWidth.of(text, fontSize: ChartCanvas.tickFont) <= band {
                    canvas.text(text, x: centers[index], y: upper > 0 ? y - 4 : y + 13, anchor: "middle", size: ChartCanvas.tickFont, bold: true)
                }
            }
        }
        canvas.categoryAxis(categories.map(\.label), centers: centers, in: plot)
        return canvas.finish(summary: summary(words), table: table)
    }

    private func patternID(_ frame: ChartFrame, _ number: Int) -> String { "\(frame.id)-p\(number)" }

    /// Stacked parts add up, so a stack says its largest total and part; side-by-side series
    /// need not (percentages do not add), so each says how it went, as a line would.
    func summary(_ words: ChartWords) -> String {
        guard stacked else { return LineChart(categories: categories, series: series, format: format).summary(words) }
        let totals = categories.indices.map { index in series.compactMap { $0.values[index] }.reduce(0, +) }
        guard let largest = totals.indices.max(by: { totals[$0] < totals[$1] }) else { return words.noData + "." }
        let parts = series.enumerated().compactMap { number, line in line.values[largest].map { (number, $0) } }
        guard let biggest = parts.max(by: { $0.1 < $1.1 }) else { return words.noData + "." }
        // No grand total: categories may be periods that overlap (a half-year and its year).
        return words.largestPart(categories[largest].phrase, format.label(totals[largest]), series[biggest.0].name, format.label(biggest.1)) + "."
    }

    func table(_ words: ChartWords) -> ChartTable {
        let header = [words.period] + series.map(\.name) + (stacked ? [words.total] : [])
        let rows = categories.indices.map { index -> [ChartTable.Cell] in
            var row = [ChartTable.Cell(categories[index].phrase)]
            row += series.map { $0.values[index].map { ChartTable.Cell(format.exact($0), number: $0) } ?? ChartTable.Cell("–") }
            if stacked {
                let values = series.compactMap { $0.values[index] }
                row.append(values.isEmpty ? ChartTable.Cell("–") : ChartTable.Cell(format.exact(values.reduce(0, +)), number: values.reduce(0, +)))
            }
            return row
        }
        return ChartTable(header: header, rows: rows)
    }
}

extension ChartCanvas {
    /// A fill for series `style`: its colour with white hatching, stripes or dots.
    mutating func pattern(id: String, colour: ChartColour, style: Int) {
        body.open("pattern", ["id": .text(id), "width": 6, "height": 6, "patternUnits": "userSpaceOnUse"])
        body.empty("rect", ["class": colour.fill, "width": 6, "height": 6, "fill": colour.colour])
        switch style % 3 {
        case 1: body.empty("path", ["class": "k-bg", "d": "M-1,1L1,-1M0,6L6,0M5,7L7,5", "stroke": ChartColour.background.colour, "stroke-width": 1.2])
        case 2: body.empty("circle", ["class": "f-bg", "cx": 3, "cy": 3, "r": 1.2, "fill": ChartColour.background.colour])
        default: body.empty("path", ["class": "k-bg", "d": "M0,3L6,3", "stroke": ChartColour.background.colour, "stroke-width": 1.2])
        }
        body.close("pattern")
    }
}
