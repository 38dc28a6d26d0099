import Charts
import Diagnostics
import Markdown
import Markup

/// ```` ```{chart} Title ```` with `:type:`, `:indicator:`/`:indicators:`, `:units:`, `:periods:`,
/// `:highlight:`, `:target:`, `:title:`, `:caption:`, `:height:` and `:map:`: a chart of the
/// site's indicators drawn as inline SVG, with its summary, its data table and its files.
enum ChartDirective {
    static let kind = DirectiveKind(
        spec: DirectiveSpec(name: "chart", argument: .optional, body: .none, options: [
            ("type", .choice(ChartKind.allCases.map(\.rawValue))), ("indicator", .identifier), ("indicators", .text),
            ("units", .text), ("periods", .text), ("highlight", .identifier), ("target", .choice(["on", "off"])),
            ("title", .text), ("caption", .text), ("height", .integer(16...3000)), ("map", .text),
        ]),
        render: { context, directive in
            guard let request = context.chartRequest(directive) else { return .empty }
            let charts = IndicatorCharts(data: context.site.data, strings: context.strings)
            let (chart, illustrative) = charts.draw(request, id: context.nextID("bieu-do"))
            context.showsIllustrativeData = context.showsIllustrativeData || illustrative
            request.indicators.forEach { context.dataDates.merge(context.site.data.dates(of: $0)) }
            let page = context.page.outputPath, pretty = context.config.prettyURLs
            let placement = ChartPlacement(pagePath: page, strings: context.strings) { OutputPaths.link(from: page, to: $0, pretty: pretty) }
            let placed = placement.place(chart, caption: directive.option("caption")?.value, illustrative: illustrative, map: request.map)
            context.generatedFiles += placed.files
            return placed.html
        }, readsData: true)

    /// Kinds that draw one indicator.
    static let singleIndicatorKinds: Set<ChartKind> = [.bar, .horizontalBar, .bullet, .progress, .sparkline, .map]
}

extension PageRenderContext {
    /// The directive's options, checked against the site's data; nil (with every problem
    /// reported) if the chart cannot be drawn.
    mutating func chartRequest(_ directive: Directive) -> ChartRequest? {
        let before = diagnostics.errorCount
        let kind = directive.option("type").flatMap { ChartKind(rawValue: $0.value) } ?? .line
        var results: [IndicatorResult] = []
        let single = directive.option("indicator"), several = directive.option("indicators")
        if single != nil, let several {
            diagnostics.error(at: several.location, Message("chart.indicator-and-indicators"))
        } else if let single {
            if let result = indicatorResult(single.value, at: single.valueLocation) { results = [result] }
        } else if let several {
            for id in Self.list(several.value) {
                if let result = indicatorResult(id, at: several.valueLocation) { results.append(result) }
            }
            if ChartDirective.singleIndicatorKinds.contains(kind), results.count > 1 {
                diagnostics.error(at: several.valueLocation, Message("chart.one-indicator-only", ["type": .text(kind.rawValue), "count": .text(String(results.count))]),
                                  hint: Message("chart.one-indicator-only-hint"))
            }
        } else if kind == .heatGrid {
            results = site.data.targetResults.filter { !$0.units.isEmpty }
        } else {
            diagnostics.error(at: directive.location, Message("chart.needs-indicator"),
                              hint: Message("chart.needs-indicator-hint"))
        }
        if !ChartDirective.singleIndicatorKinds.contains(kind) {
            checkSharedUnit(results, kind: kind, at: several?.valueLocation ?? directive.location)
        }

        var units: [String]?
        if let option = directive.option("units") {
            units = []
            for code in Self.list(option.value) {
                if site.data.units.unit(code) == nil {
                    diagnostics.error(at: option.valueLocation, Message("indicators.unit-not-in-registry", ["unit": .text(code)]),
                                      hint: Suggestion.message(for: code, among: site.data.units.codes))
                } else {
                    units?.append(code)
                }
            }
            if kind == .line, let count = units?.count, count > ChartColour.seriesCount {
                diagnostics.error(at: option.valueLocation, Message("chart.too-many-units", ["most": .text(String(ChartColour.seriesCount)), "count": .text(String(count))]),
                                  hint: Message("chart.too-many-units-hint"))
            }
        }
        var periods: PeriodSelection?
        if let option = directive.option("periods") {
            periods = PeriodSelection.parse(option.value)
            if periods == nil {
                diagnostics.error(at: option.valueLocation, Message("chart.bad-periods", ["value": .text(option.value)]),
                                  hint: Message("chart.bad-periods-hint"))
            }
        }
        let highlight = directive.option("highlight")
        if let highlight, site.data.units.unit(highlight.value) == nil {
            diagnostics.error(at: highlight.valueLocation, Message("indicators.unit-not-in-registry", ["unit": .text(highlight.value)]),
                              hint: Suggestion.message(for: highlight.value, among: site.data.units.codes))
        }
        if kind == .progress, let result = results.first, result.indicator.definition.measure != .percent {
            diagnostics.error(at: (single ?? several)?.valueLocation ?? directive.location,
                              Message("chart.progress-needs-percent", ["id": .text(result.indicator.id), "measure": .text(result.indicator.definition.measure.rawValue)]),
                              hint: Message("chart.progress-needs-percent-hint"))
        }
        var map: LoadedMap?
        if kind == .map { map = loadMap(directive) } else if let option = directive.option("map") {
            diagnostics.error(at: option.location, Message("chart.map-option-without-map"))
        }
        guard diagnostics.errorCount == before else { return nil }
        // Every indicator it names is left out of this build (warned about): no chart.
        guard !results.isEmpty || (single == nil && several == nil) else { return nil }
        let title = directive.option("title")?.value ?? (directive.argument.isEmpty ? nil : directive.argument)
        return ChartRequest(kind: kind, indicators: results, units: units, periods: periods, highlight: highlight?.value,
                            showsTarget: directive.option("target")?.value != "off", title: title,
                            height: directive.option("height").flatMap { Double($0.value) }, map: map)
    }

