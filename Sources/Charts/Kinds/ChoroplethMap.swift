/// Areas coloured by value class (five shades of one hue, light to dark), projected and
/// simplified at build time — no tiles, no script. Each area also shows its value in text
/// where it fits and in its title; the legend names each class's range.
public struct ChoroplethMap: Sendable {
    public struct Region: Sendable {
        public var id: String
        public var name: String
        /// A short name to write on the map; nil: none.
        public var label: String?
        public var shape: GeoShape
        public var value: Double?
        public var highlighted: Bool
        /// For a region without a value, why, in words; nil: the chart's word for a missing value.
        public var missing: String?

        public init(id: String, name: String, label: String? = nil, shape: GeoShape, value: Double?, highlighted: Bool = false,
                    missing: String? = nil) {
            self.id = id
            self.name = name
            self.label = label
            self.shape = shape
            self.value = value.flatMap { $0.isFinite ? $0 : nil }
            self.highlighted = highlighted
            self.missing = missing
        }
    }

    public var regions: [Region]
    public var format: ChartValueFormat
    /// The name of the value, as the data table's heading.
    public var valueName: String?

    public init(regions: [Region], format: ChartValueFormat) {
        self.regions = regions
        self.format = format
    }

    /// Class limits: round numbers, at most five classes.
    func classes() -> NiceScale? {
        let values = regions.compactMap(\.value)
        guard !values.isEmpty else { return nil }
        var scale = NiceScale(covering: values, tickCount: 5)
        while scale.ticks.count - 1 > ChartColour.rampCount { scale = NiceScale(lower: scale.lower, upper: scale.upper, step: scale.step * 2) }
        return scale
    }

