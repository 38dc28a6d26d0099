import Charts

/// Turns indicators into charts: which values, periods, units and targets each kind shows.
/// Pages and the `{chart}` directive both go through here, so a chart of an indicator looks
/// the same wherever it appears.
struct IndicatorCharts {
    let data: DataCatalog
    let strings: UIStrings
    var words: ChartWords { strings.chartWords }

    func format(_ result: IndicatorResult, ofUnit: Bool = false) -> ValueFormatter {
        ValueFormatter(definition: ofUnit ? data.unitDefinition(result) : result.indicator.definition, strings: strings)
    }

    /// Nothing to draw from: the chart's frame says there is no data.
    static func empty(_ frame: ChartFrame) -> DrawnChart {
        LineChart(categories: [], series: [], format: ChartValueFormat()).draw(frame)
    }

    func category(_ period: ReportingPeriod) -> ChartCategory {
        ChartCategory(strings.format.shortPeriod(period), phrase: strings.format.period(period))
    }

    /// The chart, and whether any value it shows is illustrative.
    func draw(_ request: ChartRequest, id: String) -> (chart: DrawnChart, illustrative: Bool) {
        let title = request.title ?? request.indicators.first.map { defaultTitle(request, $0) } ?? ""
        let size = request.kind == .sparkline ? ChartSize(width: 96, height: request.height ?? 24)
            : ChartSize(width: 640, height: request.height ?? defaultHeight(request.kind))
        let frame = ChartFrame(id: id, title: title, description: "\(words.name(of: request.kind)): \(title)", size: size, words: words)
        guard let first = request.indicators.first else { return (Self.empty(frame), false) }
        switch request.kind {
        case .line: return lineChart(request, frame)
        case .sparkline: return sparkline(first, request, frame)
        case .bar, .horizontalBar: return barChart(first, request, frame)
        case .groupedBar, .stackedBar: return multiBarChart(request, frame)
        case .bullet: return bulletChart(first, request, frame)
        case .progress: return progressBar(first, request, frame)
        case .heatGrid: return heatGrid(request, frame)
        case .map: return choropleth(first, request, frame)
        }
    }

    func defaultHeight(_ kind: ChartKind) -> Double {
        switch kind {
        case .bullet: 90
        case .progress: 40
        case .map: 480
        default: 320
        }
    }

    func defaultTitle(_ request: ChartRequest, _ first: IndicatorResult) -> String {
        let names = request.indicators.map(\.indicator.shortTitle).joined(separator: ", ")
        switch request.kind {
        case .heatGrid: return strings["chart_heatgrid_title"]
        case .bar, .horizontalBar, .map:
            return first.indicator.title + " " + strings["chart_by_unit"]
                + (crossSectionPeriod(first, request).map { ", " + strings.format.period($0) } ?? "")
        case .groupedBar, .stackedBar: return names
        case .line where request.indicators.count > 1: return names
        default: return first.indicator.title
        }
    }

    // MARK: Series over periods

    /// The series of the whole, or of one unit.
    func series(_ result: IndicatorResult, unit: String?) -> [SeriesPoint] {
        guard let unit else { return result.whole }
        return result.unit(unit)?.series ?? []
    }

    /// The value of each period, nil where there is none.
    static func values(_ points: [SeriesPoint], at periods: [ReportingPeriod]) -> [Double?] {
        periods.map { period in points.first { $0.period == period }?.value }
    }

    func periods(_ lists: [[SeriesPoint]], _ request: ChartRequest, extra: [ReportingPeriod] = []) -> [ReportingPeriod] {
        Set(lists.flatMap { $0.map(\.period) } + extra).filter { request.periods?.contains($0) ?? true }.sorted()
    }

    func lineChart(_ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let first = request.indicators[0]
        // One indicator for several units, or several indicators for the whole (or one unit).
        let lines: [(name: String, points: [SeriesPoint])]
        let ofUnits: Bool
        if request.indicators.count == 1, let units = request.units {
            lines = units.map { (data.units.unit($0)?.shortName ?? $0, series(first, unit: $0)) }
            ofUnits = true
        } else {
            let unit = request.units?.first ?? request.highlight
            lines = request.indicators.map { ($0.indicator.shortTitle, series($0, unit: unit)) }
            ofUnits = unit != nil
        }
        let target = request.showsTarget && lines.count == 1 && !ofUnits ? first.target : nil
        let periods = periods(lines.map(\.points), request, extra: target.map { [$0.period] } ?? [])
        let illustrative = lines.contains { $0.points.contains { $0.illustrative && periods.contains($0.period) } }
        let chartSeries = lines.map { line in
            // A line made only of generated values is dashed and says so in the legend.
            let shown = line.points.filter { periods.contains($0.period) }
            let generated = !shown.isEmpty && shown.allSatisfy(\.illustrative)
            return ChartSeries(line.name + (generated ? " (\(strings["illustrative"].lowercased()))" : ""),
                               values: Self.values(line.points, at: periods), dashed: generated)
        }
        let formatter = format(first, ofUnit: ofUnits)
        var chart = LineChart(categories: periods.map(category), series: chartSeries, format: formatter.chartFormat)
        chart.reversed = first.indicator.definition.measure == .rank
        if let target, let index = periods.firstIndex(of: target.period) {
            chart.target = LineChart.Target(value: target.value, index: index,
                                            label: "\(strings["target"]) \(strings.format.shortPeriod(target.period)): \(formatter.full(target.value))")
            if let baseline = first.baseline, let start = periods.firstIndex(of: baseline),
               let value = first.whole.first(where: { $0.period == baseline })?.value, start < index {
                chart.path = LineChart.Path(from: (start, value), to: (index, target.value))
            }
        }
        return (chart.draw(frame), illustrative)
    }