    /// Series drawn on one axis must measure the same thing in the same unit.
    private mutating func checkSharedUnit(_ results: [IndicatorResult], kind: ChartKind, at location: SourceLocation) {
        guard kind != .heatGrid, let first = results.first else { return }
        let unit = ValueFormatter(definition: first.indicator.definition, strings: strings).suffix
        for other in results.dropFirst() {
            let otherUnit = ValueFormatter(definition: other.indicator.definition, strings: strings).suffix
            if other.indicator.definition.measure != first.indicator.definition.measure || otherUnit != unit {
                diagnostics.error(at: location, Message("chart.different-units", ["other": .text(other.indicator.id), "first": .text(first.indicator.id)]),
                                  hint: Message("chart.different-units-hint"))
            }
        }
    }

    private mutating func loadMap(_ directive: Directive) -> LoadedMap? {
        guard let option = directive.option("map") else {
            diagnostics.error(at: directive.location, Message("chart.map-needs-file"),
                              hint: Message("chart.map-needs-file-hint"))
            return nil
        }
        guard let file = contentFile(option.value, at: option.valueLocation, what: Message("directive.what.map"))?
            .read(diagnostics: &diagnostics) else { return nil }
        let geo: GeoJSON
        do {
            geo = try GeoJSON(bytes: file.bytes)
        } catch {
            diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1), Message("chart.map-unreadable", ["problem": .text(error.message)]),
                              hint: Message("chart.map-unreadable-hint"))
            return nil
        }
        for (index, feature) in geo.features.enumerated() {
            guard let code = IndicatorCharts.code(of: feature) else {
                diagnostics.error(at: option.valueLocation, Message("chart.feature-without-code", ["number": .text(String(index + 1)), "path": .text(option.value)]),
                                  hint: Message("chart.feature-without-code-hint"))
                continue
            }
            if site.data.units.unit(code) == nil {
                diagnostics.error(at: option.valueLocation, Message("chart.feature-unknown-unit", ["number": .text(String(index + 1)), "path": .text(option.value), "unit": .text(code)]),
                                  hint: Suggestion.message(for: code, among: site.data.units.codes))
            }
        }
        return LoadedMap(path: file.relativePath, geo: geo)
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