    func classIndex(_ value: Double, _ scale: NiceScale) -> Int {
        let count = max(1, scale.ticks.count - 1)
        let index = min(count - 1, max(0, Int((value - scale.lower) / scale.step)))
        // Spread the classes over the ramp: two classes take its ends.
        return count == 1 ? ChartColour.rampCount / 2 : index * (ChartColour.rampCount - 1) / (count - 1)
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let words = frame.words
        let table = ChartTable(header: [words.name, valueName ?? words.value], rows: regions.map { region in
            [ChartTable.Cell(region.name), region.value.map { ChartTable.Cell(format.exact($0), number: format.tableNumber($0)) } ?? ChartTable.Cell(region.missing ?? "–")]
        })
        let legendHeight = 30.0
        guard let projection = MapProjection(shapes: regions.map(\.shape), maxWidth: frame.size.width,
                                             maxHeight: frame.size.height - legendHeight) else {
            return ChartCanvas.empty(frame: frame, kind: .map, table: table)
        }
        var canvas = ChartCanvas(frame: frame, kind: .map, height: projection.height + legendHeight)
        let scale = classes()
        canvas.body.open("defs")
        canvas.pattern(id: frame.id + "-none", colour: .grid, style: 1)
        canvas.body.close("defs")
        let ordered = regions.filter { !$0.highlighted } + regions.filter(\.highlighted)  // the highlight's outline on top
        for region in ordered {
            let rings = projection.rings(region.shape)
            guard !rings.isEmpty else { continue }
            let colour: ChartColour = region.value.flatMap { value in scale.map { .ramp(classIndex(value, $0)) } } ?? .grid
            let fill = region.value == nil ? "url(#\(frame.id)-none)" : colour.literal
            let outline: ChartColour = region.highlighted ? .text : .background
            canvas.body.open("g")
            canvas.body.title("\(region.name): \(region.value.map(format.label) ?? region.missing ?? words.missing)")
            canvas.body.empty("path", ["class": .text((region.value == nil ? "pat" : colour.fillClass) + " " + outline.strokeClass),
                                       "d": .path(rings, closed: true), "fill": .text(fill), "stroke": outline.colour,
                                       "stroke-width": .number(region.highlighted ? 2.5 : 1), "stroke-linejoin": "round"])
            canvas.body.close("g")
        }
        // Labels, largest areas first; a label that would overlap one already written is left out
        // (the area's title and the data table still name it, and the summary lists it).
        var taken: [(x: Double, y: Double, width: Double, height: Double)] = []
        func free(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> Bool {
            !taken.contains { abs($0.x - x) * 2 < $0.width + width && abs($0.y - y) * 2 < $0.height + height }
        }
        let placed = regions.compactMap { region in projection.labelPoint(region.shape).map { (region, $0.point, $0.width) } }
            .sorted { $0.2 > $1.2 }
        var named: Set<String> = []
        for (region, point, width) in placed {
            let value = region.value.map(format.label) ?? "–"
            let valueWidth = TextWidth.of(value, fontSize: 11, bold: true)
            let colours = labelColours(region.value.flatMap { value in scale.map { classIndex(value, $0) } })
            guard valueWidth < width else { continue }
            if let label = region.label, TextWidth.of(label, fontSize: 11) < width,
               free(point.x, point.y + 3, max(valueWidth, TextWidth.of(label, fontSize: 11)), 28) {
                taken.append((point.x, point.y + 3, max(valueWidth, TextWidth.of(label, fontSize: 11)), 28))
                named.insert(region.id)
                canvas.haloText(label, x: point.x, y: point.y - 2, bold: region.highlighted, colours: colours)
                canvas.haloText(value, x: point.x, y: point.y + 11, bold: true, colours: colours)
            } else if free(point.x, point.y, valueWidth, 14) {
                taken.append((point.x, point.y, valueWidth, 14))
                canvas.haloText(value, x: point.x, y: point.y + 4, bold: true, colours: colours)
            }
        }
        // Areas whose name is not on the map are named in the summary, with their values; a map
        // that writes no names at all leaves that to its table.
        let unnamed = named.isEmpty ? [] : regions.filter { !named.contains($0.id) }
        // Legend: one box per class with its range, and one for areas without data.
        var x = 4.0
        let y = projection.height + 18
        if let scale {
            let ticks = scale.ticks
            for index in 0..<max(1, ticks.count - 1) {
                let low = ticks[index], high = ticks.count > 1 ? ticks[index + 1] : ticks[index]
                let text = "\(format.tick(low, scale: scale))–\(format.tick(high, scale: scale))"
                let colour = ChartColour.ramp(classIndex(low, scale))
                canvas.rect(x: x, y: y - 11, width: 18, height: 14, colour: colour, outline: .axis)
                canvas.text(text, x: x + 22, y: y, size: 11)
                x += 30 + TextWidth.of(text, fontSize: 11)
            }
        }
        if regions.contains(where: { $0.value == nil }) {
            canvas.rect(x: x, y: y - 11, width: 18, height: 14, colour: .grid, fill: "url(#\(frame.id)-none)", outline: .axis)
            canvas.text(words.missing, x: x + 22, y: y, size: 11)
        }
        return canvas.finish(summary: summary(words, unnamed: unnamed), table: table)
    }

    /// The text and halo colours of a label on an area of ramp class `index` (nil: no value,
    /// the page shows through the hatching): dark text on the light classes, white on the dark
    /// ones, each with a halo of the other; the same in both colour schemes, as the fills are.
    /// On the hatching, the page's own text and background colours.
    public static func labelColours(_ index: Int?) -> (text: ChartColour, halo: ChartColour) {
        guard let index else { return (.text, .background) }
        return index < 3 ? (.ink, .paper) : (.paper, .ink)
    }

    func labelColours(_ index: Int?) -> (text: ChartColour, halo: ChartColour) { Self.labelColours(index) }

    func summary(_ words: ChartWords, unnamed: [Region] = []) -> String {
        let valued = regions.filter { $0.value != nil }
        var text = words.regions(regions.count, withData: valued.count)
        if let highest = valued.max(by: { $0.value! < $1.value! }), let lowest = valued.min(by: { $0.value! < $1.value! }), valued.count > 1 {
            text += "; " + words.extremes(highest: (highest.name, format.label(highest.value!)),
                                          lowest: (lowest.name, format.label(lowest.value!)))
        }
        text += "."
        if !unnamed.isEmpty {
            text += " " + words.unnamedAreas(unnamed.map { ($0.name, $0.value.map(format.label) ?? $0.missing ?? words.missing) }) + "."
        }
        return text
    }
}

extension ChartCanvas {
    /// Text with a halo of the background colour, readable on any fill.
    mutating func haloText(_ content: String, x: Double, y: Double, bold: Bool = false,
                           colours: (text: ChartColour, halo: ChartColour) = (.text, .background)) {
        body.text("text", ["class": .text(colours.text.fillClass + " " + colours.halo.strokeClass), "x": .number(x), "y": .number(y),
                           "text-anchor": "middle", "font-size": 11,
                           "font-weight": .text(bold ? "bold" : "normal"), "fill": colours.text.colour,
                           "stroke": colours.halo.colour, "stroke-width": 3, "paint-order": "stroke",
                           "stroke-linejoin": "round"], content)
    }
}
