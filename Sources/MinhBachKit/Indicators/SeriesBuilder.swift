import Diagnostics

/// Computes an indicator's series (for the whole and for each unit), its targets and statuses.
struct SeriesBuilder {
    let units: UnitRegistry
    /// Observations by indicator, then unit.
    let byIndicator: [String: [String: [SeriesPoint]]]
    /// For a yes-no indicator without a target of its own: the target of the share (or count)
    /// of units that counts it, whose period is the deadline by which each unit is to do it, so
    /// that a unit's "not yet" reads the same on both pages.
    let countedBy: [String: ResolvedTarget]

    init(units: UnitRegistry, observations: [Observation], indicators: [Indicator] = []) {
        self.units = units
        var countedBy: [String: ResolvedTarget] = [:]
        for indicator in indicators {
            let definition = indicator.definition
            guard let from = definition.from?.text, let threshold = definition.threshold,
                  definition.aggregate == .share || definition.aggregate == .count,
                  let first = definition.targets.filter({ $0.unit == nil && $0.unitKind == nil }).map(\.period).min() else { continue }
            if let known = countedBy[from], !(first < known.period) { continue }
            countedBy[from] = ResolvedTarget(period: first, value: threshold)
        }
        self.countedBy = countedBy
        var table: [String: [String: [SeriesPoint]]] = [:]
        for observation in observations {
            table[observation.indicator, default: [:]][observation.unit, default: []].append(
                SeriesPoint(period: observation.period, value: observation.value, origin: .observed(observation),
                            illustrative: observation.illustrative))
        }
        byIndicator = table
    }

