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
            let format = { NumberFormat.english.string($0, decimals: total.definition.decimals) }
            for observation in data.observations where observation.indicator == total.id {
                let given = parts.compactMap { part in values["\(part)|\(observation.unit)|\(observation.period)"].map { (part, $0.value) } }
                guard !given.isEmpty else { continue }
                let sum = given.map(\.1).reduce(0, +)
                let tolerance = 1e-9 * max(1, abs(observation.value))
                let complete = given.count == parts.count
                guard complete ? abs(sum - observation.value) > tolerance : sum > observation.value + tolerance else { continue }
                let terms = given.map { "\($0.0) \(format($0.1))" }.joined(separator: " + ")
                found.append(ReviewFinding(
                    .partsTotal, at: observation.location,
                    complete
                        ? "the parts of '\(total.id)' for \(observation.unit), \(observation.period) add up to \(format(sum)), not the total \(format(observation.value)): \(terms)"
                        : "the parts of '\(total.id)' given for \(observation.unit), \(observation.period) already add up to \(format(sum)), more than the total \(format(observation.value)): \(terms)",
                    hint: "check the total and its parts against the source; 'total_of' in \(total.page.source.displayPath) says which indicators are its parts",
                    page: page(total, "so-lieu")))
            }
        }
        return found
    }
}
