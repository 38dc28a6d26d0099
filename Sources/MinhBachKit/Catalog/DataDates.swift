/// How recent the data a page shows is, taken from the content alone — never from the build
/// clock, so the same content builds the same bytes on any day.
public struct DataDates: Sendable, Equatable {
    /// The latest period of the values shown: "data as of".
    public var asOf: ReportingPeriod?
    /// The latest date among the documents the values cite and the pages that define them:
    /// "last updated". A document may be dated to the month or the year only.
    public var updated: IssueDate?

    public init(asOf: ReportingPeriod? = nil, updated: IssueDate? = nil) {
        self.asOf = asOf
        self.updated = updated
    }

    public init(asOf: ReportingPeriod? = nil, updated: CalendarDate?) {
        self.init(asOf: asOf, updated: updated.map(IssueDate.init))
    }

    public var isEmpty: Bool { asOf == nil && updated == nil }

    /// Whether the latest date known ends before the period the data is as of begins (data to
    /// 2025, latest dated source June 2021): the newest values then come from no dated source,
    /// and that date cannot be called the last update.
    public var updatedIsBeforeData: Bool {
        guard let asOf, let updated else { return false }
        let startMonth = asOf.year * 12 + asOf.endMonth - asOf.months      // months since year 0, 0-based
        return updated.year * 12 + (updated.month ?? 12) - 1 < startMonth
    }

    public mutating func merge(_ other: DataDates) {
        asOf = [asOf, other.asOf].compactMap { $0 }.max()
        updated = [updated, other.updated].compactMap { $0 }.max()
    }

    public func merging(_ other: DataDates) -> DataDates {
        var dates = self
        dates.merge(other)
        return dates
    }
}

extension DataCatalog {
    /// The dates of an indicator's whole and units: its latest period, and the latest of its
    /// page's `date` and the dates of the documents its values cite.
    public func dates(of result: IndicatorResult) -> DataDates { resultDates[result.indicator.id] ?? DataDates() }

    static func dates(of result: IndicatorResult, documents: DocumentCatalog) -> DataDates {
        dates(of: result.whole + result.units.flatMap(\.series), definedOn: result.indicator.page.date, documents: documents)
    }

    /// The dates of one unit's values across every indicator.
    public func dates(ofUnit code: String) -> DataDates {
        var dates = DataDates()
        for indicator in indicators {
            guard let result = result(indicator.id) else { continue }
            let series = code == result.wholeUnit?.code ? result.whole : result.unit(code)?.series ?? []
            dates.merge(Self.dates(of: series, definedOn: indicator.page.date, documents: documents))
        }
        return dates
    }

    /// The dates of one value (`{value}`).
    func dates(of point: SeriesPoint, in result: IndicatorResult) -> DataDates {
        Self.dates(of: [point], definedOn: result.indicator.page.date, documents: documents)
    }

    static func dates(of points: [SeriesPoint], definedOn pageDate: CalendarDate?, documents: DocumentCatalog) -> DataDates {
        var dates = DataDates(asOf: points.map(\.period).max(), updated: pageDate)
        for point in points {
            let observations: [Observation]
            switch point.origin {
            case .observed(let observation): observations = [observation]
            case .derived(let sources): observations = sources
            case .aggregated, .baseline: observations = []
            }
            for case let document? in observations.map(\.document) {
                let cited = documents.entry(reference: RoleTarget(document.text).name)?.meta.date
                dates.merge(DataDates(updated: cited))
            }
        }
        return dates
    }
}
