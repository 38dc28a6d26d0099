/// Units set side by side on one indicator — a ranking, a bar chart or map of units, a column of
/// the units × indicators grid, a unit's rank among its peers. Every value compared is of one
/// period: the latest period for which any of the compared units has a value (within the periods
/// asked for). A unit without a value for that period is never ranked with an older one: it is
/// listed as missing, with its last value before that period, which pages show marked in words.
public struct UnitComparison: Sendable {
    public struct Ranked: Sendable {
        public var code: String
        /// Equal values share a rank.
        public var rank: Int
        /// The unit's value for the compared period.
        public var point: SeriesPoint
        public var progress: UnitProgress
    }

    public struct Missing: Sendable {
        public var code: String
        /// Its latest value before the compared period; nil: none.
        public var last: SeriesPoint?
        /// Nil when the unit has no values at all.
        public var progress: UnitProgress?
    }

    /// The period compared; nil when no unit has a value.
    public var period: ReportingPeriod?
    /// Best first.
    public var ranked: [Ranked]
    /// In the order the units were given.
    public var missing: [Missing]

    /// - Parameters:
    ///   - units: the units compared, in the order missing ones are listed; a unit with no values
    ///     has a nil progress.
    ///   - periods: the periods that may be compared (a chart's selection); nil: all.
    public init(_ units: [(code: String, progress: UnitProgress?)], direction: Direction,
                periods: ((ReportingPeriod) -> Bool)? = nil) {
        let allowed = periods ?? { _ in true }
        let period = units.flatMap { $0.progress?.series.map(\.period) ?? [] }.filter(allowed).max()
        self.period = period
        var present: [(code: String, point: SeriesPoint, progress: UnitProgress)] = []
        var missing: [Missing] = []
        for (code, progress) in units {
            if let period, let progress, let point = progress.series.first(where: { $0.period == period }) {
                present.append((code, point, progress))
            } else {
                let last = period.flatMap { period in progress?.series.last { $0.period < period } }
                missing.append(Missing(code: code, last: last, progress: progress))
            }
        }
        // Sorting positions rather than the entries themselves: an entry carries the unit's
        // whole series, and moving those while sorting cost more than the rest of a unit page.
        let values = present.map(\.point.value), codes = present.map(\.code)
        let order = present.indices.sorted { a, b in
            let x = values[a], y = values[b]
            return x != y ? (direction == .higher ? x > y : x < y) : codes[a] < codes[b]
        }
        var ranked: [Ranked] = []
        ranked.reserveCapacity(order.count)
        for (index, position) in order.enumerated() {
            let entry = present[position]
            let tied = index > 0 && values[order[index - 1]] == entry.point.value
            ranked.append(Ranked(code: entry.code, rank: tied ? ranked[index - 1].rank : index + 1,
                                 point: entry.point, progress: entry.progress))
        }
        self.ranked = ranked
        self.missing = missing
    }

    /// Every unit of the indicator that has a value (or only those of `kind`), compared.
    public init(_ result: IndicatorResult, units: UnitRegistry, kind: OrganisationUnit.Kind? = nil) {
        let compared = result.units.filter { progress in kind.map { units.unit(progress.code)?.kind == $0 } ?? true }
        self.init(compared.map { ($0.code, $0) }, direction: result.indicator.definition.direction)
    }

    public func rank(of code: String) -> Ranked? { ranked.first { $0.code == code } }
    public func missing(_ code: String) -> Missing? { missing.first { $0.code == code } }
    public var count: Int { ranked.count + missing.count }
}
