/// The rectangle the data is drawn in, inside the chart's margins.
struct PlotArea {
    var left: Double, top: Double, right: Double, bottom: Double
    var width: Double { max(1, right - left) }
    var height: Double { max(1, bottom - top) }
}

extension ChartCanvas {
    static let tickFont = 11.0
    static let labelFont = 12.0

    /// The widest tick label, to size the left margin.
    static func tickWidth(_ scale: NiceScale, _ format: ChartValueFormat) -> Double {
        scale.ticks.map { TextWidth.of(format.tick($0, scale: scale), fontSize: tickFont) }.max() ?? 0
    }

    /// Horizontal grid lines with their values on the left; the zero line, if shown, stronger.
    /// `reversed` puts the lowest value on top (ranks: 1 at the top).
    mutating func verticalValueAxis(_ scale: NiceScale, in plot: PlotArea, format: ChartValueFormat, reversed: Bool = false) {
        for tick in scale.ticks {
            let y = reversed ? scale.position(tick, from: plot.top, to: plot.bottom) : scale.position(tick, from: plot.bottom, to: plot.top)
            line(plot.left, y, plot.right, y, colour: tick == 0 ? .axis : .grid, width: tick == 0 ? 1.5 : 1)
            text(format.tick(tick, scale: scale), x: plot.left - 6, y: y + 4, anchor: "end", colour: .muted, size: Self.tickFont)
        }
    }

    /// Vertical grid lines with their values below the plot.
    mutating func horizontalValueAxis(_ scale: NiceScale, in plot: PlotArea, format: ChartValueFormat) {
        let ticks = scale.ticks
        let widest = ticks.map { TextWidth.of(format.tick($0, scale: scale), fontSize: Self.tickFont) }.max() ?? 0
        let every = Self.labelStride(count: ticks.count, labelWidth: widest, span: plot.width)
        for (index, tick) in ticks.enumerated() {
            let x = scale.position(tick, from: plot.left, to: plot.right)
            line(x, plot.top, x, plot.bottom, colour: tick == 0 ? .axis : .grid, width: tick == 0 ? 1.5 : 1)
            if index % every == 0 {
                text(format.tick(tick, scale: scale), x: x, y: plot.bottom + 14, anchor: "middle", colour: .muted, size: Self.tickFont)
            }
        }
    }

    /// Category labels under the plot at `centers`, every k-th one when they would overlap.
    /// The category labels under the plot, every k-th when they do not all fit; the label at
    /// `keep` (a highlighted bar) is always written, and its neighbours within the stride
    /// give way to it. Returns the indices whose labels were written.
    @discardableResult
    mutating func categoryAxis(_ labels: [String], centers: [Double], in plot: PlotArea, keep: Int? = nil) -> [Int] {
        guard !labels.isEmpty else { return [] }
        line(plot.left, plot.bottom, plot.right, plot.bottom, colour: .axis)
        let band = plot.width / Double(labels.count)
        let widest = labels.map { TextWidth.of($0, fontSize: Self.tickFont) }.max() ?? 0
        let every = Self.labelStride(count: labels.count, labelWidth: min(widest, 120), span: plot.width)
        let room = max(band * Double(every) - 4, 24)
        var written = labels.indices.filter { $0 % every == 0 }
        if let keep, labels.indices.contains(keep), every > 1 {
            written = written.filter { abs($0 - keep) >= every } + [keep]
            written.sort()
        }
        for index in written {
            text(TextWidth.shortened(labels[index], toFit: room, fontSize: Self.tickFont), x: centers[index], y: plot.bottom + 15,
                 anchor: "middle", colour: .muted, size: Self.tickFont)
        }
        return written
    }

    /// Show every k-th of `count` labels so that each has its width and a gap.
    static func labelStride(count: Int, labelWidth: Double, span: Double) -> Int {
        guard count > 0 else { return 1 }
        let room = span / Double(count)
        return max(1, Int(((labelWidth + 8) / max(room, 0.1)).rounded(.up)))
    }