    func sparkline(_ result: IndicatorResult, _ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let points = series(result, unit: request.highlight)
        let periods = periods([points], request)
        var chart = Sparkline(categories: periods.map(category), values: Self.values(points, at: periods),
                              format: format(result, ofUnit: request.highlight != nil).chartFormat)
        chart.reversed = result.indicator.definition.measure == .rank
        return (chart.draw(frame), points.contains(where: \.illustrative))
    }

    func multiBarChart(_ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let unit = request.units?.first ?? request.highlight
        let lists = request.indicators.map { series($0, unit: unit) }
        let periods = periods(lists, request)
        let chartSeries = zip(request.indicators, lists).map { result, points in
            ChartSeries(result.indicator.shortTitle, values: Self.values(points, at: periods))
        }
        let chart = MultiBarChart(categories: periods.map(category), series: chartSeries, stacked: request.kind == .stackedBar,
                                  format: format(request.indicators[0], ofUnit: unit != nil).chartFormat)
        return (chart.draw(frame), lists.contains { $0.contains { $0.illustrative && periods.contains($0.period) } })
    }

    // MARK: One period across units

    /// The latest period, within the selection, that some unit has a value for.
    func crossSectionPeriod(_ result: IndicatorResult, _ request: ChartRequest) -> ReportingPeriod? {
        result.units.filter { request.units?.contains($0.code) ?? true }
            .flatMap { $0.series.map(\.period) }.filter { request.periods?.contains($0) ?? true }.max()
    }

    /// Each unit's value at the chart's period, in the registry's order: the units asked for,
    /// or else those with a value then.
    func unitValues(_ result: IndicatorResult, _ request: ChartRequest) -> [(unit: OrganisationUnit, point: SeriesPoint?, progress: UnitProgress?)] {
        let period = crossSectionPeriod(result, request)
        let rows = (request.units ?? result.units.map(\.code)).compactMap { code -> (OrganisationUnit, SeriesPoint?, UnitProgress?)? in
            guard let unit = data.units.unit(code) else { return nil }
            let progress = result.unit(code)
            return (unit, progress?.series.first { $0.period == period }, progress)
        }
        return request.units == nil ? rows.filter { $0.1 != nil } : rows
    }

    /// The level a unit is held to: its threshold (shares of units), or the target of an
    /// intensive measure, which every unit inherits.
    func unitTarget(_ result: IndicatorResult) -> Double? {
        if let threshold = result.indicator.definition.threshold { return threshold }
        switch result.indicator.definition.measure {
        case .percent, .index, .rank: return result.target?.value
        default: return nil
        }
    }

    func barChart(_ result: IndicatorResult, _ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let definition = result.indicator.definition
        var rows = unitValues(result, request)
        let horizontal = request.kind == .horizontalBar
        if horizontal {
            // Rankings read best first; units without a value last.
            rows.sort { a, b in
                switch (a.point?.value, b.point?.value) {
                case let (x?, y?): return x != y ? (definition.direction == .higher ? x > y : x < y) : a.unit.code < b.unit.code
                case (_?, nil): return true
                default: return false
                }
            }
        }
        let bars = rows.map { row in
            BarChart.Bar(row.unit.shortName, value: row.point?.value, fullLabel: row.unit.name, highlighted: row.unit.code == request.highlight)
        }
        let formatter = format(result, ofUnit: true)
        var chart = BarChart(bars: bars, horizontal: horizontal, format: formatter.chartFormat)
        chart.valueName = result.indicator.shortTitle
        chart.higherIsBetter = definition.direction == .higher
        if request.showsTarget, let target = unitTarget(result) {
            chart.target = (target, "\(definition.threshold != nil ? strings["threshold"] : strings["target"]): \(formatter.threshold(target))")
        }
        return (chart.draw(frame), rows.contains { $0.point?.illustrative == true })
    }

