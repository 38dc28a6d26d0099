/// Values over periods: several series, a target (a level, a band, or a value due at a
/// period with the straight path to it from the baseline), gaps where a period has no value,
/// point labels and annotations.
public struct LineChart: Sendable {
    public struct Target: Sendable {
        public var value: Double
        /// The category the target is due at; nil for a level that holds throughout.
        public var index: Int?
        public var label: String
        public init(value: Double, index: Int? = nil, label: String) {
            self.value = value
            self.index = index
            self.label = label
        }
    }

    /// The straight path from a baseline to the target: where a series should be on the way.
    public struct Path: Sendable {
        public var from: (index: Int, value: Double)
        public var to: (index: Int, value: Double)
        public init(from: (index: Int, value: Double), to: (index: Int, value: Double)) {
            self.from = from
            self.to = to
        }
    }

    public struct Annotation: Sendable {
        public var index: Int
        public var text: String
        public init(index: Int, text: String) {
            self.index = index
            self.text = text
        }
    }

    public var categories: [ChartCategory]
    public var series: [ChartSeries]
    public var target: Target?
    public var band: (low: Double, high: Double, label: String)?
    public var path: Path?
    public var annotations: [Annotation] = []
    /// Values written beside their points; by default when one series has few points.
    public var pointLabels: Bool?
    public var format: ChartValueFormat
    /// Ranks: 1 at the top.
    public var reversed = false

    public init(categories: [ChartCategory], series: [ChartSeries], format: ChartValueFormat) {
        self.categories = categories
        self.series = series.map { $0.fitted(to: categories.count) }
        self.format = format
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let words = frame.words
        let table = self.table(words)
        let values = series.flatMap { $0.values.compactMap { $0 } }
        guard !values.isEmpty, !categories.isEmpty else { return ChartCanvas.empty(frame: frame, kind: .line, table: table) }

        var canvas = ChartCanvas(frame: frame, kind: .line)
        var domain = values
        if let target, target.value.isFinite { domain.append(target.value) }
        if let band { domain += [band.low, band.high].filter(\.isFinite) }
        if let path { domain += [path.from.value, path.to.value].filter(\.isFinite) }
        let scale = NiceScale(covering: domain, tickCount: max(3, Int(frame.size.height / 60)))

        // Margins: tick labels on the left, the legend on top, period labels below.
        var plot = PlotArea(left: ChartCanvas.tickWidth(scale, format) + 12, top: 8, right: canvas.width - 16, bottom: canvas.height - 26)
        let legendHeight = canvas.legend(legendEntries(words), top: 4, left: plot.left, right: plot.right)
        plot.top += legendHeight + (annotations.isEmpty ? 4 : 16)

        let band = plot.width / Double(categories.count)
        let centers = categories.indices.map { plot.left + band * (Double($0) + 0.5) }
        func y(_ value: Double) -> Double {
            reversed ? scale.position(value, from: plot.top, to: plot.bottom) : scale.position(value, from: plot.bottom, to: plot.top)
        }
        func x(_ index: Int) -> Double { centers[min(max(index, 0), centers.count - 1)] }

        canvas.verticalValueAxis(scale, in: plot, format: format, reversed: reversed)
        canvas.categoryAxis(categories.map(\.label), centers: centers, in: plot)

        if let range = self.band {
            let top = y(reversed ? range.low : range.high), bottom = y(reversed ? range.high : range.low)
            canvas.rect(x: plot.left, y: min(top, bottom), width: plot.width, height: abs(bottom - top), colour: .statusFill(0), title: range.label)
        }
        for annotation in annotations where categories.indices.contains(annotation.index) {
            canvas.line(x(annotation.index), plot.top - 6, x(annotation.index), plot.bottom, colour: .muted, dash: "2 3")
            canvas.text(annotation.text, x: x(annotation.index), y: plot.top - 9, anchor: "middle", colour: .muted, size: ChartCanvas.tickFont)
        }
        if let path {
            canvas.line(x(path.from.index), y(path.from.value), x(path.to.index), y(path.to.value), colour: .muted, width: 1.5, dash: "6 4")
        }
        if let target {
            if let index = target.index {
                let tx = x(index), ty = y(target.value)
                canvas.body.open("g")
                canvas.body.title(target.label)
                canvas.targetRing(x: tx, y: ty)
                canvas.body.close("g")
                canvas.text(format.label(target.value), x: tx, y: ty - 10 < plot.top + 4 ? ty + 20 : ty - 10, anchor: "middle",
                            size: ChartCanvas.tickFont, bold: true)
            } else {
                canvas.line(plot.left, y(target.value), plot.right, y(target.value), colour: .text, width: 1.5, dash: "8 3 2 3")
            }
        }

        let labelsPoints = pointLabels ?? (series.count == 1 && categories.count <= 12)
        for (number, line) in series.enumerated() {
            let colour = ChartColour.series(number)
            for run in line.runs({ Point(x: x($0), y: y($1)) }) where run.count > 1 {
                canvas.body.empty("path", ["class": colour.stroke, "d": .path([run], closed: false), "fill": "none",
                                           "stroke": colour.colour, "stroke-width": 2.5, "stroke-dasharray": line.dashed ? "5 4" : .omitted])
            }
            for (index, value) in line.values.enumerated() {
                guard let value else { continue }
                canvas.body.open("g")
                canvas.body.title("\(line.name), \(categories[index].phrase): \(format.label(value))")
                canvas.marker(number, x: x(index), y: y(value), colour: colour)
                canvas.body.close("g")
                if labelsPoints {
                    // Above the point, unless that leaves the plot.
                    let above = y(value) - 9 < plot.top + 4 ? y(value) + 18 : y(value) - 9
                    canvas.text(format.label(value), x: x(index), y: above, anchor: "middle", colour: .text, size: ChartCanvas.tickFont)
                }
            }
        }
        return canvas.finish(summary: summary(words), table: table)
    }

