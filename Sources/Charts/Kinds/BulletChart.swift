/// A value against its target, over qualitative ranges (e.g. kém / trung bình / tốt), each
/// range named under it so that the bands need no colour to be read.
public struct BulletChart: Sendable {
    public struct Range: Sendable {
        public var upTo: Double
        public var label: String
        public init(upTo: Double, label: String) {
            self.upTo = upTo
            self.label = label
        }
    }

    public var label: String
    public var value: Double?
    public var target: Double?
    /// Ascending; the first starts at zero (or the lowest value).
    public var ranges: [Range]
    public var format: ChartValueFormat

    public init(label: String, value: Double?, target: Double?, ranges: [Range], format: ChartValueFormat) {
        self.label = label
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.target = target.flatMap { $0.isFinite ? $0 : nil }
        self.ranges = ranges.filter { $0.upTo.isFinite }.sorted { $0.upTo < $1.upTo }
        self.format = format
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let words = frame.words
        let table = self.table(words)
        guard let value else { return ChartCanvas.empty(frame: frame, kind: .bullet, table: table) }
        let domain = [value] + (target.map { [$0] } ?? []) + ranges.map(\.upTo)
        let scale = NiceScale(covering: domain, tickCount: 5, includingZero: true)
        var canvas = ChartCanvas(frame: frame, kind: .bullet, height: min(frame.size.height, 96))
        let labelColumn = min(TextWidth.of(label, fontSize: ChartCanvas.labelFont, bold: true), canvas.width * 0.3) + 12
        let plot = PlotArea(left: labelColumn, top: 8, right: canvas.width - 16, bottom: canvas.height - 40)
        func x(_ value: Double) -> Double { scale.position(value, from: plot.left, to: plot.right) }

        canvas.text(TextWidth.shortened(label, toFit: labelColumn - 12, fontSize: ChartCanvas.labelFont, bold: true),
                    x: labelColumn - 8, y: (plot.top + plot.bottom) / 2 + 4, anchor: "end", bold: true)
        var start = scale.lower
        // Ranges from poor to good take the off-track, at-risk and achieved tints.
        let tints = ranges.count <= 1 ? [4] : ranges.count == 2 ? [3, 0] : [3, 2] + Array(repeating: 0, count: ranges.count - 2)
        for (number, range) in ranges.enumerated() {
            // The last range runs to the end of the axis.
            let end = number == ranges.count - 1 ? scale.upper : min(range.upTo, scale.upper)
            canvas.rect(x: x(start), y: plot.top, width: x(end) - x(start), height: plot.height, colour: .statusFill(tints[number]),
                        title: "\(range.label): \(format.label(start))–\(format.label(range.upTo))", outline: .grid)
            let middle = (x(start) + x(end)) / 2
            if TextWidth.of(range.label, fontSize: ChartCanvas.tickFont) < x(end) - x(start) - 4 {
                canvas.text(range.label, x: middle, y: plot.bottom + 28, anchor: "middle", colour: .statusText(tints[number]), size: ChartCanvas.tickFont)
            }
            start = end
        }
        canvas.rect(x: min(x(0), x(value)), y: plot.top + plot.height * 0.3, width: abs(x(value) - x(0)), height: plot.height * 0.4,
                    colour: .series(0), title: "\(label): \(format.label(value))")
        if let target {
            canvas.body.open("g")
            canvas.body.title("\(words.target): \(format.label(target))")
            canvas.line(x(target), plot.top + 2, x(target), plot.bottom - 2, colour: .text, width: 3)
            canvas.body.close("g")
        }
        for tick in scale.ticks {
            canvas.text(format.tick(tick, scale: scale), x: x(tick), y: plot.bottom + 13, anchor: "middle", colour: .muted, size: ChartCanvas.tickFont)
        }
        return canvas.finish(summary: summary(words), table: table)
    }

    func summary(_ words: ChartWords) -> String {
        guard let value else { return words.noData + "." }
        var text = words.share(label, format.label(value), target: target.map(format.label))
        if let target, target != 0 {
            text += " (" + words.ofTarget(format.numbers.string(value / target * 100, decimals: 0) + "%") + ")"
        }
        if let range = ranges.first(where: { value <= $0.upTo }) ?? ranges.last { text += "; " + range.label.lowercased() }
        return text + "."
    }

    func table(_ words: ChartWords) -> ChartTable {
        var rows = [[ChartTable.Cell(label), value.map { ChartTable.Cell(format.exact($0), number: $0) } ?? ChartTable.Cell("–")]]
        if let target { rows.append([ChartTable.Cell(words.target), ChartTable.Cell(format.exact(target), number: target)]) }
        var start = 0.0
        for range in ranges {
            rows.append([ChartTable.Cell(range.label), ChartTable.Cell("\(format.exact(start))–\(format.exact(range.upTo))")])
            start = range.upTo
        }
        return ChartTable(header: [words.name, words.value], rows: rows)
    }
}
