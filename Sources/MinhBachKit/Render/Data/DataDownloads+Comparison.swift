/// The comparisons of units an indicator's pages show, in its JSON download, so that anyone can
/// check that every ranked value is of the compared period.
extension DataDownloads {
    /// `{"period": "2025", "ranked": [{unit, rank, period, value}], "missing": [{unit, last_period,
    /// last_value}]}`: the ranking of the indicator's page, its bar chart and its column of the
    /// units × indicators grid.
    func comparisonObject(_ comparison: UnitComparison) -> [String: Any] {
        var object: [String: Any] = [
            "ranked": comparison.ranked.map { entry -> [String: Any] in
                ["unit": entry.code, "rank": entry.rank, "period": entry.point.period.description, "value": entry.point.value]
            },
            "missing": comparison.missing.map { entry -> [String: Any] in
                var values: [String: Any] = ["unit": entry.code]
                if let last = entry.last {
                    values["last_period"] = last.period.description
                    values["last_value"] = last.value
                }
                if let period = comparison.period, let unit = data.units.unit(entry.code), !unit.exists(in: period) {
                    values["in_force"] = false
                }
                return values
            },
        ]
        if let period = comparison.period { object["period"] = period.description }
        return object
    }

    /// The ranking of all units, and those among the units of each kind (a unit page's rank among
    /// its peers), keyed by kind.
    func comparisons(_ result: IndicatorResult) -> (all: [String: Any], byKind: [String: Any])? {
        guard !result.units.isEmpty else { return nil }
        let kinds = Set(result.units.compactMap { data.units.unit($0.code)?.kind })
        let byKind = Dictionary(uniqueKeysWithValues: kinds.map { kind in
            (kind.rawValue, comparisonObject(UnitComparison(result, units: data.units, kind: kind)) as Any)
        })
        return (comparisonObject(UnitComparison(result, units: data.units)), byKind)
    }

    /// How many units a value of the whole is made from.
    static func basis(_ point: SeriesPoint) -> [String: Any] {
        guard case let .aggregated(reporting, expected) = point.origin else { return [:] }
        return ["reporting_units": reporting, "expected_units": expected]
    }
}
