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
                    "'\(values[0].indicator)' counts model pages written for the demo ('illustrative: true'): its \(Self.count(values.count, "value")) are illustrative",
                    hint: "they become real counts when the model pages describe real models", page: page)
            }
            return ReviewFinding(
                .illustrativeValue, at: values[0].location,
                "\(Self.count(values.count, "value")) of \(Self.count(indicators.count, "indicator")) in \(file) \(values.count == 1 ? "is" : "are") illustrative: generated for the demo, not measured (\(Self.list(indicators)))",
                hint: "replace them with measured values before publishing, or keep 'illustrative: true' so that every page says so",
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
            let how = definition.derive == .change ? "the change of '\(from.text)' since the period before" : "the values of '\(from.text)'"
            found.append(ReviewFinding(
                .derivedValue, at: from.location,
                "'\(result.indicator.id)' is derived, not reported: its \(Self.count(values, "value")) \(values == 1 ? "is" : "are") \(how)",
                hint: "check that the rule matches what the source document means, and that the page says how the values are computed",
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
                "\(Self.count(values.count, "value")) of '\(values[0].indicator)' in \(values[0].file) \(values.count == 1 ? "is" : "are") derived from other figures (status 'derived')",
                hint: "check the arithmetic against the source, and that the note says how each was computed",
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
