/// Per indicator, unit kind and period, the values of the units of that kind, sorted: what a
/// unit's page ranks the unit by ("3/10" among the communes) and draws its peers' median from.
/// Made once per build. Every unit's page asks for every indicator and period; comparing the
/// unit with all its peers there made the unit pages quadratic in the number of units (3,300
/// communes on a national portal). The answers are those of `UnitComparison` restricted to a
/// kind: a unit's rank is one more than the number of peers with a better value.
public struct PeerValues: Sendable {
    private struct Key: Hashable {
        var indicator: String
        var kind: UnitKind
    }

    /// Ascending, by period.
    private var values: [Key: [ReportingPeriod: [Double]]] = [:]

    public init(results: [IndicatorResult], units: UnitRegistry) {
        for result in results {
            for progress in result.units {
                guard let kind = units.unit(progress.code)?.kind else { continue }
                let key = Key(indicator: result.indicator.id, kind: kind)
                // A unit's value for a period is its first point of that period, as
                // `series.first { $0.period == period }` reads it everywhere else.
                var seen: Set<ReportingPeriod> = []
                for point in progress.series where seen.insert(point.period).inserted {
                    values[key, default: [:]][point.period, default: []].append(point.value)
                }
            }
        }
        for key in values.keys {
            values[key] = values[key]!.mapValues { $0.sorted() }
        }
    }

    /// The values of the units of `kind` for `period`, ascending.
    public func values(_ result: IndicatorResult, kind: UnitKind, period: ReportingPeriod) -> [Double] {
        values[Key(indicator: result.indicator.id, kind: kind)]?[period] ?? []
    }

    /// The latest period for which a unit of `kind` has a value: the period `UnitComparison`
    /// compares the units of that kind at.
    public func latestPeriod(_ result: IndicatorResult, kind: UnitKind) -> ReportingPeriod? {
        values[Key(indicator: result.indicator.id, kind: kind)]?.keys.max()
    }

    /// The rank of `value` among `sorted` (ascending), equal values sharing a rank.
    public static func rank(of value: Double, among sorted: [Double], direction: Direction) -> Int {
        switch direction {
        case .higher: sorted.count - firstIndex(in: sorted, where: { $0 > value }) + 1
        case .lower: firstIndex(in: sorted, where: { $0 >= value }) + 1
        }
    }

    /// The first index whose value satisfies `isAtOrPast` (false then true along the array).
    private static func firstIndex(in sorted: [Double], where isAtOrPast: (Double) -> Bool) -> Int {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The unit's rank among the units of its kind at `period`, and how many are ranked; nil
    /// when it has no value for that period.
    public func rank(of progress: UnitProgress, _ result: IndicatorResult, kind: UnitKind,
                     period: ReportingPeriod) -> (rank: Int, count: Int)? {
        guard let own = progress.series.first(where: { $0.period == period })?.value else { return nil }
        let peers = values(result, kind: kind, period: period)
        return (Self.rank(of: own, among: peers, direction: result.indicator.definition.direction), peers.count)
    }
}
