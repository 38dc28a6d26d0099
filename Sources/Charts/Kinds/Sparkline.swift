/// A word-sized line: small enough for a sentence or a table cell. The last value is marked;
/// its title says what it shows, since there is no room for an axis.
public struct Sparkline: Sendable {
    public var values: [Double?]
    public var categories: [ChartCategory]
    public var format: ChartValueFormat
    public var reversed = false

    public init(categories: [ChartCategory], values: [Double?], format: ChartValueFormat) {
        self.categories = categories
        self.values = ChartSeries("", values: values).fitted(to: categories.count).values
        self.format = format
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        var line = LineChart(categories: categories, series: [ChartSeries(frame.title, values: values)], format: format)
        line.reversed = reversed
        let table = line.table(frame.words)
        let points = values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        guard !points.isEmpty else { return ChartCanvas.empty(frame: frame, kind: .sparkline, table: table) }
        var canvas = ChartCanvas(frame: frame, kind: .sparkline)
        let low = points.map(\.1).min()!, high = points.map(\.1).max()!
        let pad = 3.0
        func x(_ index: Int) -> Double {
            categories.count == 1 ? canvas.width / 2 : pad + (canvas.width - 2 * pad) * Double(index) / Double(categories.count - 1)
        }
        func y(_ value: Double) -> Double {
            // The line spans the box: a sparkline shows shape, not level.
            let span = high - low
            let share = span > 0 ? (value - low) / span : 0.5
            return reversed ? pad + share * (canvas.height - 2 * pad) : canvas.height - pad - share * (canvas.height - 2 * pad)
        }
        for run in ChartSeries("", values: values).runs({ Point(x: x($0), y: y($1)) }) where run.count > 1 {
            canvas.body.empty("path", ["class": "k-s1", "d": .path([run], closed: false), "fill": "none",
                                       "stroke": ChartColour.series(0).colour, "stroke-width": 1.5])
        }
        let last = points.last!
        canvas.body.empty("circle", ["class": "f-s1", "cx": .number(x(last.0)), "cy": .number(y(last.1)), "r": 2.5,
                                     "fill": ChartColour.series(0).colour])
        return canvas.finish(summary: line.summary(frame.words), table: table)
    }
}