    func legendEntries(_ words: ChartWords) -> [LegendEntry] {
        var entries: [LegendEntry] = []
        if series.count > 1 || target != nil || path != nil || series.contains(where: \.dashed) {
            entries = series.enumerated().map { number, line in
                LegendEntry(name: line.name, swatch: .line(.series(number), marker: number, dash: line.dashed ? "5 4" : nil))
            }
        }
        if let target {
            entries.append(LegendEntry(name: target.label, swatch: target.index == nil ? .line(.text, marker: nil, dash: "8 3 2 3") : .ring))
        }
        if path != nil { entries.append(LegendEntry(name: words.pathToTarget, swatch: .line(.muted, marker: nil, dash: "6 4"))) }
        return entries
    }

    /// "Tỷ lệ hộ nghèo giảm từ 34,90% năm 2021 xuống 30,58% năm 2022; mục tiêu năm 2025 là 27,21%."
    func summary(_ words: ChartWords) -> String {
        var sentences: [String] = []
        for line in series.prefix(3) {
            let points = line.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
            guard let first = points.first, let last = points.last else { continue }
            if points.count == 1 {
                sentences.append(words.single(line.name, format.label(first.1), categories[first.0].when))
                continue
            }
            let trend: Trend = abs(last.1 - first.1) < 1e-9 ? .flat : last.1 > first.1 ? .up : .down
            let number = reversed ? { (value: Double) in format.exact(value) } : format.label
            sentences.append(words.change(line.name, from: (number(first.1), categories[first.0]),
                                          to: (number(last.1), categories[last.0]), trend: trend, ranked: reversed))
        }
        if series.count > 3 { sentences.append(words.moreSeries(series.count - 3)) }
        var text = sentences.joined(separator: "; ")
        if let target {
            let phrase = target.index.flatMap { categories.indices.contains($0) ? categories[$0].phrase : nil }
            text += (text.isEmpty ? "" : "; ") + words.targetClause(format.label(target.value), phrase)
        }
        text += "."
        // Periods inside the observed span that have no value.
        if series.count == 1, let line = series.first,
           let firstIndex = line.values.firstIndex(where: { $0 != nil }), let lastIndex = line.values.lastIndex(where: { $0 != nil }) {
            let gaps = (firstIndex...lastIndex).filter { line.values[$0] == nil }.map { categories[$0].phrase }
            if !gaps.isEmpty { text += " " + words.gaps(gaps) + "." }
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    func table(_ words: ChartWords) -> ChartTable {
        var header = [words.period] + series.map(\.name)
        let targetColumn = target?.index != nil
        if targetColumn { header.append(words.target) }
        let rows = categories.indices.map { index -> [ChartTable.Cell] in
            var row = [ChartTable.Cell(categories[index].phrase)]
            row += series.map { line in
                line.values[index].map { ChartTable.Cell(format.exact($0), number: format.tableNumber($0)) } ?? ChartTable.Cell("–")
            }
            if targetColumn, let target {
                row.append(target.index == index ? ChartTable.Cell(format.exact(target.value), number: format.tableNumber(target.value)) : ChartTable.Cell(""))
            }
            return row
        }
        return ChartTable(header: header, rows: rows)
    }
}
