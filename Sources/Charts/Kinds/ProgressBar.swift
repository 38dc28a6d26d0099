/// A share on its way to 100%, with the target marked: "30,58% — mục tiêu 80%".
public struct ProgressBar: Sendable {
    public var label: String
    /// Percent, 0…100 (values outside are drawn at the ends and written as they are).
    public var value: Double?
    public var target: Double?
    public var format: ChartValueFormat

    public init(label: String, value: Double?, target: Double? = nil, format: ChartValueFormat = ChartValueFormat(decimals: 0, suffix: "%")) {
        self.label = label
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.target = target.flatMap { $0.isFinite ? $0 : nil }
        self.format = format
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let words = frame.words
        let table = ChartTable(header: [words.name, words.value], rows: [
            [ChartTable.Cell(label), value.map { ChartTable.Cell(format.exact($0), number: $0) } ?? ChartTable.Cell("–")],
        ] + (target.map { [[ChartTable.Cell(words.target), ChartTable.Cell(format.exact($0), number: $0)]] } ?? []))
        guard let value else { return ChartCanvas.empty(frame: frame, kind: .progress, table: table) }
        var canvas = ChartCanvas(frame: frame, kind: .progress, height: 40)
        let caption = format.label(value) + (target.map { " / " + words.target.lowercased() + " " + format.label($0) } ?? "")
        let captionWidth = TextWidth.of(caption, fontSize: ChartCanvas.labelFont, bold: true)
        let left = 1.0, right = canvas.width - captionWidth - 10
        func x(_ share: Double) -> Double { left + (right - left) * min(max(share, 0), 100) / 100 }
        canvas.rect(x: left, y: 12, width: right - left, height: 16, colour: .background, outline: .axis)
        canvas.rect(x: left, y: 12, width: x(value) - left, height: 16, colour: .series(0), title: "\(label): \(format.label(value))")
        if let target {
            canvas.body.open("g")
            canvas.body.title("\(words.target): \(format.label(target))")
            canvas.line(x(target), 6, x(target), 34, colour: .text, width: 3)
            canvas.body.close("g")
        }
        canvas.text(caption, x: right + 8, y: 25, bold: true)
        let summary = words.share(label, format.label(value), target: target.map(format.label)) + "."
        return canvas.finish(summary: summary, table: table)
    }
}
