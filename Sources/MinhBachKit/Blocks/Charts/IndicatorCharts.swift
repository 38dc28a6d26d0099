import Charts

/// Turns indicators into charts: which values, periods, units and targets each kind shows.
/// Pages and the `{chart}` directive both go through here, so a chart of an indicator looks
/// the same wherever it appears.
struct IndicatorCharts {
    let data: DataCatalog
    let strings: UIStrings
    /// A site path made relative to where the chart is shown; with it, a heat grid's rows,
    /// columns and cells are links.
    var link: ((String) -> String)? = nil
    var words: ChartWords { strings.chartWords }

    func format(_ result: IndicatorResult, ofUnit: Bool = false) -> ValueFormatter {
        ValueFormatter(definition: ofUnit ? data.unitDefinition(result) : result.indicator.definition, strings: strings)
    }

    /// Nothing to draw from: the chart's frame says there is no data.
    static func empty(_ frame: ChartFrame) -> DrawnChart {
        LineChart(categories: [], series: [], format: ChartValueFormat()).draw(frame)
    }

    func category(_ period: ReportingPeriod) -> ChartCategory {
        ChartCategory(strings.format.shortPeriod(period), phrase: strings.format.period(period),
                      when: strings.format.periodAdverbial(period.name))
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
                + (comparison(first, request).period.map { ", " + strings.format.period($0) } ?? "")
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
            lines = units.map { (data.units.unit($0)?.shortName(in: strings.language) ?? $0, series(first, unit: $0)) }
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

    /// The units the chart compares at its period (see `UnitComparison`): those asked for, or
    /// else every unit with a value.
    func comparison(_ result: IndicatorResult, _ request: ChartRequest) -> UnitComparison {
        let codes = request.units ?? result.units.map(\.code)
        return UnitComparison(codes.map { ($0, result.unit($0)) }, direction: result.indicator.definition.direction,
                              periods: request.periods.map { selection in { selection.contains($0) } })
    }

    /// Each unit's value at the chart's period, in the order asked for (or the units' order); a
    /// unit without one has, instead, what the chart writes in its place: no value for the
    /// period, and its last value with that value's period.
    func unitValues(_ result: IndicatorResult, _ request: ChartRequest) -> [(unit: OrganisationUnit, point: SeriesPoint?, missing: String?)] {
        let comparison = comparison(result, request)
        let formatter = format(result, ofUnit: true)
        return (request.units ?? result.units.map(\.code)).compactMap { code -> (OrganisationUnit, SeriesPoint?, String?)? in
            guard let unit = data.units.unit(code) else { return nil }
            if let entry = comparison.rank(of: code) { return (unit, entry.point, nil) }
            let missing = comparison.missing(code).flatMap { entry in
                comparison.period.map { IndicatorBlocks.missingText(entry, period: $0, formatter: formatter, units: data.units, strings: strings) }
            }
            return (unit, nil, missing)
        }
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
            // Rankings read best first; units without a value for the period last, in their order.
            let order = comparison(result, request).ranked.map(\.code)
            rows = order.compactMap { code in rows.first { $0.unit.code == code } } + rows.filter { $0.point == nil }
        }
        let bars = rows.map { row in
            BarChart.Bar(row.unit.shortName(in: strings.language), value: row.point?.value, fullLabel: row.unit.name(in: strings.language), highlighted: row.unit.code == request.highlight,
                         missing: row.missing)
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
        let rows = unitValues(result, request)
        let values = Dictionary(rows.map { ($0.unit.code, $0.point) }, uniquingKeysWith: { a, _ in a })
        let missing = Dictionary(rows.map { ($0.unit.code, $0.missing) }, uniquingKeysWith: { a, _ in a })
        let regions = map.geo.features.map { feature -> ChoroplethMap.Region in
            let code = Self.code(of: feature) ?? ""
            let unit = data.units.unit(code)
            return ChoroplethMap.Region(id: code, name: unit?.name(in: strings.language) ?? feature.properties["name"] ?? code, label: unit?.shortName(in: strings.language),
                                        shape: feature.shape, value: values[code]??.value, highlighted: code == request.highlight,
                                        missing: missing[code] ?? nil)
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
        let label = request.highlight.flatMap { data.units.unit($0)?.shortName(in: strings.language) } ?? result.indicator.shortTitle
        let chart = BulletChart(label: label, value: point?.value, target: target?.value, ranges: ranges,
                                format: format(result, ofUnit: request.highlight != nil).chartFormat)
        return (chart.draw(frame), point?.illustrative == true)
    }

    func progressBar(_ result: IndicatorResult, _ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let (point, target) = latest(result, request)
        let label = (request.highlight.flatMap { data.units.unit($0)?.shortName(in: strings.language) } ?? result.indicator.shortTitle)
            + (point.map { " (\(strings.format.shortPeriod($0.period)))" } ?? "")
        let chart = ProgressBar(label: label, value: point?.value, target: target?.value,
                                format: format(result, ofUnit: request.highlight != nil).chartFormat)
        return (chart.draw(frame), point?.illustrative == true)
    }

    // MARK: Units × indicators

    /// Each column compares the grid's units at one period, named in the column's heading: a
    /// unit with a value then shows its status; one without shows "no value for the period" and
    /// its last value, as a category of its own (never the status of an older value among newer
    /// ones); a unit with no value at all has no cell.
    func heatGrid(_ request: ChartRequest, _ frame: ChartFrame) -> (DrawnChart, Bool) {
        let columns = request.indicators.filter { !$0.units.isEmpty }
        let codes = request.units ?? data.units.codes.filter { code in columns.contains { $0.unit(code)?.latest != nil } }
        let comparisons = columns.map { result in
            UnitComparison(codes.map { ($0, result.unit($0)) }, direction: result.indicator.definition.direction)
        }
        // The legend names the statuses the grid shows, in their usual order.
        let shown = Set(comparisons.flatMap { $0.ranked.map(\.progress.assessment.status) })
        let statuses = ProgressStatus.allCases.filter(shown.contains)
        var categories = statuses.map { status in
            HeatGrid.Category(label: strings[status.stringKey], symbol: ProgressBadge.symbol(status), tint: Self.tint(status))
        }
        let missingCategory = categories.count
        var illustrative = false
        let cells = codes.map { code in
            zip(columns, comparisons).map { result, comparison -> HeatGrid.Cell? in
                let formatter = format(result, ofUnit: true)
                if let entry = comparison.rank(of: code) {
                    illustrative = illustrative || entry.point.illustrative
                    return HeatGrid.Cell(category: statuses.firstIndex(of: entry.progress.assessment.status) ?? 0,
                                         text: "\(formatter.full(entry.point.value)), \(strings.format.shortPeriod(entry.point.period))")
                }
                guard let entry = comparison.missing(code), entry.progress != nil, let period = comparison.period else { return nil }
                illustrative = illustrative || entry.last?.illustrative == true
                return HeatGrid.Cell(category: missingCategory,
                                     text: IndicatorBlocks.missingText(entry, period: period, formatter: formatter, units: data.units, strings: strings,
                                                                       withPeriod: false))
            }
        }
        // The category of a missing value is in the legend only where a cell has it.
        if cells.contains(where: { $0.contains { $0?.category == missingCategory } }) {
            categories.append(HeatGrid.Category(label: strings["comparison_missing_category"], symbol: "–", tint: 4))
        }
        let rows = codes.map { code in ChartCategory(data.units.unit(code)?.shortName(in: strings.language) ?? code, phrase: data.units.unit(code)?.name(in: strings.language) ?? code) }
        let headings = zip(columns, comparisons).map { result, comparison in
            ChartCategory(result.indicator.shortTitle,
                          phrase: result.indicator.title + (comparison.period.map { ", " + strings.format.period($0) } ?? ""))
        }
        var chart = HeatGrid(rows: rows, columns: headings, cells: cells, categories: categories)
        if let link {
            // A row leads to the unit's page, a column to the indicator's, a cell to the units'
            // ranking on the indicator's page, where the unit's row is; a cell that does not
            // apply, to the unit's page.
            chart.links = HeatGrid.Links(
                rows: codes.map { link(data.unitPath($0)) },
                columns: columns.map { link($0.indicator.page.outputPath) },
                cells: zip(codes, cells).map { code, row in
                    zip(columns, row).map { result, cell in
                        cell == nil ? link(data.unitPath(code)) : link(result.indicator.page.outputPath) + "#" + Self.unitsSectionID
                    }
                })
        }
        return (chart.draw(frame), illustrative)
    }

    /// The id of the units' section on an indicator's page.
    static let unitsSectionID = "don-vi"

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