    func result(for indicator: Indicator, computed: [String: IndicatorResult], diagnostics: inout Diagnostics) -> IndicatorResult {
        let definition = indicator.definition
        let wholeUnit = units.wholeUnit(of: definition)

        // Each unit's values: its own, or those of the indicator it is derived from.
        var unitSeries: [String: [SeriesPoint]] = [:]
        if let from = definition.from.flatMap({ computed[$0.text] }) {
            var sources = Dictionary(from.units.map { ($0.code, $0.series) }, uniquingKeysWith: { a, _ in a })
            if let code = from.wholeUnit?.code { sources[code] = from.whole }
            for (code, series) in sources {
                unitSeries[code] = definition.derive == .change ? Self.changes(series) : series
            }
        } else {
            unitSeries = (byIndicator[indicator.id] ?? [:]).mapValues { $0.sorted { $0.period < $1.period } }
        }

        // The whole: its own reported values, else what its units make together.
        var whole = wholeUnit.flatMap { unitSeries[$0.code] } ?? []
        if definition.from != nil, definition.aggregate != .none { whole = [] }
        let scope = wholeUnit.map { root in units.units.filter { isBelow($0, root) && definition.covers($0.kind) } } ?? []
        var basisChanges: [OrganisationUnit] = []
        if definition.aggregate != .none, wholeUnit != nil {
            let periods = Set(scope.flatMap { unitSeries[$0.code]?.map(\.period) ?? [] }).subtracting(whole.map(\.period))
            let weights = definition.weight.flatMap { computed[$0.text] }
            for period in periods.sorted() {
                if let point = aggregate(definition, scope: scope, period: period, unitSeries: unitSeries, weights: weights) {
                    whole.append(point)
                }
            }
            whole.sort { $0.period < $1.period }
        }
        unitSeries[wholeUnit?.code ?? ""] = nil

        // Baseline and targets.
        let baseline = definition.baseline ?? whole.first?.period
        if let given = definition.baselineValue, let baseline {
            if let point = whole.first(where: { $0.period == baseline }) {
                if abs(point.value - given.value) > 1e-9 * max(1, abs(given.value)) {
                    diagnostics.error(at: given.location,
                                      Message("indicators.baseline-differs", [
                                        "given": MessageParts.number(given.value), "period": .text(baseline.description),
                                        "data": MessageParts.number(point.value),
                                      ]),
                                      hint: Message("indicators.baseline-differs-hint"))
                }
            } else {
                whole.append(SeriesPoint(period: baseline, value: given.value, origin: .baseline, illustrative: false))
                whole.sort { $0.period < $1.period }
            }
        }
        let baseValue = baseline.flatMap { period in whole.first { $0.period == period }?.value }
        let targets = definition.targets.filter { $0.unit == nil && $0.unitKind == nil }
            .compactMap { resolve($0, baseline: baseline, baseValue: baseValue) }
            .sorted { $0.period < $1.period }
        var target = Self.target(among: targets, latest: whole.last?.period)
        if definition.measure == .yesNo, definition.targets.isEmpty, let counted = countedBy[indicator.id] { target = counted }
        var fromBaseline = whole.filter { point in baseline.map { !(point.period < $0) } ?? true }
        // A total over other units is not comparable: judge a sum or count only on the periods
        // made of the same units as the latest.
        if definition.aggregate == .sum || definition.aggregate == .count, let latest = fromBaseline.last {
            let basis = { (period: ReportingPeriod) in scope.filter { $0.exists(in: period) }.map(\.code) }
            fromBaseline = fromBaseline.filter { basis($0.period) == basis(latest.period) }
        }
        let assessment = assess(definition, series: whole, judged: fromBaseline, baseline: baseline, target: target)

        // Every unit against its own target, or against the threshold of a share.
        var progress: [UnitProgress] = []
        for code in unitSeries.keys.sorted() {
            guard let unit = units.unit(code), let series = unitSeries[code], let latest = series.last else { continue }
            let fromBase = series.filter { point in baseline.map { !(point.period < $0) } ?? true }
            if let threshold = definition.threshold, definition.aggregate == .share || definition.aggregate == .count {
                let meets = definition.direction.sign * (latest.value - threshold) >= 0
                progress.append(UnitProgress(
                    code: code, series: series, target: target, threshold: threshold,
                    assessment: ProgressMethod.assessThreshold(meets: meets, latestTime: latest.period.time,
                                                               targetTime: target?.period.time)))
                continue
            }
            let own = definition.targets.filter { $0.unit == code || ($0.unit == nil && $0.unitKind == unit.kind) }
            let unitBase = baseline.flatMap { period in series.first { $0.period == period }?.value }
            var unitTargets = own.compactMap { resolve($0, baseline: baseline, baseValue: unitBase) }.sorted { $0.period < $1.period }
            if own.isEmpty, Self.isIntensive(definition) {
                unitTargets = definition.targets.filter { $0.unit == nil && $0.unitKind == nil }
                    .compactMap { resolve($0, baseline: baseline, baseValue: unitBase) }.sorted { $0.period < $1.period }
            }
            var unitTarget = Self.target(among: unitTargets, latest: latest.period)
            if definition.measure == .yesNo, definition.targets.isEmpty { unitTarget = countedBy[indicator.id] }
            progress.append(UnitProgress(
                code: code, series: series, target: unitTarget, threshold: nil,
                assessment: assess(definition, series: series, judged: fromBase, baseline: baseline, target: unitTarget)))
        }

        // Units that come or go while the series runs: the whole is not made of the same units.
        if definition.aggregate != .none {
            let periods = whole.map(\.period) + targets.map(\.period)
            basisChanges = scope.filter { unit in
                Set(periods.map { unit.exists(in: $0) }).count > 1
            }
        }
        let illustrative = whole.contains(where: \.illustrative) || progress.contains { $0.series.contains(where: \.illustrative) }
        return IndicatorResult(indicator: indicator, wholeUnit: wholeUnit, whole: whole, targets: targets, target: target,
                               baseline: baseline, assessment: assessment, units: progress, basisChanges: basisChanges,
                               illustrative: illustrative)
    }

    /// Whether `unit` lies under `root` in the hierarchy.
    func isBelow(_ unit: OrganisationUnit, _ root: OrganisationUnit) -> Bool {
        var next = unit.parent
        var steps = 0
        while let code = next, steps < units.units.count {
            if code == root.code { return true }
            next = units.unit(code)?.parent
            steps += 1
        }
        return false
    }

