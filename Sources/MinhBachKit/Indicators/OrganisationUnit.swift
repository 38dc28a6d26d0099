import Diagnostics

/// A unit that reports and is assessed: the province, a district, a commune, a department.
public struct OrganisationUnit: Sendable, Equatable {
    /// Declared in `site.yml` (`unit_kinds:`), the five built-in ones by default.
    public typealias Kind = UnitKind

    public var code: String
    public var name: String
    public var shortName: String
    public var kind: Kind
    public var parent: String?
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var successors: [String]
    public var note: String?
    /// Row of `don-vi.csv`, for diagnostics.
    public var location: SourceLocation

    /// Valid on that day (both ends inclusive).
    public func isValid(on day: CalendarDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }

    /// Counts in a period when valid on its last day.
    public func exists(in period: ReportingPeriod) -> Bool { isValid(on: period.lastDay) }
}
