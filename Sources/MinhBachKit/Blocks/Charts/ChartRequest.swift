import Charts

/// What a chart of indicators should show: checked values, as the `{chart}` directive or a
/// generated page asks for them.
struct ChartRequest {
    var kind: ChartKind
    var indicators: [IndicatorResult]
    /// Unit codes; nil: every unit with a value.
    var units: [String]?
    /// Periods to show; nil: all. Charts of one period show the latest of these.
    var periods: PeriodSelection?
    var highlight: String?
    var showsTarget = true
    var title: String?
    var height: Double?
    var map: LoadedMap?
}

/// `2021, 2023` or `2021..2025`.
enum PeriodSelection: Equatable {
    case list([ReportingPeriod])
    case range(ReportingPeriod, ReportingPeriod)

    func contains(_ period: ReportingPeriod) -> Bool {
        switch self {
        case .list(let periods): periods.contains(period)
        case .range(let low, let high): !(period < low) && !(high < period)
        }
    }

    static func parse(_ text: String) -> PeriodSelection? {
        let bounds = text.components(separatedBy: "..")
        if bounds.count == 2 {
            guard let low = ReportingPeriod(bounds[0].trimmingCharacters(in: .whitespaces)),
                  let high = ReportingPeriod(bounds[1].trimmingCharacters(in: .whitespaces)), !(high < low) else { return nil }
            return .range(low, high)
        }
        let list = text.split(separator: ",").map { ReportingPeriod($0.trimmingCharacters(in: .whitespaces)) }
        guard !list.isEmpty, list.allSatisfy({ $0 != nil }) else { return nil }
        return .list(list.compactMap { $0 })
    }
}

/// A GeoJSON file of the site, read and checked.
struct LoadedMap {
    var path: String
    var geo: GeoJSON
    /// The file says its shapes are drawn for the demo, not surveyed.
    var illustrative: Bool { geo.members["illustrative"] == "true" }
    var source: String? { geo.members["source"] }
    var license: String? { geo.members["license"] }
}