    /// The whole for one period from the values of the units in scope that exist then.
    func aggregate(_ definition: IndicatorDefinition, scope: [OrganisationUnit], period: ReportingPeriod,
                   unitSeries: [String: [SeriesPoint]], weights: IndicatorResult?) -> SeriesPoint? {
        let present = scope.filter { $0.exists(in: period) }
        let reported = present.compactMap { unit in
            unitSeries[unit.code]?.first { $0.period == period }.map { (unit.code, $0) }
        }
        guard !reported.isEmpty else { return nil }
        let values = reported.map(\.1.value)
        let meets = { (value: Double) in definition.direction.sign * (value - (definition.threshold ?? 0)) >= 0 }
        let value: Double
        switch definition.aggregate {
        case .none: return nil
        case .sum: value = values.reduce(0, +)
        case .mean: value = values.reduce(0, +) / Double(values.count)
        case .weightedMean:
            let pairs = reported.compactMap { code, point in
                weights?.unit(code)?.series.first { $0.period == period }.map { (point.value, $0.value) }
            }
            let total = pairs.map(\.1).reduce(0, +)
            guard total > 0 else { return nil }
            value = pairs.map { $0.0 * $0.1 }.reduce(0, +) / total
        case .share: value = 100 * Double(values.filter(meets).count) / Double(values.count)
        case .count: value = Double(values.filter(meets).count)
        }
        return SeriesPoint(period: period, value: value, origin: .aggregated(reporting: reported.count, expected: present.count),
                           illustrative: reported.contains { $0.1.illustrative })
    }

    /// A rate target becomes the value it leads to from the baseline.
    func resolve(_ target: IndicatorDefinition.Target, baseline: ReportingPeriod?, baseValue: Double?) -> ResolvedTarget? {
        if let value = target.value { return ResolvedTarget(period: target.period, value: value) }
        guard let rate = target.changePerYear, let baseline, let baseValue else { return nil }
        let years = target.period.time - baseline.time
        return ResolvedTarget(period: target.period, value: baseValue + rate * years, changePerYear: rate)
    }

    /// The first target not yet past at `latest`, else the last one.
    static func target(among targets: [ResolvedTarget], latest: ReportingPeriod?) -> ResolvedTarget? {
        guard let latest else { return targets.first }
        return targets.first { !($0.period < latest) } ?? targets.last
    }

    /// The status of one series (the whole's or a unit's) against its target.
    /// - Parameters:
    ///   - series: all its values, oldest first.
    ///   - judged: those the status is judged on: from the baseline on (for a sum or count of
    ///     units, only the periods made of the same units as the latest).
    func assess(_ definition: IndicatorDefinition, series: [SeriesPoint], judged: [SeriesPoint], baseline: ReportingPeriod?,
                target: ResolvedTarget?) -> ProgressAssessment {
        let s = definition.direction.sign
        switch definition.measure {
        case .yesNo, .grade:
            // Done or not, this grade or a better one: no growth rate between yes and no, or
            // between two grades. A yes-no fact is its own target ("done"), with or without a
            // deadline; a grade has a status only against a grade target.
            if definition.measure == .grade, target == nil { return .noTarget }
            guard let latest = series.last else { return ProgressAssessment(status: .insufficientData, reason: .tooFewValues) }
            let goal = target?.value ?? (definition.direction == .higher ? 1 : 0)
            return ProgressMethod.assessThreshold(meets: s * (latest.value - goal) >= 0, latestTime: latest.period.time,
                                                  targetTime: target?.period.time)
        default: break
        }
        guard let target else { return .noTarget }
        if let rate = target.changePerYear {
            // The rates are the changes between consecutive values from the baseline on; the
            // baseline's own change needs the value of the period before it.
            let before = baseline.flatMap { base in series.first { $0.period == base.previous } }
            let points = (before.map { [$0] } ?? []) + judged
            return ProgressMethod.assessRate(points: points.map { ProgressPoint(time: $0.period.time, value: $0.value) },
                                             rate: rate, targetTime: target.period.time, targetValue: target.value,
                                             direction: definition.direction)
        }
        return ProgressMethod.assess(points: judged.map { ProgressPoint(time: $0.period.time, value: $0.value) },
                                     target: ProgressPoint(time: target.period.time, value: target.value),
                                     direction: definition.direction)
    }

    /// Measures that compare across units of any size, so a target for the whole is a target for
    /// each unit too (a rate, a score, a grade; a yes-no task every unit is to do); a total is not.
    static func isIntensive(_ definition: IndicatorDefinition) -> Bool {
        switch definition.measure {
        case .percent, .index, .rank, .grade: definition.aggregate != .sum && definition.aggregate != .count
        case .yesNo: true
        case .count, .money: false
        }
    }

    /// Each value minus the value of the period before, where both exist.
    static func changes(_ series: [SeriesPoint]) -> [SeriesPoint] {
        series.compactMap { point in
            guard let before = series.first(where: { $0.period == point.period.previous }) else { return nil }
            let sources = [before, point].compactMap(\.observation)
            return SeriesPoint(period: point.period, value: point.value - before.value, origin: .derived(sources),
                               illustrative: before.illustrative || point.illustrative)
        }
    }
}
