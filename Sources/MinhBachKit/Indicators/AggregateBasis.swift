/// Whether a value of the whole is made from other units than the value before it: 18 of 18
/// units one year, 7 of 7 the next, after units merged or ended. Such values are not comparable
/// as they stand, so every place that shows the whole's value says so beside it.
public struct AggregateBasis: Sendable, Equatable {
    /// The value before, and how many units it was made from.
    public var previousPeriod: ReportingPeriod
    public var previousReporting: Int
    public var previousExpected: Int
    /// How many units the value itself is made from.
    public var reporting: Int
    public var expected: Int

    /// The change behind the whole's value for `period` against the value before it; nil when both
    /// are made from the same units (or either is not made from units). The same units: as many
    /// reporting of as many expected, and no unit that starts or ends in between
    /// (`IndicatorResult.basisChanges`) counted in one and not the other.
    public static func change(at period: ReportingPeriod, in result: IndicatorResult) -> AggregateBasis? {
        guard let index = result.whole.firstIndex(where: { $0.period == period }), index > 0,
              case let .aggregated(reporting, expected) = result.whole[index].origin,
              case let .aggregated(previousReporting, previousExpected) = result.whole[index - 1].origin else { return nil }
        let before = result.whole[index - 1].period
        let unitsDiffer = result.basisChanges.contains { $0.exists(in: before) != $0.exists(in: period) }
        guard unitsDiffer || reporting != previousReporting || expected != previousExpected else { return nil }
        return AggregateBasis(previousPeriod: before, previousReporting: previousReporting, previousExpected: previousExpected,
                              reporting: reporting, expected: expected)
    }
}
