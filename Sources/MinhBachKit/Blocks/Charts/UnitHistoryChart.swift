import Charts

/// One unit's values of one indicator over the periods, against the level it is held to (its
/// target, or the threshold of a share of units) and against the median of its peers — the units
/// of its kind with a value in that period — so that a reader sees both "on the way?" and "ahead
/// of the others?" on the unit's page.
struct UnitHistoryChart {
    let data: DataCatalog
    let strings: UIStrings
    /// Smaller than an indicator page's charts: a unit page has one per indicator.
    static let height: Double = 240
    /// A median of fewer values is one or two units, not a group: no point is drawn.
    static let fewestPeers = 3

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Per period, the median of the peers' values of that period; nil below `fewestPeers`.
    func peerMedians(_ result: IndicatorResult, of unit: OrganisationUnit, at periods: [ReportingPeriod]) -> [Double?] {
        periods.map { period in
            let values = data.peers.values(result, kind: unit.kind, period: period)
            return values.count >= Self.fewestPeers ? Self.median(values) : nil
        }
    }

    /// The median line's name: "Trung vị cấp huyện".
    func medianName(_ unit: OrganisationUnit) -> String {
        strings["unit_peer_median"].replacing(every: "{kind}", with: strings[unit.kind.stringKey].lowercased())
    }

    /// The chart, and whether a value it shows is illustrative; nil when the unit has no value.
    func draw(_ result: IndicatorResult, unit: OrganisationUnit, id: String) -> (chart: DrawnChart, illustrative: Bool)? {
        guard let progress = result.unit(unit.code), !progress.series.isEmpty else { return nil }
        let definition = data.unitDefinition(result)
        let formatter = ValueFormatter(definition: definition, strings: strings)
        let target = progress.target
        let periods = Set(progress.series.map(\.period) + (target.map { [$0.period] } ?? [])).sorted()
        let generated = progress.series.allSatisfy(\.illustrative)
        var series = [ChartSeries(unit.shortName(in: strings.language) + (generated ? " (\(strings["illustrative"].lowercased()))" : ""),
                                  values: IndicatorCharts.values(progress.series, at: periods), dashed: generated)]
        let medians = peerMedians(result, of: unit, at: periods)
        if medians.contains(where: { $0 != nil }) { series.append(ChartSeries(medianName(unit), values: medians)) }
        let categories = periods.map { ChartCategory(strings.format.shortPeriod($0), phrase: strings.format.period($0)) }
        var chart = LineChart(categories: categories, series: series, format: formatter.chartFormat)
        chart.reversed = definition.measure == .rank
        if let target, let index = periods.firstIndex(of: target.period) {
            chart.target = LineChart.Target(value: target.value, index: index,
                                            label: "\(strings["target"]) \(strings.format.shortPeriod(target.period)): \(formatter.full(target.value))")
        } else if let threshold = progress.threshold ?? result.indicator.definition.threshold {
            chart.target = LineChart.Target(value: threshold, label: "\(strings["threshold"]): \(formatter.threshold(threshold))")
        }
        let title = "\(result.indicator.title) – \(unit.shortName(in: strings.language))"
        let frame = ChartFrame(id: id, title: title,
                               description: "\(strings.chartWords.name(of: .line)): \(title), \(medianName(unit).lowercased())",
                               size: ChartSize(width: 640, height: Self.height), words: strings.chartWords)
        let illustrative = progress.series.contains(where: \.illustrative)
        return (chart.draw(frame), illustrative)
    }
}
