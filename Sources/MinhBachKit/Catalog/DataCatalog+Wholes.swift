import Diagnostics

extension DataCatalog {
    /// The measures whose unit values an `aggregate:` can make a whole of. A yes-no or a grade
    /// per unit has no sum or mean (the share of units that did it is another indicator, with
    /// `from:`), nor has a rank among other provinces: for those a whole without a value is
    /// what the data says, not a forgotten setting.
    static let aggregatedMeasures: Set<IndicatorDefinition.Measure> = [.count, .percent, .money, .index]

    /// A warning for each indicator whose units have values but whose whole (the province, or
    /// the indicator's `unit`) has none and cannot have one: no row gives it, and `aggregate` is
    /// `none` (the default). Its page and the dashboard would show "no data" for the whole
    /// without saying why. At `aggregate:` when it is written, else at the page's first line:
    /// the front matter is what to change. The same in every language edition, so that the
    /// editions' copies are one warning.
    static func wholeWithoutValue(_ results: [String: IndicatorResult], indicators: [Indicator]) -> [Diagnostic] {
        indicators.compactMap { indicator -> Diagnostic? in
            let definition = indicator.definition
            guard definition.aggregate == .none, aggregatedMeasures.contains(definition.measure),
                  let result = results[indicator.id], let whole = result.wholeUnit,
                  result.units.contains(where: { !$0.series.isEmpty }),
                  !result.whole.contains(where: { if case .baseline = $0.origin { false } else { true } }) else { return nil }
            return .warning(
                at: definition.aggregateLocation ?? SourceLocation(path: definition.location.path, line: 1, column: 1),
                Message("newcomer.no-whole-value", ["indicator": .text(indicator.id), "whole": .text(whole.code)]),
                hint: Message("newcomer.no-whole-value-hint", ["whole": .text(whole.code)]))
        }
    }
}
