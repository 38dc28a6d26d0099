import Diagnostics

/// The values of an indicator that counts models: for each year from the first recognised
/// model to the latest year of any model, every unit it covers that exists that year gets the number of its models
/// recognised by the end of the year — zero included, so that "the share of agencies with at
/// least one model" counts the agencies without one.
struct ModelCounts {
    let models: ModelCatalog
    let units: UnitRegistry

    func observations(for indicators: [Indicator]) -> [Observation] {
        // From the first recognition to the latest year any model names (one being built counts
        // as news of that year: the others simply have no new model then).
        let recognised = models.models.filter(\.definition.status.isRecognised).compactMap(\.definition.year)
        guard let first = recognised.min(), let last = models.models.compactMap(\.definition.year).max() else { return [] }
        let illustrative = models.models.contains(where: \.definition.illustrative)
        var observations: [Observation] = []
        for indicator in indicators {
            let definition = indicator.definition
            let whole = units.wholeUnit(of: definition)?.code
            for year in first...last {
                guard let period = ReportingPeriod(String(year)) else { continue }
                // The units under the whole only: a registry may hold other provinces' units.
                for unit in units.units where unit.code != whole && definition.covers(unit.kind) && unit.exists(in: period)
                    && whole.map({ units.isBelow(unit.code, $0) }) ?? true {
                    observations.append(Observation(
                        indicator: indicator.id, unit: unit.code, period: period,
                        value: Double(models.recognisedCount(unit: unit.code, through: year)),
                        note: nil, source: "\(models.folder)/", document: nil, status: .official, illustrative: illustrative,
                        location: SourceLocation(path: indicator.page.displayPath, line: 1, column: 1),
                        file: indicator.page.sourcePath))
                }
            }
        }
        return observations
    }
}
