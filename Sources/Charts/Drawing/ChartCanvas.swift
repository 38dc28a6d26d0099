/// The `<svg>` element around a chart's drawing: its accessible name and description, its
/// size, fonts and colours that hold without any stylesheet.
struct ChartCanvas {
    let frame: ChartFrame
    let kind: ChartKind
    var height: Double
    var body = SVGWriter()
    /// `img` for a picture; `group` for a chart with links inside, which an image may not hold.
    var role: StaticString = "img"

    init(frame: ChartFrame, kind: ChartKind, height: Double? = nil) {
        self.frame = frame
        self.kind = kind
        self.height = height ?? frame.size.height
    }

    var width: Double { frame.size.width }

    /// The finished chart. `summary` goes into `<desc>` after the description.
    func finish(summary: String, table: ChartTable) -> DrawnChart {
        var svg = SVGWriter()
        let titleID = frame.id + "-title", descID = frame.id + "-desc"
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": .text("chart-svg chart-\(kind.rawValue)"),
            "viewBox": .text("0 0 \(SVGNumber.string(width)) \(SVGNumber.string(height))"),
            "width": .number(width), "height": .number(height), "role": .literal(role),
            "aria-labelledby": .text(titleID + " " + descID),
            "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
            "font-size": 12,
        ])
        svg.text("title", ["id": .text(titleID)], frame.title)
        let description = [frame.description ?? frame.words.name(of: kind), summary].filter { !$0.isEmpty }
        svg.text("desc", ["id": .text(descID)], description.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " "))
        svg.append(body)
        svg.close("svg")
        return DrawnChart(id: frame.id, kind: kind, title: frame.title, svg: svg.markup, summary: summary, table: table)
    }

    /// A chart with nothing to draw says so, in the same frame.
    static func empty(frame: ChartFrame, kind: ChartKind, table: ChartTable) -> DrawnChart {
        var canvas = ChartCanvas(frame: frame, kind: kind, height: min(frame.size.height, 120))
        canvas.body.empty("rect", ["class": "k-ax", "x": 0.5, "y": 0.5, "width": .number(canvas.width - 1),
                                   "height": .number(canvas.height - 1), "fill": "none", "stroke": ChartColour.axis.colour,
                                   "stroke-dasharray": "4 4"])
        canvas.body.text("text", ["class": "f-mu", "x": .number(canvas.width / 2), "y": .number(canvas.height / 2 + 5),
                                  "text-anchor": "middle", "fill": ChartColour.muted.colour, "font-size": 14],
                         frame.words.noData)
        return canvas.finish(summary: frame.words.noData + ".", table: table)
    }

    // MARK: Drawing helpers shared by the kinds

    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", colour: ChartColour = .text,
                       size: Double? = nil, bold: Bool = false) {
        // Plain text carries only its place and colour; styled text all three styles.
        let styled = anchor != "start" || size != nil || bold
        body.text("text", ["class": colour.fill, "x": .number(x), "y": .number(y), "fill": colour.colour,
                           "text-anchor": styled ? .text(anchor) : .omitted, "font-size": styled ? .number(size ?? 12) : .omitted,
                           "font-weight": styled ? .text(bold ? "bold" : "normal") : .omitted], content)
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, colour: ChartColour, width: Double = 1, dash: String? = nil) {
        body.empty("line", ["class": colour.stroke, "x1": .number(x1), "y1": .number(y1), "x2": .number(x2), "y2": .number(y2),
                            "stroke": colour.colour, "stroke-width": .number(width), "stroke-dasharray": dash.map { .text($0) } ?? .omitted])
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, colour: ChartColour, title: String? = nil,
                       fill: String? = nil, outline: ChartColour? = nil) {
        // A pattern fill must not be overridden by the colour class: patterned shapes take none.
        let fillClass = fill == nil ? colour.fillClass : "pat"
        if let title {
            body.open("g")
            body.title(title)
        }
        body.empty("rect", ["class": .text(outline.map { fillClass + " " + $0.strokeClass } ?? fillClass), "x": .number(x), "y": .number(y),
                            "width": .number(max(0, width)), "height": .number(max(0, height)), "fill": .text(fill ?? colour.literal),
                            "stroke": outline?.colour ?? .omitted, "stroke-width": outline == nil ? .omitted : 2])
        if title != nil { body.close("g") }
    }
}
