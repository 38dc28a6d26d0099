import Diagnostics
import Formatting

/// Series that compare what should not be compared: wholes made of other units, units with old
/// values beside newer ones, and changes large enough to be typing mistakes.
extension DataReview {
    /// An aggregate whose units in scope change between its periods (`basisChanges`).
    func basisChanges() -> [ReviewFinding] {
        results.filter { !$0.basisChanges.isEmpty }.map { result in
            var steps: [String] = []
            var previous: Int?
            for point in result.whole {
                guard case .aggregated(_, let expected) = point.origin, expected != previous else { continue }
                steps.append("\(Self.count(expected, "unit")) \(previous == nil ? "in" : "from") \(point.period)")
                previous = expected
            }
            let made = steps.count > 1 ? " (\(steps.joined(separator: ", ")))" : ""
            let definition = result.indicator.definition
            return ReviewFinding(
                .basisChange, at: definition.review.location("aggregate", or: definition.location),
                "the whole of '\(result.indicator.id)' is made of different units across its periods\(made): \(Self.list(result.basisChanges.map(\.code))) \(result.basisChanges.count == 1 ? "starts or ends" : "start or end") within the series",
                hint: "say next to the values which units each period covers, or compare only periods of the same units",
                page: page(result.indicator, "thay-doi-don-vi"))
        }
    }

    /// Units whose latest value is older than the indicator's latest period, which its pages
    /// compare them in: one finding per indicator, at the first such unit's latest value.
    func staleValues() -> [ReviewFinding] {
        var found: [ReviewFinding] = []
        for result in results where result.indicator.definition.from == nil {
            let periods = result.whole.filter { $0.observation != nil }.map(\.period) + result.units.compactMap { $0.latest?.period }
            guard let latest = periods.max() else { continue }
            let stale = result.units.filter { unit in
                guard let last = unit.latest, last.period < latest, last.period.kind == latest.kind else { return false }
                return data.units.unit(unit.code)?.exists(in: latest) ?? false
            }
            guard let first = stale.first, let location = first.latest?.observation?.location else { continue }
            let named = stale.map { "\($0.code) (\($0.latest!.period))" }
            found.append(ReviewFinding(
                .staleValue, at: location,
                "'\(result.indicator.id)' compares units at \(latest), but the latest \(stale.count == 1 ? "value of 1 unit is" : "values of \(stale.count) units are") older: \(Self.list(named))",
                hint: "add their values for \(latest), or make sure the pages show these as older values, not ranked among newer ones",
                page: page(result.indicator, "don-vi")))
        }
        return found
    }

    /// A change between two consecutive values of the same kind of period by more than the
    /// indicator's `review_jump` percent of the earlier value (50 unless it says). Not for
    /// yes-no values, grades, changes (`derive: change`) or counts of model pages; for an
    /// indicator derived from another (`from:`), only its whole; a change from zero is no
    /// percentage and is left alone. One finding per indicator, at the first jump's value (an
    /// aggregated value: at `aggregate`).
    func seriesJumps() -> [ReviewFinding] {
        var found: [ReviewFinding] = []
        for result in results {
            let definition = result.indicator.definition
            let threshold = definition.review.jumpPercent ?? IndicatorReview.defaultJumpPercent
            guard threshold > 0, definition.measure != .yesNo, definition.measure != .grade,
                  definition.derive != .change, !definition.countsModels else { continue }
            var jumps: [(text: String, location: SourceLocation)] = []
            // A derived indicator's units have the values of the indicator they come from, which
            // is judged on its own: only its whole is its own.
            let series = [(result.wholeUnit?.code ?? "the whole", result.whole)]
                + (definition.from == nil ? result.units.map { ($0.code, $0.series) } : [])
            for (name, points) in series {
                for (before, after) in zip(points, points.dropFirst()) where before.period.kind == after.period.kind && before.value != 0 {
                    let percent = (after.value - before.value) / abs(before.value) * 100
                    guard abs(percent) > threshold else { continue }
                    let format = { NumberFormat.english.string($0, decimals: definition.decimals) }
                    let sign = percent > 0 ? "+" : "−"
                    jumps.append(("\(name) \(before.period) → \(after.period): \(format(before.value)) → \(format(after.value)) (\(sign)\(NumberFormat.english.string(abs(percent), decimals: 0))%)",
                                  after.observation?.location ?? definition.review.location("aggregate", or: definition.location)))
                }
            }
            guard let first = jumps.first else { continue }
            let limit = NumberFormat.english.string(threshold, decimals: threshold.rounded() == threshold ? 0 : 2)
            found.append(ReviewFinding(
                .seriesJump, at: first.location,
                "'\(result.indicator.id)' changes by more than \(limit)% between consecutive values \(jumps.count == 1 ? "once" : "\(jumps.count) times"): \(Self.list(jumps.map(\.text), shown: 2))",
                hint: "check these values against their source; if such changes are real, set 'review_jump' in the indicator's front matter",
                page: page(result.indicator, "so-lieu")))
        }
        return found
    }
}