    /// A legend row on top: a swatch (or a line with its marker) and a name per entry.
    /// Returns the height it took.
    @discardableResult
    mutating func legend(_ entries: [LegendEntry], top: Double, left: Double, right: Double) -> Double {
        guard !entries.isEmpty else { return 0 }
        var x = left, y = top + 10
        for entry in entries {
            let width = 22 + TextWidth.of(entry.name, fontSize: Self.tickFont) + 14
            if x + width > right, x > left {
                x = left
                y += 18
            }
            entry.swatch.draw(in: &self, x: x, y: y)
            text(entry.name, x: x + 22, y: y + 4, colour: .text, size: Self.tickFont)
            x += width
        }
        return y - top + 12
    }
}

struct LegendEntry {
    enum Swatch {
        case box(ChartColour, pattern: String?)
        case line(ChartColour, marker: Int?, dash: String?)
        /// A target due at a period.
        case ring

        func draw(in canvas: inout ChartCanvas, x: Double, y: Double) {
            switch self {
            case .box(let colour, let pattern):
                canvas.rect(x: x, y: y - 5, width: 16, height: 10, colour: colour, fill: pattern.map { "url(#\($0))" }, outline: nil)
            case .line(let colour, let marker, let dash):
                canvas.line(x, y, x + 16, y, colour: colour, width: 2, dash: dash)
                if let marker { canvas.marker(marker, x: x + 8, y: y, colour: colour) }
            case .ring:
                canvas.targetRing(x: x + 8, y: y)
            }
        }
    }

    var name: String
    var swatch: Swatch
}

extension ChartCanvas {
    /// A target: a ring with a dot, drawn in the text colour.
    mutating func targetRing(x: Double, y: Double) {
        body.empty("circle", ["class": "k-tx f-bg", "cx": .number(x), "cy": .number(y), "r": 6,
                              "fill": ChartColour.background.colour, "stroke": ChartColour.text.colour, "stroke-width": 2])
        body.empty("circle", ["class": "f-tx", "cx": .number(x), "cy": .number(y), "r": 2, "fill": ChartColour.text.colour])
    }

    /// Series markers differ in shape as well as colour: circle, square, triangle, diamond,
    /// inverted triangle, cross.
    mutating func marker(_ shape: Int, x: Double, y: Double, colour: ChartColour, radius: Double = 4) {
        let r = radius
        let points: [Point]
        switch shape % 6 {
        case 0:
            body.empty("circle", ["class": colour.fill, "cx": .number(x), "cy": .number(y), "r": .number(r),
                                  "fill": colour.colour])
            return
        case 1: points = [Point(x: x - r, y: y - r), Point(x: x + r, y: y - r), Point(x: x + r, y: y + r), Point(x: x - r, y: y + r)]
        case 2: points = [Point(x: x, y: y - r - 1), Point(x: x + r + 1, y: y + r), Point(x: x - r - 1, y: y + r)]
        case 3: points = [Point(x: x, y: y - r - 1), Point(x: x + r + 1, y: y), Point(x: x, y: y + r + 1), Point(x: x - r - 1, y: y)]
        case 4: points = [Point(x: x - r - 1, y: y - r), Point(x: x + r + 1, y: y - r), Point(x: x, y: y + r + 1)]
        default:
            let d = r * 0.45
            points = [Point(x: x - r, y: y - d), Point(x: x - d, y: y - d), Point(x: x - d, y: y - r), Point(x: x + d, y: y - r),
                      Point(x: x + d, y: y - d), Point(x: x + r, y: y - d), Point(x: x + r, y: y + d), Point(x: x + d, y: y + d),
                      Point(x: x + d, y: y + r), Point(x: x - d, y: y + r), Point(x: x - d, y: y + d), Point(x: x - r, y: y + d)]
        }
        body.empty("path", ["class": colour.fill, "d": .path([points], closed: true), "fill": colour.colour])
    }
}
