/// An indicator of the site: its page and its definition.
public struct Indicator: Sendable {
    /// The page's file name: `chi-tieu/ho-ngheo-ty-le.md` → `ho-ngheo-ty-le`.
    public var id: String
    public var page: PageReference
    public var definition: IndicatorDefinition

    public var title: String { page.title }
    public var shortTitle: String { definition.shortTitle ?? page.title }
    /// Has a numeric target or a sentence of the scheme that sets one: a target of the dashboard.
    public var isTarget: Bool { !definition.targets.isEmpty || definition.targetText != nil }
}

/// A value of a series: observed, made from the units' values, or derived from another indicator.
public struct SeriesPoint: Sendable {
    public enum Origin: Sendable {
        case observed(Observation)
        /// Made from `reporting` of the `expected` units in scope.
        case aggregated(reporting: Int, expected: Int)
        /// Computed from other values (a change since the period before).
        case derived([Observation])
        /// The baseline value written in the indicator's definition.
        case baseline
    }

    public var period: ReportingPeriod
    public var value: Double
    public var origin: Origin
    public var illustrative: Bool

    public var observation: Observation? {
        if case .observed(let observation) = origin { return observation }
        return nil
    }
}

/// A target made concrete: a value for a period (a rate target becomes the value it leads to).
public struct ResolvedTarget: Sendable, Equatable {
    public var period: ReportingPeriod
    public var value: Double
    /// The rate it comes from, when it is one.
    public var changePerYear: Double?
}

/// Where one unit stands on one indicator.
public struct UnitProgress: Sendable {
    public var code: String
    public var series: [SeriesPoint]
    public var target: ResolvedTarget?
    /// For shares of units: the value the unit must reach.
    public var threshold: Double?
    public var assessment: ProgressAssessment
    public var latest: SeriesPoint? { series.last }
}

/// An indicator with its values and statuses, for the whole and for every unit.
public struct IndicatorResult: Sendable {
    public var indicator: Indicator
    public var wholeUnit: OrganisationUnit?
    public var whole: [SeriesPoint]
    public var targets: [ResolvedTarget]
    /// The target the status is judged on: the first not yet past, else the last.
    public var target: ResolvedTarget?
    public var baseline: ReportingPeriod?
    public var assessment: ProgressAssessment
    public var units: [UnitProgress]
    /// Units in scope that start or end within the series: the whole is made of other units
    /// before and after.
    public var basisChanges: [OrganisationUnit]
    /// Some value shown is generated for the demo.
    public var illustrative: Bool

    public var latest: SeriesPoint? { whole.last }
    /// The period the data is "as of".
    public var asOf: ReportingPeriod? { whole.last?.period ?? units.compactMap { $0.latest?.period }.max() }
    public func unit(_ code: String) -> UnitProgress? { units.first { $0.code == code } }
}
