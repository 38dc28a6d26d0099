import Diagnostics
import Formatting

/// Series that compare what should not be compared: wholes made of other units, units with old
/// values beside newer ones, and changes large enough to be typing mistakes.
extension DataReview {
    /// An aggregate whose units in scope change between its periods (`basisChanges`).
    func basisChanges() -> [ReviewFinding] {
        results.filter { !$0.basisChanges.isEmpty }.map { result in
            var steps: [Message.Value] = []
            var previous: Int?
            for point in result.whole {
                guard case .aggregated(_, let expected) = point.origin, expected != previous else { continue }
                let step: [String: Message.Value] = ["units": Self.count(expected, .unit), "period": .text(point.period.description)]
                steps.append(.message(previous == nil ? Message("review.basis-step-first", step) : Message("review.basis-step", step)))
                previous = expected
            }
            let made: Message.Value = steps.count > 1 ? .message(Message("review.basis-steps", ["steps": Self.joined(steps, key: .comma)])) : ""
            let definition = result.indicator.definition
            let parts: [String: Message.Value] = [
                "id": .text(result.indicator.id), "made": made, "units": Self.list(result.basisChanges.map(\.code)),
            ]
            return ReviewFinding(
                .basisChange, at: definition.review.location("aggregate", or: definition.location),
                result.basisChanges.count == 1 ? Message("review.basis-change-one", parts) : Message("review.basis-change", parts),
                hint: Message("review.basis-change-hint"),
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
            let parts: [String: Message.Value] = [
                "id": .text(result.indicator.id), "latest": .text(latest.description), "count": .count(stale.count), "units": Self.list(named),
            ]
            found.append(ReviewFinding(
                .staleValue, at: location,
                stale.count == 1 ? Message("review.stale-value", parts) : Message("review.stale-values", parts),
                hint: Message("review.stale-values-hint", ["latest": .text(latest.description)]),
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
            var jumps: [(text: Message.Value, location: SourceLocation)] = []
            // A derived indicator's units have the values of the indicator they come from, which
            // is judged on its own: only its whole is its own.
            let series: [(Message.Value, [SeriesPoint])] = [(result.wholeUnit.map { .text($0.code) } ?? .message(Message("review.the-whole")), result.whole)]
                + (definition.from == nil ? result.units.map { (.text($0.code), $0.series) } : [])
            for (name, points) in series {
                for (before, after) in zip(points, points.dropFirst()) where before.period.kind == after.period.kind && before.value != 0 {
                    let percent = (after.value - before.value) / abs(before.value) * 100
                    guard abs(percent) > threshold else { continue }
                    let format = { MessageParts.number($0, decimals: definition.decimals) }
                    let jump = Message("review.jump", [
                        "unit": name, "from": .text(before.period.description), "to": .text(after.period.description),
                        "before": format(before.value), "after": format(after.value),
                        "sign": .text(percent > 0 ? "+" : "−"), "percent": MessageParts.number(abs(percent), decimals: 0),
                    ])
                    jumps.append((.message(jump), after.observation?.location ?? definition.review.location("aggregate", or: definition.location)))
                }
            }
            guard let first = jumps.first else { continue }
            let limit = MessageParts.number(threshold, decimals: threshold.rounded() == threshold ? 0 : 2)
            let parts: [String: Message.Value] = [
                "id": .text(result.indicator.id), "limit": limit, "count": .count(jumps.count), "jumps": Self.list(jumps.map(\.text), shown: 2),
            ]
            found.append(ReviewFinding(
                .seriesJump, at: first.location,
                jumps.count == 1 ? Message("review.series-jump", parts) : Message("review.series-jumps", parts),
                hint: Message("review.series-jump-hint"),
                page: page(result.indicator, "so-lieu")))
        }
        return found
    }
}
