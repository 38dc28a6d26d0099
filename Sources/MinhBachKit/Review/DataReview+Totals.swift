import Diagnostics
import Formatting

/// Parts that do not add up to the total reported beside them (`total_of:`).
extension DataReview {
    /// For an indicator with `total_of: [a, b, c]`: each value of it whose unit and period have
    /// values of every part must equal their sum; where only some parts are given, their sum
    /// must not exceed it.
    func partsAgainstTotals() -> [ReviewFinding] {
        let withParts = data.indicators.filter { !$0.definition.review.parts.isEmpty }
        guard !withParts.isEmpty else { return [] }
        var values: [String: Observation] = [:]
        for observation in data.observations { values["\(observation.indicator)|\(observation.unit)|\(observation.period)"] = observation }
        var found: [ReviewFinding] = []
        for total in withParts {
            let parts = total.definition.review.parts.map(\.text)
            guard parts.allSatisfy({ data.indicator($0) != nil }) else { continue }
            let format = { MessageParts.number($0, decimals: total.definition.decimals) }
            for observation in data.observations where observation.indicator == total.id {
                let given = parts.compactMap { part in values["\(part)|\(observation.unit)|\(observation.period)"].map { (part, $0.value) } }
                guard !given.isEmpty else { continue }
                let sum = given.map(\.1).reduce(0, +)
                let tolerance = 1e-9 * max(1, abs(observation.value))
                let complete = given.count == parts.count
                guard complete ? abs(sum - observation.value) > tolerance : sum > observation.value + tolerance else { continue }
                let terms = Self.joined(given.map { .message(Message("review.part-term", ["part": .text($0.0), "value": format($0.1)])) }, key: .plus)
                let parts: [String: Message.Value] = [
                    "id": .text(total.id), "unit": .text(observation.unit), "period": .text(observation.period.description),
                    "sum": format(sum), "total": format(observation.value), "terms": terms,
                ]
                found.append(ReviewFinding(
                    .partsTotal, at: observation.location,
                    complete ? Message("review.parts-total", parts) : Message("review.parts-over-total", parts),
                    hint: Message("review.parts-total-hint", ["file": .text(total.page.displayPath)]),
                    page: page(total, "so-lieu")))
            }
        }
        return found
    }
}
