import Diagnostics

/// Values that are not measurements: generated for the demo, or computed from other figures.
extension DataReview {
    /// One finding per data file with illustrative values (not one per cell), at its first value.
    func illustrativeValues() -> [ReviewFinding] {
        var byFile: [String: [Observation]] = [:]
        var order: [String] = []
        for observation in data.observations where observation.illustrative {
            if byFile[observation.file] == nil { order.append(observation.file) }
            byFile[observation.file, default: []].append(observation)
        }
        return order.map { file in
            let values = byFile[file]!
            let indicators = Array(Set(values.map(\.indicator))).sorted()
            let page = indicators.count == 1 ? data.indicator(indicators[0]).map { self.page($0, "so-lieu") } : data.dashboardPath
            if isModelCount(values[0]) {
                return ReviewFinding(
                    .illustrativeValue, at: values[0].location,
                    Message("review.illustrative-model-counts", ["indicator": .text(values[0].indicator), "values": Self.count(values.count, .value)]),
                    hint: Message("review.illustrative-model-counts-hint"), page: page)
            }
            return ReviewFinding(
                .illustrativeValue, at: values[0].location,
                values.count == 1
                    ? Message("review.illustrative-value", [
                        "values": Self.count(values.count, .value), "indicators": Self.count(indicators.count, .indicator),
                        "file": .text(file), "list": Self.list(indicators),
                    ])
                    : Message("review.illustrative-values", [
                        "values": Self.count(values.count, .value), "indicators": Self.count(indicators.count, .indicator),
                        "file": .text(file), "list": Self.list(indicators),
                    ]),
                hint: Message("review.illustrative-values-hint"),
                page: page)
        }
    }

    /// Indicators computed from another (`from:`), and values a file marks as derived from
    /// other figures: one finding per indicator, and per file and indicator.
    func derivedValues() -> [ReviewFinding] {
        var found: [ReviewFinding] = []
        for result in results {
            let definition = result.indicator.definition
            guard let from = definition.from else { continue }
            let values = result.whole.count + result.units.map(\.series.count).reduce(0, +)
            let how = definition.derive == .change
                ? Message("review.derived-change", ["from": .text(from.text)]) : Message("review.derived-same", ["from": .text(from.text)])
            let parts: [String: Message.Value] = ["id": .text(result.indicator.id), "values": Self.count(values, .value), "how": .message(how)]
            found.append(ReviewFinding(
                .derivedValue, at: from.location,
                values == 1 ? Message("review.derived-indicator-one", parts) : Message("review.derived-indicator", parts),
                hint: Message("review.derived-indicator-hint"),
                page: page(result.indicator, "so-lieu")))
        }
        var byFile: [String: [Observation]] = [:]
        var order: [String] = []
        for observation in data.observations where Self.isDerived(observation) {
            let key = observation.file + "|" + observation.indicator
            if byFile[key] == nil { order.append(key) }
            byFile[key, default: []].append(observation)
        }
        for key in order {
            let values = byFile[key]!
            found.append(ReviewFinding(
                .derivedValue, at: values[0].location,
                values.count == 1
                    ? Message("review.derived-value", ["values": Self.count(values.count, .value), "indicator": .text(values[0].indicator), "file": .text(values[0].file)])
                    : Message("review.derived-values", ["values": Self.count(values.count, .value), "indicator": .text(values[0].indicator), "file": .text(values[0].file)]),
                hint: Message("review.derived-values-hint"),
                page: data.indicator(values[0].indicator).map { page($0, "so-lieu") }))
        }
        return found
    }

    /// A value computed from other figures, as its file says. The status `derived` comes with
    /// the provenance words of issue 23 (`Observation.Status.derived`); compared by its name here
    /// so that this reads the same before and after it exists. THE ONE PLACE to change if the
    /// status is named otherwise.
    static func isDerived(_ observation: Observation) -> Bool { observation.status.rawValue == "derived" }

    /// Values counted from the model pages (`count_models`): illustrative when a model page is.
    func isModelCount(_ observation: Observation) -> Bool {
        data.indicator(observation.indicator)?.definition.countsModels ?? false
    }
}