    func choropleth(_ result: IndicatorResult, _ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        guard let map = request.map else { return (Self.empty(frame), false) }
        let values = Dictionary(unitValues(result, request).map { ($0.unit.code, $0.point) }, uniquingKeysWith: { a, _ in a })
        let regions = map.geo.features.map { feature -> ChoroplethMap.Region in
            let code = Self.code(of: feature) ?? ""
            let unit = data.units.unit(code)
            return ChoroplethMap.Region(id: code, name: unit?.name ?? feature.properties["name"] ?? code, label: unit?.shortName,
                                        shape: feature.shape, value: values[code]??.value, highlighted: code == request.highlight)
        }
        var chart = ChoroplethMap(regions: regions, format: format(result, ofUnit: true).chartFormat)
        chart.valueName = result.indicator.shortTitle
        return (chart.draw(frame), values.values.contains { $0?.illustrative == true })
    }

    /// A feature's unit: its `code` property (or `id`).
    static func code(of feature: GeoFeature) -> String? { feature.properties["code"] ?? feature.properties["id"] }

    // MARK: One value against its target

    func latest(_ result: IndicatorResult, _ request: ChartRequest) -> (point: SeriesPoint?, target: ResolvedTarget?) {
        let points = series(result, unit: request.highlight).filter { request.periods?.contains($0.period) ?? true }
        let target = request.highlight.flatMap { result.unit($0)?.target } ?? result.target
        return (points.last, request.showsTarget ? target : nil)
    }

    func bulletChart(_ result: IndicatorResult, _ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let (point, target) = latest(result, request)
        var ranges: [BulletChart.Range] = []
        if let target, target.value > 0, result.indicator.definition.direction == .higher {
            let ceiling = max(target.value, point?.value ?? 0) * 1.1
            ranges = [BulletChart.Range(upTo: target.value * 0.6, label: strings["chart_below_60"]),
                      BulletChart.Range(upTo: target.value * 0.95, label: strings["chart_60_to_95"]),
                      BulletChart.Range(upTo: ceiling, label: strings["chart_above_95"])]
        }
        let label = request.highlight.flatMap { data.units.unit($0)?.shortName } ?? result.indicator.shortTitle
        let chart = BulletChart(label: label, value: point?.value, target: target?.value, ranges: ranges,
                                format: format(result, ofUnit: request.highlight != nil).chartFormat)
        return (chart.draw(frame), point?.illustrative == true)
    }

    func progressBar(_ result: IndicatorResult, _ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let (point, target) = latest(result, request)
        let label = (request.highlight.flatMap { data.units.unit($0)?.shortName } ?? result.indicator.shortTitle)
            + (point.map { " (\(strings.format.shortPeriod($0.period)))" } ?? "")
        let chart = ProgressBar(label: label, value: point?.value, target: target?.value,
                                format: format(result, ofUnit: request.highlight != nil).chartFormat)
        return (chart.draw(frame), point?.illustrative == true)
    }

    // MARK: Units × indicators

    func heatGrid(_ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let columns = request.indicators.filter { !$0.units.isEmpty }
        let codes = request.units ?? data.units.codes.filter { code in columns.contains { $0.unit(code)?.latest != nil } }
        // The legend names the statuses the grid shows, in their usual order.
        let shown = Set(codes.flatMap { code in columns.compactMap { $0.unit(code).flatMap { $0.latest == nil ? nil : $0.assessment.status } } })
        let statuses = ProgressStatus.allCases.filter(shown.contains)
        let categories = statuses.map { status in
            HeatGrid.Category(label: strings[status.stringKey], symbol: ProgressBadge.symbol(status), tint: Self.tint(status))
        }
        var illustrative = false
        let cells = codes.map { code in
            columns.map { result -> HeatGrid.Cell? in
                guard let progress = result.unit(code), let latest = progress.latest else { return nil }
                illustrative = illustrative || latest.illustrative
                return HeatGrid.Cell(category: statuses.firstIndex(of: progress.assessment.status) ?? 0,
                                     text: "\(format(result, ofUnit: true).full(latest.value)), \(strings.format.shortPeriod(latest.period))")
            }
        }
        let rows = codes.map { code in ChartCategory(data.units.unit(code)?.shortName ?? code, phrase: data.units.unit(code)?.name ?? code) }
        let chart = HeatGrid(rows: rows, columns: columns.map { ChartCategory($0.indicator.shortTitle, phrase: $0.indicator.title) },
                             cells: cells, categories: categories)
        return (chart.draw(frame), illustrative)
    }

    /// The chart palette's five status tints: pending shares the warning tint of "at risk" (its
    /// symbol tells them apart); no target and no data are neutral.
    static func tint(_ status: ProgressStatus) -> Int {
        switch status {
        case .achieved: 0
        case .onTrack: 1
        case .atRisk, .pending: 2
        case .offTrack: 3
        case .insufficientData, .noTarget: 4
        }
    }
}
