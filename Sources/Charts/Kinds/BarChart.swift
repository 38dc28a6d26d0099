/// One value per category as bars: vertical, or horizontal for rankings of up to hundreds of
/// units with long names (shortened to fit, the full name kept in a `<title>`), one bar
/// highlighted, a target marker.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        /// The full name, when `label` is a short one.
        public var fullLabel: String?
        public var value: Double?
        public var highlighted: Bool
        /// Text before the value, e.g. a status symbol, so that meaning never rests on colour.
        public var mark: String?
        /// For a bar without a value, why, in words ("no value for 2025; last value: 85.7 (2024)"),
        /// written where the bar would be; nil: the chart's word for a missing value.
        public var missing: String?

        public init(_ label: String, value: Double?, fullLabel: String? = nil, highlighted: Bool = false, mark: String? = nil,
                    missing: String? = nil) {
            self.label = label
            self.fullLabel = fullLabel
            self.value = value.flatMap { $0.isFinite ? $0 : nil }
            self.highlighted = highlighted
            self.mark = mark
            self.missing = missing
        }

        var name: String { fullLabel ?? label }
    }

    public var bars: [Bar]
    public var horizontal: Bool
    public var format: ChartValueFormat
    public var target: (value: Double, label: String)?
    /// Which way is better, to count the bars that meet the target.
    public var higherIsBetter: Bool?
    /// The name of the value, as the data table's heading.
    public var valueName: String?

    public init(bars: [Bar], horizontal: Bool = false, format: ChartValueFormat) {
        self.bars = bars
        self.horizontal = horizontal
        self.format = format
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let kind: ChartKind = horizontal ? .horizontalBar : .bar
        let words = frame.words
        let table = self.table(words)
        let values = bars.compactMap(\.value)
        guard !values.isEmpty else { return ChartCanvas.empty(frame: frame, kind: kind, table: table) }
        var domain = values
        if let target, target.value.isFinite { domain.append(target.value) }
        let scale = NiceScale(covering: domain, tickCount: 5, includingZero: true)
        let (drawn, unlabelled) = horizontal ? (drawHorizontal(frame, scale: scale), []) : drawVertical(frame, scale: scale)
        return drawn.finish(summary: summary(words, unlabelled: unlabelled), table: table)
    }

    /// The chart, and the bars whose names the axis had no room for.
    private func drawVertical(_ frame: ChartFrame, scale: NiceScale) -> (ChartCanvas, [Bar]) {
        var canvas = ChartCanvas(frame: frame, kind: .bar)
        var plot = PlotArea(left: ChartCanvas.tickWidth(scale, format) + 12, top: 8, right: canvas.width - 12, bottom: canvas.height - 26)
        if let target { plot.top += canvas.legend([targetLegend(target.label)], top: 4, left: plot.left, right: plot.right) }
        let band = plot.width / Double(bars.count)
        let centers = bars.indices.map { plot.left + band * (Double($0) + 0.5) }
        canvas.verticalValueAxis(scale, in: plot, format: format)
        let zero = scale.position(0, from: plot.bottom, to: plot.top)
        let barWidth = min(64, max(1, band * (bars.count > 60 ? 0.9 : 0.7)))
        let labelsFit = bars.allSatisfy { $0.value == nil || TextWidth.of(format.label($0.value!), fontSize: ChartCanvas.tickFont) <= band }
        for (index, bar) in bars.enumerated() {
            guard let value = bar.value else { continue }
            let top = scale.position(value, from: plot.bottom, to: plot.top)
            canvas.rect(x: centers[index] - barWidth / 2, y: min(top, zero), width: barWidth, height: abs(zero - top),
                        colour: bar.highlighted ? .series(1) : .series(0), title: "\(bar.name): \(format.label(value))",
                        outline: bar.highlighted ? .text : nil)
            if labelsFit {
                canvas.text((bar.mark.map { $0 + " " } ?? "") + format.label(value), x: centers[index],
                            y: value >= 0 ? top - 4 : top + 13, anchor: "middle", size: ChartCanvas.tickFont, bold: bar.highlighted)
            }
        }
        let named = Set(canvas.categoryAxis(bars.map(\.label), centers: centers, in: plot,
                                            keep: bars.firstIndex(where: \.highlighted)))
        if let target {
            let y = scale.position(target.value, from: plot.bottom, to: plot.top)
            canvas.line(plot.left, y, plot.right, y, colour: .text, width: 1.5, dash: "8 3 2 3")
        }
        return (canvas, bars.indices.filter { !named.contains($0) }.map { bars[$0] })
    }

    private func drawHorizontal(_ frame: ChartFrame, scale: NiceScale) -> ChartCanvas {
        let rowHeight = bars.count > 40 ? 16.0 : 22.0
        let font = bars.count > 40 ? 11.0 : ChartCanvas.labelFont
        let legendHeight = target == nil ? 0.0 : 24
        // The chart grows with its rows: hundreds of units stay readable.
        let height = max(frame.size.height, legendHeight + 8 + rowHeight * Double(bars.count) + 24)
        var canvas = ChartCanvas(frame: frame, kind: .horizontalBar, height: height)
        let widestLabel = bars.map { TextWidth.of($0.label, fontSize: font, bold: $0.highlighted) }.max() ?? 0
        let labelColumn = min(widestLabel, canvas.width * 0.38) + 8
        let widestValue = bars.map { TextWidth.of(valueText($0), fontSize: ChartCanvas.tickFont, bold: true) }.max() ?? 0
        var plot = PlotArea(left: labelColumn, top: 8, right: canvas.width - widestValue - 12, bottom: height - 22)
        if let target { plot.top += canvas.legend([targetLegend(target.label)], top: 4, left: plot.left, right: plot.right) }
        canvas.horizontalValueAxis(scale, in: plot, format: format)
        let zero = scale.position(0, from: plot.left, to: plot.right)
        for (index, bar) in bars.enumerated() {
            let top = plot.top + rowHeight * Double(index)
            let middle = top + rowHeight / 2
            let label = TextWidth.shortened(bar.label, toFit: labelColumn - 8, fontSize: font, bold: bar.highlighted)
            canvas.body.open("g")
            canvas.body.title(bar.name + ": " + (bar.value.map(format.label) ?? bar.missing ?? frame.words.missing))
            canvas.text(label, x: labelColumn - 6, y: middle + font * 0.35, anchor: "end", size: font, bold: bar.highlighted)
            if let value = bar.value {
                let end = scale.position(value, from: plot.left, to: plot.right)
                canvas.rect(x: min(zero, end), y: top + rowHeight * 0.15, width: abs(end - zero), height: rowHeight * 0.7,
                            colour: bar.highlighted ? .series(1) : .series(0), outline: bar.highlighted ? .text : nil)
                let after = value >= 0 ? max(end, zero) + 4 : max(zero, end) + 4
                canvas.text(valueText(bar), x: after, y: middle + 4, size: ChartCanvas.tickFont, bold: bar.highlighted)
            } else {
                canvas.text(TextWidth.shortened(bar.missing ?? frame.words.missing, toFit: canvas.width - zero - 8, fontSize: ChartCanvas.tickFont),
                            x: zero + 4, y: middle + 4, colour: .muted, size: ChartCanvas.tickFont)
            }
            canvas.body.close("g")
        }
        if let target {
            let x = scale.position(target.value, from: plot.left, to: plot.right)
            canvas.line(x, plot.top - 2, x, plot.bottom, colour: .text, width: 1.5, dash: "8 3 2 3")
        }
        return canvas
    }

    private func valueText(_ bar: Bar) -> String {
        guard let value = bar.value else { return "" }
        return (bar.mark.map { $0 + " " } ?? "") + format.label(value)
    }

    private func targetLegend(_ label: String) -> LegendEntry {
        LegendEntry(name: label, swatch: .line(.text, marker: nil, dash: "8 3 2 3"))
    }

    func summary(_ words: ChartWords, unlabelled: [Bar] = []) -> String {
        let valued = bars.filter { $0.value != nil }
        guard let highest = valued.max(by: { $0.value! < $1.value! }), let lowest = valued.min(by: { $0.value! < $1.value! }) else {
            return words.noData + "."
        }
        var parts = [words.items(bars.count), words.extremes(highest: (highest.name, format.label(highest.value!)),
                                                             lowest: (lowest.name, format.label(lowest.value!)))]
        if let chosen = valued.first(where: \.highlighted) {
            let better = valued.filter { higherIsBetter == false ? $0.value! < chosen.value! : $0.value! > chosen.value! }.count
            parts.append(words.position(chosen.name, format.label(chosen.value!), rank: better + 1, of: valued.count))
        }
        if let target, let higherIsBetter {
            let met = valued.filter { higherIsBetter ? $0.value! >= target.value : $0.value! <= target.value }.count
            parts.append(words.meetingTarget(met, of: valued.count, target: format.label(target.value)))
        }
        if valued.count < bars.count { parts.append(words.missingCount(bars.count - valued.count)) }
        var text = parts.joined(separator: "; ") + "."
        // The axis writes every other name, or fewer, when they do not fit: the rest are said here.
        if !unlabelled.isEmpty { text += " " + words.unlabelledBars(unlabelled.map(\.name)) + "." }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    func table(_ words: ChartWords) -> ChartTable {
        ChartTable(header: [words.name, valueName ?? words.value], rows: bars.map { bar in
            [ChartTable.Cell(bar.name), bar.value.map { ChartTable.Cell(format.exact($0), number: format.tableNumber($0)) } ?? ChartTable.Cell(bar.missing ?? "–")]
        })
    }
}
